/**
 * The words a beheerder types for each closed column, next to the taxonomy they point to.
 * Ids always work, and so do the labels the site shows; the lists below add the words real
 * spreadsheets hold ("Mantelzorgsteunpunt", "Via Wmo", "Kleine bijdrage", "GGZ"). Case,
 * accents, hyphens and leading filler words ("voor", "mijn") do not matter.
 *
 * To extend: add a word to the list of the id it means. A word that would point to two ids
 * within one column is refused by the test beside this file.
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
} from './taxonomy';

/** Leading words that carry no meaning for the match: "Voor uw naaste", "Mijn partner". */
const FILLER = new Set(['voor', 'de', 'het', 'een', 'uw', 'mijn', 'ik', 'ben', 'heb']);

export function normalizeWord(text: string): string {
	const words = text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9+?]+/g, ' ')
		.trim()
		.split(' ')
		.filter(Boolean);
	while (words.length > 1 && FILLER.has(words[0]!)) words.shift();
	return words.join(' ');
}

/**
 * A cell that says nobody knows: the field stays absent and pages say "niet bekend",
 * instead of a value the source never gave.
 */
const UNKNOWN = new Set(
	['onbekend', 'niet bekend', 'weet niet', 'nog niet bekend', '?'].map(normalizeWord)
);

export function isUnknownWord(value: string): boolean {
	return UNKNOWN.has(normalizeWord(value));
}

/** A list cell that means "no limit" (every situation, every relation): the field stays absent. */
const EVERYONE = new Set(
	['iedereen', 'alle', 'allemaal', 'alles', 'geen voorkeur'].map(normalizeWord)
);

export function isEveryoneWord(value: string): boolean {
	return EVERYONE.has(normalizeWord(value));
}

export interface VocabularyItem {
	id: string;
	label: string;
}

export interface Vocabulary {
	/** The allowed values with the label the site shows, for --help, the template and errors. */
	items: readonly VocabularyItem[];
	/** The taxonomy id for a cell value, or undefined when nothing matches. */
	lookup(value: string): string | undefined;
}

/**
 * Every id and label matches; a label "A of B" also matches "A" and "B" on their own,
 * unless that part would point to two different ids.
 */
function vocabulary(
	items: readonly VocabularyItem[],
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
		items: items.map(({ id, label }) => ({ id, label })),
		lookup(value) {
			const key = normalizeWord(value);
			return ambiguous.has(key) ? undefined : byWord.get(key);
		}
	};
}

/** The synonyms per column and id; exported so a test can check that no word means two things. */
export const SYNONYMS = {
	needs: {
		'informatie-advies': ['informatie', 'advies', 'info', 'voorlichting'],
		begeleiding: ['meedenken', 'ondersteuning', 'persoonlijke ondersteuning'],
		'emotionele-steun': [
			'steun',
			'lotgenoten',
			'lotgenotencontact',
			'ontmoeting',
			'een luisterend oor'
		],
		educatie: ['cursus', 'training', 'leren', 'scholing'],
		'praktische-hulp': ['praktisch', 'klussen', 'vervoer', 'boodschappen'],
		respijtzorg: ['respijt', 'even tijd voor uzelf', 'ontlasting', 'vervangende zorg'],
		'financiele-hulp': ['financieel', 'geld', 'vergoeding'],
		'materiele-hulp': ['materieel', 'hulpmiddelen', 'woningaanpassing']
	},
	kinds: {
		'steunpunt-mantelzorg': [
			'steunpunt',
			'mantelzorgsteunpunt',
			'steunpunt mantelzorgers',
			'mantelzorgpunt',
			'mantelzorgconsulent'
		],
		mantelzorgmakelaar: ['makelaar'],
		clientondersteuning: ['clientondersteuner', 'onafhankelijke clientondersteuner', 'ocd'],
		'wmo-loket': ['wmo', 'wmoloket', 'zorgloket'],
		'sociaal-wijkteam': ['wijkteam', 'sociaal team', 'buurtteam', 'sociaal buurtteam'],
		informatiepunt: ['infopunt', 'vraagwijzer', 'wijkinformatiepunt', 'informatiepunt wijk'],
		alzheimercafe: [
			'mantelzorgcafe',
			'ontmoetingscentrum',
			'alzheimer cafe',
			'ontmoeting',
			'ontmoetingsplek',
			'inloop',
			'inloopcafe',
			'odensehuis',
			'autismecafe'
		],
		lotgenotengroep: ['lotgenotencontact', 'lotgenoten', 'gespreksgroep', 'praatgroep'],
		zelfhulpgroep: ['zelfhulp'],
		maatje: ['maatjes', 'buddy', 'maatjesproject'],
		cursus: ['training', 'workshop', 'e-learning', 'voorlichting'],
		dagopvang: ['dagactiviteiten', 'dagbesteding'],
		logeeropvang: ['logeren', 'kortdurend verblijf', 'respijthuis', 'zorghotel'],
		thuisoppas: ['oppas', 'respijtzorg aan huis', 'vrijwillige thuisoppas'],
		'praktische-hulp': ['klussendienst', 'vervoer', 'boodschappendienst', 'maaltijdservice'],
		regeling: ['vergoeding', 'mantelzorgwaardering', 'mantelzorgcompliment', 'financieel'],
		hulpmiddelen: ['uitleen hulpmiddelen', 'woningaanpassing'],
		'jonge-mantelzorgers': ['jonge mantelzorger', 'jmz'],
		'werk-en-mantelzorg': ['werkende mantelzorgers', 'werkende mantelzorger']
	},
	conditions: {
		dementie: ['alzheimer', 'vergeetachtigheid', 'geheugenproblemen'],
		psychisch: ['ggz', 'psychische problemen', 'psychiatrie', 'psychische aandoening', 'depressie'],
		'verstandelijke-beperking': ['lvb', 'licht verstandelijke beperking', 'vg'],
		hersenletsel: ['nah', 'niet aangeboren hersenletsel', 'beroerte', 'cva'],
		'ernstig-ziek': ['kanker', 'ernstige ziekte'],
		'laatste-levensfase': ['palliatief', 'palliatieve zorg', 'terminaal', 'levenseinde'],
		'ouder-worden': ['ouderdom', 'ouderen', 'kwetsbare ouderen'],
		lichamelijk: ['lichamelijke beperking', 'chronisch ziek', 'chronische ziekte'],
		verslaving: ['verslavingszorg', 'alcohol', 'drugs'],
		autisme: ['autistisch', 'ass', 'autismespectrumstoornis', 'asperger']
	},
	relations: {
		partner: ['echtgenoot', 'echtgenote', 'man', 'vrouw'],
		ouder: ['ouders', 'vader', 'moeder', 'schoonouder'],
		kind: ['kinderen', 'zoon', 'dochter'],
		familie: ['familielid', 'ander familielid', 'broer', 'zus'],
		'vriend-buur': ['vriend', 'buur', 'buren', 'kennis', 'vrienden']
	},
	groups: {
		jong: ['jonge mantelzorger', 'jonge mantelzorgers', 'jongeren', 'tot 25', 'onder 25', 'jmz'],
		werkend: ['werkende mantelzorger', 'werkende mantelzorgers', 'werk', 'werkenden'],
		'65plus': ['65+', 'ouderen', 'senioren'],
		'nieuw-in-nederland': ['nieuwkomers', 'nieuwkomer', 'statushouders', 'migranten']
	},
	forWhom: {
		mantelzorger: ['u', 'u zelf', 'zelf', 'mantelzorger zelf', 'mantelzorgers'],
		naaste: ['naaste', 'zorgvrager', 'degene voor wie u zorgt', 'client'],
		beiden: ['beide', 'allebei', 'u en naaste', 'mantelzorger en naaste', 'samen', 'iedereen']
	},
	howToStart: {
		bellen: ['bel', 'telefonisch', 'bel ons', 'telefoon', 'bellen voor afspraak'],
		binnenlopen: ['loop binnen', 'inloop', 'vrije inloop', 'binnen lopen', 'inloopspreekuur'],
		aanmelden: ['meld u aan', 'inschrijven', 'website', 'e-mail', 'aanmeldformulier', 'online'],
		'via-huisarts': ['huisarts', 'via de huisarts', 'verwijzing huisarts', 'verwijzing'],
		'via-wmo-loket': [
			'wmo',
			'via wmo',
			'wmo loket',
			'via het wmo loket',
			'beschikking',
			'via de gemeente',
			'indicatie'
		]
	},
	costs: {
		gratis: ['kosteloos', 'geen kosten', 'gratis'],
		'eigen-bijdrage': [
			'eigen bijdrage',
			'bijdrage',
			'kleine bijdrage',
			'vrijwillige bijdrage',
			'betaald'
		],
		wmo: ['wmo', 'via wmo', 'vergoed via wmo'],
		zvw: ['zorgverzekering', 'zorgverzekeraar', 'zorgverzekeringswet', 'basisverzekering'],
		wlz: ['wet langdurige zorg'],
		pgb: ['persoonsgebonden budget']
	},
	delivery: {
		'ter-plaatse': ['op locatie', 'op deze plek', 'locatie'],
		'aan-huis': ['thuis', 'bij u thuis', 'aan huis', 'huisbezoek'],
		telefonisch: ['telefoon', 'bellen'],
		online: ['internet', 'digitaal', 'video', 'beeldbellen']
	},
	serviceArea: {
		gemeente: ['hele gemeente', 'gemeentebreed', 'heel de gemeente'],
		wijk: ['alleen de wijk', 'in de wijk']
	}
} as const satisfies Record<string, Record<string, readonly string[]>>;

export const NEED_WORDS = vocabulary(NEEDS, SYNONYMS.needs);
export const KIND_WORDS = vocabulary(KINDS, SYNONYMS.kinds);
export const CONDITION_WORDS = vocabulary(CONDITIONS, SYNONYMS.conditions);
export const RELATION_WORDS = vocabulary(RELATIONS, SYNONYMS.relations);
export const GROUP_WORDS = vocabulary(GROUPS, SYNONYMS.groups);
export const FOR_WHOM_WORDS = vocabulary(FOR_WHOM, SYNONYMS.forWhom);
export const HOW_TO_START_WORDS = vocabulary(HOW_TO_START, SYNONYMS.howToStart);
export const COST_WORDS = vocabulary(COSTS, SYNONYMS.costs);
export const DELIVERY_WORDS = vocabulary(DELIVERY, SYNONYMS.delivery);
export const SERVICE_AREA_WORDS = vocabulary(
	[
		{ id: 'wijk', label: 'Alleen de wijk' },
		{ id: 'gemeente', label: 'De hele gemeente' }
	],
	SYNONYMS.serviceArea
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
