/**
 * The one list of warnings about a data set: what a beheerder should fill in or look at,
 * though a visitor can use the site as it is. `npm run data:check` prints these and
 * /overzicht shows the same ones (through validateDataset's problems), so the two never
 * disagree about what is wrong or how much. Pure.
 */
import type { OfferFeature, Site } from './schema';
import {
	CONDITION_BY_ID,
	GROUP_BY_ID,
	KIND_BY_ID,
	type ConditionId,
	type GroupId,
	type KindId
} from './taxonomy';
import { normalizeWord } from './vocabulary';

/** What is wrong, as data, so /overzicht can say it in the page language; `message` is the Dutch of data:check. */
export type WarningDetail =
	| { kind: 'geen-telefoon'; /** An e-mail address or website is there. */ otherContact: boolean }
	| { kind: 'begin-hier-geen-telefoon' }
	| { kind: 'geen-tijden'; offerKind: KindId }
	| { kind: 'onbekend'; field: 'cost' | 'howToStart' }
	| { kind: 'tekst-noemt'; condition?: ConditionId; group?: GroupId }
	| { kind: 'geen-situatie' }
	| { kind: 'dubbel'; other: string }
	| { kind: 'dubbel-organisatie'; other: string }
	| { kind: 'omschrijving-herhaalt' };

export interface DataWarning {
	/** The offer's id. */
	offer: string;
	/** The property the warning is about, as data:check names it. */
	path: string;
	message: string;
	detail: WarningDetail;
}

/** Words in a name or summary that say who an offer is for. Stems: "autis" finds autisme and autistisch. */
const CONDITION_HINTS: Partial<Record<ConditionId, readonly string[]>> = {
	dementie: ['dementie', 'dement', 'alzheimer', 'geheugen'],
	autisme: ['autis', 'asperger'],
	psychisch: ['ggz', 'psychisch', 'psychiatr', 'depressi'],
	hersenletsel: ['hersenletsel', 'nah', 'beroerte'],
	verslaving: ['verslav', 'verslaafd'],
	'laatste-levensfase': ['palliati', 'terminaal', 'laatste levensfase'],
	'verstandelijke-beperking': ['verstandelijke beperking', 'lvb'],
	'ernstig-ziek': ['kanker', 'oncolog']
};

const GROUP_HINTS: Partial<Record<GroupId, readonly string[]>> = {
	// Not "jongeren": that is often the naaste ("kinderen en jongeren met een beperking").
	jong: ['jonge mantelzorger', 'jmz'],
	werkend: ['werkende', 'werk en mantelzorg']
};

/** Kinds whose name already says the group; their offers need not repeat it in `groups`. */
const KIND_GROUP: Partial<Record<KindId, GroupId>> = {
	'jonge-mantelzorgers': 'jong',
	'werk-en-mantelzorg': 'werkend'
};

/** Meeting places and groups are mostly for one situation; with none filled in they show for every one. */
const USUALLY_SPECIFIC = new Set<KindId>(['alzheimercafe', 'lotgenotengroep', 'zelfhulpgroep']);

const mentions = (text: string, stems: readonly string[]) =>
	stems.some((stem) => new RegExp(`(^| )${normalizeWord(stem)}`).test(text));

function textHints(offer: OfferFeature['properties']): DataWarning[] {
	const text = normalizeWord(`${offer.name} ${offer.summary}`);
	const warnings: DataWarning[] = [];
	for (const [id, stems] of Object.entries(CONDITION_HINTS) as [ConditionId, readonly string[]][]) {
		if (!mentions(text, stems) || offer.conditions?.includes(id)) continue;
		const label = CONDITION_BY_ID[id].label.toLowerCase();
		warnings.push({
			offer: offer.id,
			path: 'properties.conditions',
			message: offer.conditions
				? `de naam of samenvatting noemt ${label}, maar dat staat niet bij "wat speelt er"`
				: `de naam of samenvatting noemt ${label}, maar "wat speelt er" is leeg: zo staat het aanbod ook bij elke andere situatie. Vul ${CONDITION_BY_ID[id].id} in`,
			detail: { kind: 'tekst-noemt', condition: id }
		});
	}
	for (const [id, stems] of Object.entries(GROUP_HINTS) as [GroupId, readonly string[]][]) {
		if (!mentions(text, stems) || offer.groups?.includes(id) || KIND_GROUP[offer.kind] === id)
			continue;
		warnings.push({
			offer: offer.id,
			path: 'properties.groups',
			message: `de naam of samenvatting noemt "${GROUP_BY_ID[id].label.toLowerCase()}", maar dat staat niet bij "doelgroep" (${id})`,
			detail: { kind: 'tekst-noemt', group: id }
		});
	}
	// A group for every mantelzorger, or for one relation or group, is meant for all situations.
	if (
		!offer.conditions &&
		USUALLY_SPECIFIC.has(offer.kind) &&
		!offer.relations &&
		!offer.groups &&
		!mentions(text, ['mantelzorg']) &&
		!warnings.some((w) => w.detail.kind === 'tekst-noemt' && w.detail.condition)
	) {
		warnings.push({
			offer: offer.id,
			path: 'properties.conditions',
			message: `is een ${KIND_BY_ID[offer.kind].label.toLowerCase()} zonder "wat speelt er": het staat nu bij elke situatie, ook bij dementie. Klopt dat niet, vul dan in voor wie het is`,
			detail: { kind: 'geen-situatie' }
		});
	}
	return warnings;
}

/** Letter pairs shared, from 0 to 1: "Mantelzorgcafé Noord" and "Mantelzorgcafe Noord" are near 1. */
function similarity(a: string, b: string): number {
	const pairs = (text: string) => {
		const out = new Map<string, number>();
		for (let i = 0; i < text.length - 1; i++) {
			const pair = text.slice(i, i + 2);
			out.set(pair, (out.get(pair) ?? 0) + 1);
		}
		return out;
	};
	const x = pairs(a);
	const y = pairs(b);
	let shared = 0;
	for (const [pair, count] of x) shared += Math.min(count, y.get(pair) ?? 0);
	const total = a.length - 1 + (b.length - 1);
	return total > 0 ? (2 * shared) / total : a === b ? 1 : 0;
}

/** Names this close on one point are one offer entered twice, or one offer split into many. */
const NEAR_IDENTICAL = 0.75;

function placeKey({ properties: offer, geometry }: OfferFeature): string | undefined {
	if (offer.address)
		return `adres:${normalizeWord(offer.address.street)}|${normalizeWord(offer.address.city)}`;
	if (geometry) return `punt:${geometry.coordinates.map((c) => c.toFixed(5)).join(',')}`;
	return undefined;
}

function duplicates(offers: readonly OfferFeature[]): DataWarning[] {
	const warnings: DataWarning[] = [];
	const byPlace = new Map<string, OfferFeature[]>();
	for (const feature of offers) {
		const key = placeKey(feature);
		if (key) byPlace.set(key, [...(byPlace.get(key) ?? []), feature]);
	}
	for (const group of byPlace.values()) {
		group.forEach((feature, index) => {
			const offer = feature.properties;
			const name = normalizeWord(offer.name);
			// Only the first earlier match: three copies give two warnings, not three.
			for (const earlier of group.slice(0, index)) {
				const other = earlier.properties;
				const otherName = normalizeWord(other.name);
				if (name === otherName) {
					warnings.push({
						offer: offer.id,
						path: 'properties.name',
						message: `heeft dezelfde naam en hetzelfde adres als "${other.id}": staat het er twee keer in?`,
						detail: { kind: 'dubbel', other: other.id }
					});
					break;
				}
				const sameOrganisation =
					normalizeWord(offer.organization?.name ?? '') ===
					normalizeWord(other.organization?.name ?? '');
				if (sameOrganisation && similarity(name, otherName) >= NEAR_IDENTICAL) {
					warnings.push({
						offer: offer.id,
						path: 'properties.name',
						message: `lijkt op "${other.id}": dezelfde organisatie op dezelfde plek, bijna dezelfde naam. Is het één aanbod?`,
						detail: { kind: 'dubbel-organisatie', other: other.id }
					});
					break;
				}
			}
		});
	}
	return warnings;
}

/**
 * Every warning about the offers, in offer order, then the duplicates. `site` adds the
 * check that the first contact ("Begin hier") can be called.
 */
export function datasetWarnings(
	offers: readonly OfferFeature[],
	site?: Pick<Site, 'steunpunt'>
): DataWarning[] {
	const warnings: DataWarning[] = [];
	for (const { properties: offer } of offers) {
		const add = (path: string, message: string, detail: WarningDetail) =>
			warnings.push({ offer: offer.id, path, message, detail });
		const otherContact = Boolean(offer.email || offer.url);
		if (!offer.phones?.length) {
			if (offer.id === site?.steunpunt)
				add(
					'properties.phones',
					'is het eerste contact ("Begin hier", site.json steunpunt), maar heeft geen telefoonnummer: veel mantelzorgers bellen liever. Vul er een in als het kan',
					{ kind: 'begin-hier-geen-telefoon' }
				);
			else
				add(
					'properties.phones',
					otherContact
						? 'heeft geen telefoonnummer: niet iedereen kan mailen of een website gebruiken'
						: 'heeft geen telefoonnummer, e-mail of website: hoe neemt iemand contact op?',
					{ kind: 'geen-telefoon', otherContact }
				);
		}
		if (KIND_BY_ID[offer.kind].meets && !offer.schedules?.length)
			add(
				'properties.schedules',
				`is een ${KIND_BY_ID[offer.kind].label.toLowerCase()} met bijeenkomsten, maar er staan geen dagen en tijden bij`,
				{ kind: 'geen-tijden', offerKind: offer.kind }
			);
		if (offer.cost === undefined)
			add(
				'properties.cost',
				'kosten niet bekend: de site zegt "niet bekend". Vul ze in als u ze weet',
				{
					kind: 'onbekend',
					field: 'cost'
				}
			);
		if (offer.howToStart === undefined)
			add(
				'properties.howToStart',
				'eerste stap (aanmelden) niet bekend: de site zegt "niet bekend". Vul hem in als u hem weet',
				{ kind: 'onbekend', field: 'howToStart' }
			);
		warnings.push(...textHints(offer));
		if (offer.description && offer.summary) {
			const description = normalizeWord(offer.description);
			const summary = normalizeWord(offer.summary);
			if (summary && description.startsWith(summary))
				add(
					'properties.description',
					'begint met dezelfde zin als de samenvatting; de pagina toont die dan twee keer. Begin de omschrijving met iets nieuws',
					{ kind: 'omschrijving-herhaalt' }
				);
		}
	}
	warnings.push(...duplicates(offers));
	return warnings;
}
