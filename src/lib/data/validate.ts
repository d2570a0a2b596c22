/**
 * Validates a whole data set (offers, areas, site) and reports every problem in Dutch,
 * naming the file, the feature and the field. Pure: the caller reads the files and
 * passes today's date, so tests can pin it.
 */
import type { z } from 'zod';
import {
	areaConflict,
	buildHierarchy,
	hierarchyProblems,
	labelOf,
	nearestGemeente,
	type AreaConflict,
	type AreaHierarchy
} from '../areas';
import { formatDistance } from '../geo';
import { postcodeFileSchema } from '../location/postcode-file';
import { exampleLeftovers } from './example';
import { FIRST_CONTACT_KIND_IDS, KIND_BY_ID } from './taxonomy';
import {
	areaCollectionSchema,
	offerCollectionSchema,
	offerFeatureSchema,
	siteSchema,
	type AreaCollection,
	type OfferFeature,
	type Site
} from './schema';
import { STALE_AFTER_MONTHS, staleBefore } from './stale';
import { datasetWarnings, type WarningDetail } from './warnings';

/** The areas an offer may name: its wijk, or its gemeente where that gemeente has no wijken. */
export function areasForOffers(hierarchy: AreaHierarchy): AreaHierarchy['areas'] {
	return hierarchy.areas.filter(
		(a) => a.type === 'wijk' || !hierarchy.wijken.some((w) => w.gemeente === a.code)
	);
}

/** One text for a stated area the point contradicts, for data:check and the importer alike. */
export function areaConflictMessage(hierarchy: AreaHierarchy, conflict: AreaConflict): string {
	return `is ${labelOf(hierarchy, conflict.stated.code)}, maar de plek ligt in ${labelOf(hierarchy, conflict.actual.code)}, ${formatDistance(conflict.metres)} buiten ${conflict.stated.name}; klopt de code of de plek?`;
}

export type ProblemLevel = 'fout' | 'waarschuwing' | 'verouderd';

export interface Problem {
	level: ProblemLevel;
	file: string;
	/** The feature's id, or "#3" (its position, from 1) when it has no usable id. */
	feature?: string;
	path?: string;
	message: string;
	/** For a point outside the gemeente: the numbers behind the message, so the beheerder's overview can say it in the page language. */
	outside?: { metres: number; gemeente: string };
	/** For the shared warnings (warnings.ts): what is wrong, as data for the overview. */
	detail?: WarningDetail;
}

export interface RawDataset {
	aanbod: unknown;
	gebieden: unknown;
	site: unknown;
	/** postcodes.json, when the data folder has one. */
	postcodes?: unknown;
}

export interface Dataset {
	offers: OfferFeature[];
	areas: AreaCollection;
	site: Site;
}

export const FILES = {
	aanbod: 'aanbod.geojson',
	gebieden: 'gebieden.geojson',
	site: 'site.json',
	postcodes: 'postcodes.json'
} as const;

/** Further than this outside the gemeente, a point is a mistake, not a neighbouring town's service. */
export const OUTSIDE_LIMIT_METRES = 25_000;

function describeType(value: unknown): string {
	if (value === null) return 'leeg (null)';
	if (Array.isArray(value)) return 'een lijst';
	return (
		{ string: 'een tekst', number: 'een getal', boolean: 'ja/nee', object: 'een object' }[
			typeof value as string
		] ?? typeof value
	);
}

/** Zod's issues in plain Dutch, as a zod error map: messages written in the schema win. */
export function dutchMessage(issue: z.core.$ZodRawIssue): string {
	switch (issue.code) {
		case 'invalid_type':
			if (issue.input === undefined) return 'ontbreekt';
			if (typeof issue.input === 'number')
				return `${String(issue.input)} is geen gewoon getal; schrijf een kommagetal`;
			return `heeft de verkeerde soort waarde: verwacht ${
				{
					string: 'een tekst',
					number: 'een getal',
					boolean: 'ja/nee',
					object: 'een object',
					array: 'een lijst'
				}[issue.expected as string] ?? issue.expected
			}, gevonden ${describeType(issue.input)}`;
		case 'invalid_value':
			if (issue.input === undefined) return 'ontbreekt';
			return `"${String(issue.input)}" is onbekend; kies uit: ${(issue.values as unknown[]).map(String).join(', ')}`;
		case 'invalid_union':
			return 'heeft niet de goede vorm';
		case 'unrecognized_keys':
			return `onbekend veld: ${(issue.keys as string[]).join(', ')}`;
		case 'too_small':
			if (issue.origin === 'array')
				return `moet minstens ${String(issue.minimum)} onderdelen hebben`;
			if (issue.origin === 'number') return `is te klein: minstens ${String(issue.minimum)}`;
			return issue.message ?? 'is te kort';
		case 'too_big':
			if (issue.origin === 'number') return `is te groot: hoogstens ${String(issue.maximum)}`;
			return issue.message ?? 'is te lang';
		default:
			return issue.message ?? 'klopt niet';
	}
}

function formatPath(path: PropertyKey[]): string {
	return path.reduce<string>(
		(out, key) =>
			typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key),
		''
	);
}

function issuesToProblems(
	error: z.ZodError,
	file: string,
	feature?: string,
	prefix: PropertyKey[] = []
): Problem[] {
	return error.issues.map((issue) => ({
		level: 'fout' as const,
		file,
		feature,
		path: formatPath([...prefix, ...issue.path]) || undefined,
		message: issue.message
	}));
}

function featureLabel(raw: unknown, index: number): string {
	const id = (raw as { properties?: { id?: unknown } } | null)?.properties?.id;
	return typeof id === 'string' && id.length > 0 ? id : `#${index + 1}`;
}

export interface ValidationResult {
	problems: Problem[];
	/** Present only when there are no errors. */
	dataset?: Dataset;
}

/** `today` is an ISO date (YYYY-MM-DD) in Europe/Amsterdam. */
export function validateDataset(raw: RawDataset, today: string): ValidationResult {
	const problems: Problem[] = [];

	const site = siteSchema.safeParse(raw.site, { error: dutchMessage });
	if (!site.success) problems.push(...issuesToProblems(site.error, FILES.site));

	const areas = areaCollectionSchema.safeParse(raw.gebieden, { error: dutchMessage });
	if (!areas.success) problems.push(...issuesToProblems(areas.error, FILES.gebieden));
	const hierarchy = buildHierarchy(areas.success ? areas.data.features : []);
	if (areas.success) {
		for (const problem of hierarchyProblems(areas.data.features)) {
			problems.push({
				level: 'fout',
				file: FILES.gebieden,
				feature: problem.code || undefined,
				message: problem.message
			});
		}
	}
	const offerAreas = areasForOffers(hierarchy);
	const areaCodes = new Set(offerAreas.map((a) => a.code));
	const areaChoices = offerAreas.map((a) => labelOf(hierarchy, a.code)).join(', ');

	const collection = offerCollectionSchema.safeParse(raw.aanbod, { error: dutchMessage });
	if (!collection.success) problems.push(...issuesToProblems(collection.error, FILES.aanbod));

	const offers: OfferFeature[] = [];
	const seenIds = new Map<string, number>();
	const staleSince = staleBefore(today);

	(collection.success ? collection.data.features : []).forEach((rawFeature, index) => {
		const label = featureLabel(rawFeature, index);
		const prefix: PropertyKey[] = [];
		const before = problems.length;
		const fail = (path: string, message: string) =>
			problems.push({ level: 'fout', file: FILES.aanbod, feature: label, path, message });
		const warn = (path: string, message: string, extra?: Pick<Problem, 'outside'>) =>
			problems.push({
				level: 'waarschuwing',
				file: FILES.aanbod,
				feature: label,
				path,
				message,
				...extra
			});
		// Checked on the raw id, so a duplicate is reported even when the first one has other errors.
		const firstIndex = seenIds.get(label);
		if (firstIndex !== undefined) {
			fail(
				'properties.id',
				`"${label}" komt al voor bij aanbod #${firstIndex + 1}; elke id moet uniek zijn`
			);
		} else {
			seenIds.set(label, index);
		}
		const parsed = offerFeatureSchema.safeParse(rawFeature, { error: dutchMessage });
		if (!parsed.success) {
			problems.push(...issuesToProblems(parsed.error, FILES.aanbod, label, prefix));
			return;
		}
		const feature = parsed.data;
		const offer = feature.properties;
		// Without valid gebieden every wijk would look unknown; that file's own error says enough.
		if (areas.success && offer.wijk !== undefined && !areaCodes.has(offer.wijk)) {
			fail(
				'properties.wijk',
				`"${offer.wijk}" is geen gebied uit ${FILES.gebieden}; kies uit: ${areaChoices}`
			);
		}
		if (offer.lastVerified > today) {
			fail('properties.lastVerified', `${offer.lastVerified} ligt in de toekomst`);
		} else if (offer.lastVerified < staleSince) {
			problems.push({
				level: 'verouderd',
				file: FILES.aanbod,
				feature: label,
				path: 'properties.lastVerified',
				message: `niet meer gecontroleerd sinds ${offer.lastVerified} (langer dan ${STALE_AFTER_MONTHS} maanden)`
			});
		}
		const conflict =
			feature.geometry && offer.wijk && areaCodes.has(offer.wijk)
				? areaConflict(hierarchy, offer.wijk, feature.geometry.coordinates)
				: undefined;
		if (conflict) {
			warn('properties.wijk', areaConflictMessage(hierarchy, conflict));
		}
		const nearest = feature.geometry
			? nearestGemeente(hierarchy, feature.geometry.coordinates)
			: undefined;
		if (feature.geometry && nearest && nearest.metres > 0) {
			const [lon, lat] = feature.geometry.coordinates;
			const distance = nearest.metres;
			const gemeente = nearest.gemeente.name;
			const swapped =
				(nearestGemeente(hierarchy, [lat, lon])?.metres ?? Infinity) <= OUTSIDE_LIMIT_METRES;
			if (distance > OUTSIDE_LIMIT_METRES && swapped) {
				fail(
					'geometry.coordinates',
					`[${lon}, ${lat}] ligt ${formatDistance(distance)} buiten de gemeente ${gemeente}: lengte en breedte zijn omgewisseld. In GeoJSON staat de lengte (lon, ongeveer 3-7) eerst, dan de breedte (lat, ongeveer 51-53)`
				);
			} else if (distance > OUTSIDE_LIMIT_METRES) {
				fail(
					'geometry.coordinates',
					`ligt ${formatDistance(distance)} buiten de gemeente ${gemeente}, meer dan ${formatDistance(OUTSIDE_LIMIT_METRES)}: kijk lat en lon na`
				);
			} else {
				warn(
					'geometry.coordinates',
					`ligt ${formatDistance(distance)} buiten de gemeente ${gemeente}`,
					{ outside: { metres: distance, gemeente } }
				);
			}
		}
		const isError = problems.slice(before).some((p) => p.level === 'fout');
		if (!isError) offers.push(feature);
	});

	for (const warning of datasetWarnings(offers, site.success ? site.data : undefined)) {
		problems.push({
			level: 'waarschuwing',
			file: FILES.aanbod,
			feature: warning.offer,
			path: warning.path,
			message: warning.message,
			detail: warning.detail
		});
	}

	if (site.success && collection.success) {
		const steunpunt = offers.find((f) => f.properties.id === site.data.steunpunt);
		if (!steunpunt) {
			problems.push({
				level: 'fout',
				file: FILES.site,
				path: 'steunpunt',
				message: `"${site.data.steunpunt}" is geen aanbod in ${FILES.aanbod}`
			});
		} else if (!KIND_BY_ID[steunpunt.properties.kind].firstContact) {
			const allowed = FIRST_CONTACT_KIND_IDS.map((id) => `${id} (${KIND_BY_ID[id].label})`).join(
				', '
			);
			problems.push({
				level: 'fout',
				file: FILES.site,
				path: 'steunpunt',
				message: `"${site.data.steunpunt}" is geen eerste contact voor "Begin hier" (soort is "${steunpunt.properties.kind}"); een eerste contact is van de soort ${allowed}`
			});
		}
	}

	if (site.success && collection.success && areas.success) {
		problems.push(...firstContactProblems(site.data, hierarchy, offers));
	}

	const postcodes =
		raw.postcodes === undefined
			? undefined
			: postcodeFileSchema.safeParse(raw.postcodes, { error: dutchMessage });
	if (postcodes && !postcodes.success)
		problems.push(...issuesToProblems(postcodes.error, FILES.postcodes));
	if (site.success && !site.data.exampleData && areas.success) {
		problems.push(
			...exampleLeftovers({
				site: site.data,
				areaCodes: hierarchy.areas.map((a) => a.code),
				hierarchy,
				postcodes: postcodes?.success ? postcodes.data : undefined,
				offers: offers.map((f) => f.properties)
			})
		);
	}

	const hasErrors = problems.some((p) => p.level === 'fout');
	return {
		problems,
		dataset:
			hasErrors || !site.success || !areas.success
				? undefined
				: { offers, areas: areas.data, site: site.data }
	};
}

/** A region needs a first contact for every gemeente; each must exist and be a first-contact kind. */
function firstContactProblems(
	site: Site,
	hierarchy: AreaHierarchy,
	offers: OfferFeature[]
): Problem[] {
	const problems: Problem[] = [];
	const mapping = site.eersteContact ?? {};
	const fail = (path: string, message: string) =>
		problems.push({ level: 'fout', file: FILES.site, path, message });
	if (hierarchy.gemeenten.length > 1) {
		for (const gemeente of hierarchy.gemeenten) {
			if (!mapping[gemeente.code]) {
				fail(
					'eersteContact',
					`mist de eerste hulp ("Begin hier") voor ${labelOf(hierarchy, gemeente.code)}: zet "${gemeente.code}": "<id van het aanbod>" erin`
				);
			}
		}
	}
	for (const [code, id] of Object.entries(mapping)) {
		if (!hierarchy.gemeenten.some((g) => g.code === code)) {
			fail(
				`eersteContact.${code}`,
				`"${code}" is geen gemeente uit ${FILES.gebieden}; kies uit: ${hierarchy.gemeenten.map((g) => labelOf(hierarchy, g.code)).join(', ')}`
			);
			continue;
		}
		const offer = offers.find((f) => f.properties.id === id);
		if (!offer) fail(`eersteContact.${code}`, `"${id}" is geen aanbod in ${FILES.aanbod}`);
		else if (!KIND_BY_ID[offer.properties.kind].firstContact) {
			fail(
				`eersteContact.${code}`,
				`"${id}" kan geen eerste hulp zijn (soort is "${offer.properties.kind}"); kies een ${FIRST_CONTACT_KIND_IDS.join(', ')}`
			);
		}
	}
	return problems;
}

export function formatProblem(problem: Problem, dir = 'data'): string {
	const where = [
		`${dir}/${problem.file}`,
		problem.feature
			? `${problem.file === FILES.aanbod ? 'aanbod' : 'gebied'} "${problem.feature}"`
			: undefined,
		problem.path
	].filter(Boolean);
	const label = { fout: 'FOUT', waarschuwing: 'WAARSCHUWING', verouderd: 'VEROUDERD' }[
		problem.level
	];
	return `${label} ${where.join(' · ')}: ${problem.message}`;
}

export function summarize(problems: Problem[]): string {
	const count = (level: ProblemLevel) => problems.filter((p) => p.level === level).length;
	return `${count('fout')} fouten, ${count('waarschuwing')} waarschuwingen, ${count('verouderd')} verouderd`;
}
