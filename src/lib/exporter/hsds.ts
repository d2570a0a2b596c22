/**
 * Offers → Open Referral HSDS 3.0, one array per table, so other sociale kaarten,
 * 211-style directories and the gemeente's own systems can read this data without
 * knowing our format.
 *
 * HSDS ids must be UUIDs. They are UUIDv5 names derived from our own ids, so the same
 * offer gets the same id in every export and a reader can follow changes over time.
 * The taxonomy ids are the same for every gemeente, so exports of several gemeenten
 * share one set of terms.
 */
import { v5 as uuidv5 } from 'uuid';
import type { Offer, OfferFeature, Schedule, Site } from '../data/schema';
import { effectiveForWhom, effectiveNeeds } from '../data/offer';
import {
	CONDITIONS,
	CONDITION_BY_ID,
	COST_BY_ID,
	GROUPS,
	HOW_TO_START_BY_ID,
	KINDS,
	NEED_BY_ID,
	NEEDS,
	RELATIONS,
	type ForWhomId
} from '../data/taxonomy';
import { formatSchedule } from '../importer';
import { joinAnd } from '../i18n/words';
import { dutchMonthName } from '../schedule';
import type { HsdsFiles } from './hsds-schema';

/** Fixed namespace for every id this project derives; never change it, or all ids change. */
const NAMESPACE = '6bb7bec3-2918-4105-9d18-2ee5295717e4';

export interface HsdsOptions {
	/** HSDS requires state_province on addresses; site.json does not know the province. */
	province?: string;
}

type Row<K extends keyof HsdsFiles> = HsdsFiles[K][number];

/** Our labels say "u" to the resident; a reader of HSDS needs to know who "u" is. */
const ELIGIBILITY: Record<ForWhomId, string> = {
	mantelzorger: 'Voor de mantelzorger.',
	naaste: 'Voor de naaste: de persoon voor wie de mantelzorger zorgt.',
	beiden: 'Voor de mantelzorger en de naaste samen.'
};

function sentence(...parts: (string | undefined)[]): string {
	return parts.filter((part): part is string => !!part).join(' ');
}

/** `{ [key]: text }`, or nothing when the text is empty, for spreading into a row. */
function optionalText<K extends string>(key: K, text: string): Partial<Record<K, string>> {
	return text ? ({ [key]: text } as Record<K, string>) : {};
}

interface TaxonomyDefinition {
	key: string;
	name: string;
	description: string;
	/** HSDS attribute.link_type: what the term says about the service. */
	linkType: string;
	terms: readonly { id: string; label: string; description: string }[];
	termsOf: (offer: Offer) => readonly string[];
}

const TAXONOMIES: TaxonomyDefinition[] = [
	{
		key: 'mantelzorg-hulpvragen',
		name: 'Hulpvragen van mantelzorgers',
		description: 'De acht vraaggebieden van mantelzorgers, zoals MantelzorgNL ze beschrijft.',
		linkType: 'need',
		terms: NEEDS.map((need) => ({ id: need.id, label: need.label, description: need.plain })),
		termsOf: (offer) => effectiveNeeds(offer)
	},
	{
		key: 'mantelzorg-soorten-aanbod',
		name: 'Soorten ondersteuning voor mantelzorgers',
		description:
			'Wat voor soort aanbod het is, zoals een steunpunt mantelzorg, een lotgenotengroep of respijtzorg.',
		linkType: 'service_type',
		terms: KINDS.map((kind) => ({
			id: kind.id,
			label: kind.label,
			description: `Helpt meestal bij: ${joinAnd(
				kind.needs.map((need) => NEED_BY_ID[need].short),
				'nl'
			)}.`
		})),
		termsOf: (offer) => [offer.kind]
	},
	{
		key: 'mantelzorg-situaties',
		name: 'Wat speelt er bij de naaste',
		description:
			'De situatie van de persoon voor wie de mantelzorger zorgt. Zonder term is het aanbod er voor elke situatie.',
		linkType: 'eligibility',
		terms: CONDITIONS.map((condition) => ({
			id: condition.id,
			label: condition.label,
			description: `De naaste heeft te maken met: ${condition.label.toLowerCase()}.`
		})),
		termsOf: (offer) => offer.conditions ?? []
	},
	{
		key: 'mantelzorg-relaties',
		name: 'Voor wie de mantelzorger zorgt',
		description:
			'De relatie tussen de mantelzorger en de naaste. Zonder term is het aanbod er voor elke relatie.',
		linkType: 'eligibility',
		terms: RELATIONS.map((relation) => ({
			id: relation.id,
			label: relation.label,
			description: `De mantelzorger zorgt voor: ${relation.label.toLowerCase()}.`
		})),
		termsOf: (offer) => offer.relations ?? []
	},
	{
		key: 'mantelzorg-doelgroepen',
		name: 'Groepen mantelzorgers',
		description: 'Groepen mantelzorgers voor wie het aanbod in het bijzonder bedoeld is.',
		linkType: 'audience',
		terms: GROUPS.map((group) => ({
			id: group.id,
			label: group.label,
			description: `Over de mantelzorger zelf: ${group.label.toLowerCase()}.`
		})),
		termsOf: (offer) => offer.groups ?? []
	}
];

/** A deterministic UUID for one record; `scope` keeps two gemeenten's records apart. */
function makeId(scope: string | null, entity: string, key: string): string {
	return uuidv5(
		`${scope === null ? 'mantelzorgkaart' : `mantelzorgkaart/${scope}`}/${entity}/${key}`,
		NAMESPACE
	);
}

function placeKey(feature: OfferFeature): string | undefined {
	const { address } = feature.properties;
	if (address)
		return `adres:${address.postcode}|${address.street.toLowerCase().replace(/\s+/g, ' ')}`;
	if (feature.geometry) return `punt:${feature.geometry.coordinates.join(',')}`;
	return undefined;
}

function scheduleNotes(schedule: Schedule): string | undefined {
	if (!schedule.months_off?.length) return undefined;
	return `Niet in ${joinAnd(schedule.months_off.map(dutchMonthName), 'nl')}.`;
}

export function buildHsds(
	offers: readonly OfferFeature[],
	site: Site,
	options: HsdsOptions = {}
): HsdsFiles {
	const scope = site.gemeente.code ?? site.gemeente.name.toLowerCase();
	const files: HsdsFiles = {
		organizations: [],
		services: [],
		locations: [],
		service_at_locations: [],
		schedules: [],
		phones: [],
		addresses: [],
		taxonomies: [],
		taxonomy_terms: [],
		attributes: []
	};
	const termIds = new Map<string, string>();
	for (const taxonomy of TAXONOMIES) {
		const taxonomyId = makeId(null, 'taxonomy', taxonomy.key);
		files.taxonomies.push({
			id: taxonomyId,
			name: taxonomy.name,
			description: taxonomy.description
		});
		for (const term of taxonomy.terms) {
			const termId = makeId(null, 'taxonomy_term', `${taxonomy.key}/${term.id}`);
			termIds.set(`${taxonomy.key}/${term.id}`, termId);
			files.taxonomy_terms.push({
				id: termId,
				code: term.id,
				name: term.label,
				description: term.description,
				taxonomy_id: taxonomyId,
				language: 'nl'
			});
		}
	}

	const organizations = new Map<string, Row<'organizations'> & { services: string[] }>();
	const locations = new Map<string, Row<'locations'>>();

	for (const feature of offers) {
		const offer = feature.properties;
		const serviceId = makeId(scope, 'service', offer.id);

		// Every HSDS service belongs to an organization; an offer without one stands for itself.
		const organizationName = offer.organization?.name ?? offer.name;
		const organizationKey = organizationName.toLowerCase().replace(/\s+/g, ' ');
		let organization = organizations.get(organizationKey);
		if (!organization) {
			organization = {
				id: makeId(scope, 'organization', organizationKey),
				name: organizationName,
				description: '',
				...(offer.organization?.url && { website: offer.organization.url }),
				services: []
			};
			organizations.set(organizationKey, organization);
		}
		organization.services.push(offer.name);

		// HSDS 3.0 has no field for a text in another language, so `translations` stays out.
		files.services.push({
			id: serviceId,
			organization_id: organization.id,
			name: offer.name,
			description: offer.description ? `${offer.summary}\n\n${offer.description}` : offer.summary,
			...(offer.url && { url: offer.url }),
			...(offer.email && { email: offer.email }),
			status: 'active',
			// Unknown stays out: an empty field would read as "nothing to do" or "free".
			...optionalText(
				'application_process',
				sentence(
					offer.howToStart && `${HOW_TO_START_BY_ID[offer.howToStart].label}.`,
					offer.howToStartDetails
				)
			),
			...optionalText(
				'fees_description',
				sentence(offer.cost && `${COST_BY_ID[offer.cost].label}.`, offer.costDetails)
			),
			eligibility_description: sentence(
				ELIGIBILITY[effectiveForWhom(offer)],
				offer.conditions?.length
					? `Bij: ${joinAnd(
							offer.conditions.map((id) => CONDITION_BY_ID[id].label.toLowerCase()),
							'nl'
						)}.`
					: undefined
			),
			assured_date: offer.lastVerified,
			assurer_email: site.beheerder.email
		});

		const key = placeKey(feature);
		let locationId: string | undefined;
		if (key) {
			locationId = makeId(scope, 'location', key);
			if (!locations.has(key)) {
				const location: Row<'locations'> = {
					id: locationId,
					location_type: 'physical',
					name: offer.address ? `${offer.address.street}, ${offer.address.city}` : offer.name,
					...(feature.geometry && {
						latitude: feature.geometry.coordinates[1],
						longitude: feature.geometry.coordinates[0]
					})
				};
				locations.set(key, location);
				files.locations.push(location);
				if (offer.address) {
					files.addresses.push({
						id: makeId(scope, 'address', key),
						location_id: locationId,
						address_1: offer.address.street,
						city: offer.address.city,
						state_province: options.province ?? '',
						postal_code: offer.address.postcode ?? '',
						country: 'NL',
						address_type: 'physical'
					});
				}
			}
		} else if (offer.delivery?.includes('online') && offer.url) {
			const virtualKey = `online:${offer.id}`;
			locationId = makeId(scope, 'location', virtualKey);
			files.locations.push({
				id: locationId,
				location_type: 'virtual',
				name: offer.name,
				url: offer.url
			});
		}
		if (locationId) {
			files.service_at_locations.push({
				id: makeId(scope, 'service_at_location', `${offer.id}|${locationId}`),
				service_id: serviceId,
				location_id: locationId
			});
		}

		const phoneNumbers = new Set<string>();
		for (const phone of offer.phones ?? []) {
			const digits = phone.number.replace(/\D/g, '');
			if (phoneNumbers.has(digits)) continue;
			phoneNumbers.add(digits);
			files.phones.push({
				id: makeId(scope, 'phone', `${offer.id}/${digits}`),
				service_id: serviceId,
				number: phone.number,
				...(phone.description && { description: phone.description }),
				language: 'nl'
			});
		}

		const scheduleKeys = new Set<string>();
		for (const schedule of offer.schedules ?? []) {
			const scheduleKey = formatSchedule(schedule);
			if (scheduleKeys.has(scheduleKey)) continue;
			scheduleKeys.add(scheduleKey);
			const notes = scheduleNotes(schedule);
			files.schedules.push({
				id: makeId(scope, 'schedule', `${offer.id}/${scheduleKey}`),
				service_id: serviceId,
				...(schedule.valid_from && { valid_from: schedule.valid_from }),
				...(schedule.valid_to && { valid_to: schedule.valid_to }),
				...(schedule.dtstart && { dtstart: schedule.dtstart }),
				...(schedule.freq && { freq: schedule.freq }),
				...(schedule.interval !== undefined && { interval: schedule.interval }),
				...(schedule.byday && { byday: schedule.byday }),
				opens_at: schedule.opens_at,
				closes_at: schedule.closes_at,
				...(schedule.description && { description: schedule.description }),
				...(notes && { notes })
			});
		}

		for (const taxonomy of TAXONOMIES) {
			for (const termCode of new Set(taxonomy.termsOf(offer))) {
				const termId = termIds.get(`${taxonomy.key}/${termCode}`);
				if (!termId) continue;
				files.attributes.push({
					id: makeId(scope, 'attribute', `${offer.id}|${taxonomy.key}/${termCode}`),
					link_id: serviceId,
					link_type: taxonomy.linkType,
					link_entity: 'service',
					taxonomy_term_id: termId
				});
			}
		}
	}

	for (const { services, ...organization } of organizations.values()) {
		files.organizations.push({
			...organization,
			description: `Biedt op de Mantelzorgkaart ${site.gemeente.name}: ${joinAnd(services, 'nl')}.`
		});
	}
	return files;
}
