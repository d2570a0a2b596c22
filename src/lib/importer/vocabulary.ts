/**
 * Turns what a beheerder types in a cell ("Respijtzorg", "voor u", "Alzheimercafé") into
 * taxonomy ids. Ids always work; labels and a few common words are accepted too, so a
 * spreadsheet filled in by hand does not need the ids by heart.
 */
import {
	CONDITIONS,
	COSTS,
	DELIVERY,
	FOR_WHOM,
	GROUPS,
	HOW_TO_START,
	KINDS,
	NEEDS,
	RELATIONS
} from '../data/taxonomy';

/** Leading words that carry no meaning for the match: "Voor uw naaste", "Mijn partner". */
const FILLER = new Set(['voor', 'de', 'het', 'een', 'uw', 'mijn', 'ik', 'ben', 'heb']);

export function normalizeWord(text: string): string {
	const words = text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9+]+/g, ' ')
		.trim()
		.split(' ')
		.filter(Boolean);
	while (words.length > 1 && FILLER.has(words[0]!)) words.shift();
	return words.join(' ');
}

export interface Vocabulary {
	/** The taxonomy id for a cell value, or undefined when nothing matches. */
	lookup(value: string): string | undefined;
}

/**
 * Every id and label matches; a label "A of B" also matches "A" and "B" on their own,
 * unless that part would point to two different ids.
 */
function vocabulary(
	items: readonly { id: string; label: string }[],
	extra: Record<string, readonly string[]> = {}
): Vocabulary {
	const byWord = new Map<string, string>();
	const ambiguous = new Set<string>();
	const add = (word: string, id: string, strong: boolean) => {
		const key = normalizeWord(word);
		if (!key) return;
		if (strong) {
			byWord.set(key, id);
			ambiguous.delete(key);
			return;
		}
		const known = byWord.get(key);
		if (known !== undefined && known !== id) ambiguous.add(key);
		else if (known === undefined) byWord.set(key, id);
	};
	for (const item of items) {
		for (const part of item.label.split(/\s+of\s+/i)) add(part, item.id, false);
	}
	for (const [id, words] of Object.entries(extra)) for (const word of words) add(word, id, true);
	for (const item of items) {
		add(item.id, item.id, true);
		add(item.label, item.id, true);
	}
	return {
		lookup(value) {
			const key = normalizeWord(value);
			return ambiguous.has(key) ? undefined : byWord.get(key);
		}
	};
}

export const NEED_WORDS = vocabulary(NEEDS, {
	'informatie-advies': ['informatie', 'advies'],
	begeleiding: ['meedenken'],
	'emotionele-steun': ['steun', 'lotgenoten'],
	educatie: ['cursus', 'training', 'leren'],
	respijtzorg: ['respijt', 'even tijd voor uzelf'],
	'financiele-hulp': ['financieel', 'geld'],
	'materiele-hulp': ['materieel', 'hulpmiddelen']
});

export const KIND_WORDS = vocabulary(KINDS, {
	'steunpunt-mantelzorg': ['steunpunt'],
	clientondersteuning: ['clientondersteuner', 'onafhankelijke clientondersteuner'],
	'wmo-loket': ['wmo', 'wijkteam', 'sociaal team'],
	alzheimercafe: ['mantelzorgcafe', 'ontmoetingscentrum', 'alzheimer cafe'],
	dagopvang: ['dagactiviteiten'],
	logeeropvang: ['logeren', 'kortdurend verblijf', 'respijthuis', 'zorghotel'],
	thuisoppas: ['oppas', 'respijtzorg aan huis', 'vrijwillige thuisoppas'],
	regeling: ['vergoeding', 'mantelzorgwaardering', 'mantelzorgcompliment'],
	hulpmiddelen: ['uitleen hulpmiddelen', 'woningaanpassing'],
	'jonge-mantelzorgers': ['jonge mantelzorger'],
	'werk-en-mantelzorg': ['werkende mantelzorgers']
});

export const CONDITION_WORDS = vocabulary(CONDITIONS, {
	hersenletsel: ['nah', 'niet aangeboren hersenletsel'],
	'laatste-levensfase': ['palliatief', 'palliatieve zorg'],
	'ouder-worden': ['ouderdom', 'ouderen'],
	lichamelijk: ['lichamelijke beperking', 'chronisch ziek']
});

export const RELATION_WORDS = vocabulary(RELATIONS, {
	ouder: ['ouders', 'vader', 'moeder'],
	kind: ['kinderen', 'zoon', 'dochter'],
	familie: ['familielid', 'ander familielid'],
	'vriend-buur': ['vriend', 'buur', 'buren', 'kennis']
});

export const GROUP_WORDS = vocabulary(GROUPS, {
	jong: ['jonge mantelzorger', 'jongeren', 'tot 25', 'onder 25'],
	werkend: ['werkende mantelzorger', 'werk'],
	'65plus': ['65+', 'ouderen', 'senioren'],
	'nieuw-in-nederland': ['nieuwkomers', 'nieuwkomer', 'statushouders']
});

export const FOR_WHOM_WORDS = vocabulary(FOR_WHOM, {
	mantelzorger: ['u', 'u zelf', 'zelf', 'mantelzorger zelf'],
	naaste: ['naaste', 'zorgvrager', 'degene voor wie u zorgt'],
	beiden: ['beide', 'allebei', 'u en naaste', 'mantelzorger en naaste', 'samen']
});

export const HOW_TO_START_WORDS = vocabulary(HOW_TO_START, {
	bellen: ['bel', 'telefonisch', 'bel ons'],
	binnenlopen: ['loop binnen', 'inloop', 'vrije inloop', 'binnen lopen'],
	aanmelden: ['aanmelden', 'meld u aan', 'inschrijven', 'website', 'e-mail'],
	'via-huisarts': ['huisarts', 'via de huisarts', 'verwijzing huisarts'],
	'via-wmo-loket': ['wmo', 'wmo loket', 'via het wmo loket', 'beschikking', 'via de gemeente']
});

export const COST_WORDS = vocabulary(COSTS, {
	gratis: ['kosteloos', 'geen kosten', 'gratis'],
	'eigen-bijdrage': ['eigen bijdrage', 'bijdrage'],
	wmo: ['wmo'],
	zvw: ['zorgverzekering', 'zorgverzekeraar', 'zorgverzekeringswet'],
	wlz: ['wet langdurige zorg'],
	pgb: ['persoonsgebonden budget']
});

export const DELIVERY_WORDS = vocabulary(DELIVERY, {
	'ter-plaatse': ['op locatie', 'op deze plek'],
	'aan-huis': ['thuis', 'bij u thuis', 'aan huis'],
	telefonisch: ['telefoon', 'bellen'],
	online: ['internet', 'digitaal', 'video']
});

export const SERVICE_AREA_WORDS = vocabulary(
	[
		{ id: 'wijk', label: 'Wijk' },
		{ id: 'gemeente', label: 'Gemeente' }
	],
	{
		gemeente: ['hele gemeente', 'gemeentebreed', 'heel de gemeente'],
		wijk: ['alleen de wijk', 'in de wijk']
	}
);

/** Common language names, so "Nederlands, Engels" works as well as "nl, en". */
const LANGUAGE_NAMES: Record<string, string> = {
	nederlands: 'nl',
	engels: 'en',
	duits: 'de',
	frans: 'fr',
	spaans: 'es',
	pools: 'pl',
	turks: 'tr',
	arabisch: 'ar',
	oekraiens: 'uk',
	russisch: 'ru',
	fries: 'fy',
	portugees: 'pt',
	italiaans: 'it',
	roemeens: 'ro',
	bulgaars: 'bg',
	somalisch: 'so',
	tigrinya: 'ti',
	farsi: 'fa',
	perzisch: 'fa',
	chinees: 'zh'
};

export function languageCode(value: string): string {
	const key = normalizeWord(value);
	return LANGUAGE_NAMES[key] ?? value.trim().toLowerCase();
}
