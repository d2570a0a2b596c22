/**
 * The taxonomy of Mantelzorgkaart: the one place that names every hulpvraag, offer kind,
 * condition, relation and group. The schema builds its enums from these lists, so an id
 * that is not here is a data error.
 *
 * Hulpvragen are the 8 vraaggebieden of MantelzorgNL; the aandachtspunten are the four of
 * the Wmo mantelzorg policy (Vinden, Versterken, Verlichten, Verbinden), for the beheerder.
 */

export type Aandachtspunt = 'vinden' | 'versterken' | 'verlichten' | 'verbinden';

export const AANDACHTSPUNTEN: readonly { id: Aandachtspunt; label: string; explanation: string }[] =
	[
		{
			id: 'vinden',
			label: 'Vinden',
			explanation: 'Mantelzorgers weten dat er hulp is en vinden die.'
		},
		{
			id: 'versterken',
			label: 'Versterken',
			explanation: 'Mantelzorgers leren en krijgen steun om het vol te houden.'
		},
		{
			id: 'verlichten',
			label: 'Verlichten',
			explanation: 'De zorg wordt even of voor een deel overgenomen.'
		},
		{
			id: 'verbinden',
			label: 'Verbinden',
			explanation: 'Mantelzorgers ontmoeten anderen en staan er niet alleen voor.'
		}
	];

export const NEEDS = [
	{
		id: 'informatie-advies',
		label: 'Informatie en advies',
		plain: 'Ik wil weten wat er is en waar ik recht op heb',
		short: 'informatie en advies',
		aandachtspunt: 'vinden'
	},
	{
		id: 'begeleiding',
		label: 'Persoonlijke begeleiding',
		plain: 'Ik wil iemand die met mij meedenkt en dingen helpt regelen',
		short: 'iemand die met u meedenkt',
		aandachtspunt: 'versterken'
	},
	{
		id: 'emotionele-steun',
		label: 'Emotionele steun',
		plain: 'Ik wil praten met iemand, of met mensen die hetzelfde meemaken',
		short: 'praten met anderen',
		aandachtspunt: 'verbinden'
	},
	{
		id: 'educatie',
		label: 'Educatie',
		plain: 'Ik wil leren hoe ik het beter kan volhouden',
		short: 'leren hoe u het volhoudt',
		aandachtspunt: 'versterken'
	},
	{
		id: 'praktische-hulp',
		label: 'Praktische hulp',
		plain: 'Ik wil hulp bij klusjes, huishouden, boodschappen of vervoer',
		short: 'hulp bij klusjes en vervoer',
		aandachtspunt: 'verlichten'
	},
	{
		id: 'respijtzorg',
		label: 'Respijtzorg',
		plain: 'Ik wil even tijd voor mezelf: de zorg een tijdje overdragen',
		short: 'even tijd voor uzelf',
		aandachtspunt: 'verlichten'
	},
	{
		id: 'financiele-hulp',
		label: 'Financiële hulp',
		plain: 'Ik heb vragen over geld, vergoedingen of de mantelzorgwaardering',
		short: 'hulp bij geld en vergoedingen',
		aandachtspunt: 'vinden'
	},
	{
		id: 'materiele-hulp',
		label: 'Materiële hulp',
		plain: 'Ik zoek hulpmiddelen of aanpassingen in huis',
		short: 'hulpmiddelen en aanpassingen in huis',
		aandachtspunt: 'verlichten'
	}
] as const satisfies readonly {
	id: string;
	label: string;
	plain: string;
	short: string;
	aandachtspunt: Aandachtspunt;
}[];

export type NeedId = (typeof NEEDS)[number]['id'];
export const NEED_IDS = NEEDS.map((n) => n.id) as [NeedId, ...NeedId[]];

/**
 * `meets`: the offer is a group that meets on dates, so its schedule gives meeting dates.
 * `forWhom`: who the kind is usually for, when an offer does not say.
 * `firstContact`: a place where anyone can start with any question; site.json may name
 * one as "Begin hier". Gemeenten differ: a steunpunt mantelzorg, the Wmo-loket, a sociaal
 * wijkteam, cliëntondersteuning or an information point in the wijk.
 */
export const KINDS = [
	{
		id: 'steunpunt-mantelzorg',
		label: 'Steunpunt mantelzorg',
		needs: ['informatie-advies', 'begeleiding', 'emotionele-steun'],
		meets: false,
		forWhom: 'mantelzorger',
		firstContact: true
	},
	{
		id: 'mantelzorgmakelaar',
		label: 'Mantelzorgmakelaar',
		needs: ['begeleiding', 'informatie-advies'],
		meets: false,
		forWhom: 'mantelzorger',
		firstContact: false
	},
	{
		id: 'clientondersteuning',
		label: 'Onafhankelijke cliëntondersteuning',
		needs: ['begeleiding', 'informatie-advies'],
		meets: false,
		forWhom: 'beiden',
		firstContact: true
	},
	{
		id: 'wmo-loket',
		label: 'Wmo-loket of sociaal wijkteam',
		needs: ['informatie-advies', 'begeleiding'],
		meets: false,
		forWhom: 'beiden',
		firstContact: true
	},
	{
		id: 'sociaal-wijkteam',
		label: 'Sociaal wijkteam',
		needs: ['informatie-advies', 'begeleiding'],
		meets: false,
		forWhom: 'beiden',
		firstContact: true
	},
	{
		id: 'informatiepunt',
		label: 'Informatiepunt in de wijk',
		needs: ['informatie-advies'],
		meets: false,
		forWhom: 'beiden',
		firstContact: true
	},
	{
		id: 'alzheimercafe',
		label: 'Alzheimercafé of ontmoetingsplek',
		needs: ['emotionele-steun', 'informatie-advies'],
		meets: true,
		forWhom: 'beiden',
		firstContact: false
	},
	{
		id: 'lotgenotengroep',
		label: 'Lotgenotengroep',
		needs: ['emotionele-steun'],
		meets: true,
		forWhom: 'mantelzorger',
		firstContact: false
	},
	{
		id: 'zelfhulpgroep',
		label: 'Zelfhulpgroep',
		needs: ['emotionele-steun'],
		meets: true,
		forWhom: 'mantelzorger',
		firstContact: false
	},
	{
		id: 'maatje',
		label: 'Maatje',
		needs: ['emotionele-steun', 'praktische-hulp'],
		meets: false,
		forWhom: 'beiden',
		firstContact: false
	},
	{
		id: 'cursus',
		label: 'Cursus of training',
		needs: ['educatie'],
		meets: true,
		forWhom: 'mantelzorger',
		firstContact: false
	},
	{
		id: 'dagopvang',
		label: 'Dagopvang of dagbesteding',
		needs: ['respijtzorg'],
		meets: false,
		forWhom: 'naaste',
		firstContact: false
	},
	{
		id: 'logeeropvang',
		label: 'Logeeropvang',
		needs: ['respijtzorg'],
		meets: false,
		forWhom: 'naaste',
		firstContact: false
	},
	{
		id: 'thuisoppas',
		label: 'Oppas aan huis',
		needs: ['respijtzorg'],
		meets: false,
		forWhom: 'naaste',
		firstContact: false
	},
	{
		id: 'praktische-hulp',
		label: 'Praktische hulp',
		needs: ['praktische-hulp'],
		meets: false,
		forWhom: 'beiden',
		firstContact: false
	},
	{
		id: 'regeling',
		label: 'Regeling of vergoeding',
		needs: ['financiele-hulp'],
		meets: false,
		forWhom: 'mantelzorger',
		firstContact: false
	},
	{
		id: 'hulpmiddelen',
		label: 'Hulpmiddelen en aanpassingen',
		needs: ['materiele-hulp'],
		meets: false,
		forWhom: 'naaste',
		firstContact: false
	},
	{
		id: 'jonge-mantelzorgers',
		label: 'Voor jonge mantelzorgers',
		needs: ['emotionele-steun', 'informatie-advies'],
		meets: false,
		forWhom: 'mantelzorger',
		firstContact: false
	},
	{
		id: 'werk-en-mantelzorg',
		label: 'Werk en mantelzorg',
		needs: ['informatie-advies', 'begeleiding'],
		meets: false,
		forWhom: 'mantelzorger',
		firstContact: false
	}
] as const satisfies readonly {
	id: string;
	label: string;
	needs: readonly NeedId[];
	meets: boolean;
	forWhom: ForWhomId;
	firstContact: boolean;
}[];

export type KindId = (typeof KINDS)[number]['id'];
export const KIND_IDS = KINDS.map((k) => k.id) as [KindId, ...KindId[]];
export type FirstContactKindId = Extract<(typeof KINDS)[number], { firstContact: true }>['id'];
export const FIRST_CONTACT_KIND_IDS = KINDS.filter((k) => k.firstContact).map(
	(k) => k.id
) as FirstContactKindId[];

export const CONDITIONS = [
	{ id: 'dementie', label: 'Dementie of vergeetachtigheid' },
	{ id: 'psychisch', label: 'Psychische problemen' },
	{ id: 'verstandelijke-beperking', label: 'Verstandelijke beperking' },
	{ id: 'lichamelijk', label: 'Lichamelijke beperking of chronische ziekte' },
	{ id: 'hersenletsel', label: 'Hersenletsel (NAH)' },
	{ id: 'ernstig-ziek', label: 'Ernstig ziek' },
	{ id: 'laatste-levensfase', label: 'Laatste levensfase' },
	{ id: 'ouder-worden', label: 'Ouder worden' },
	{ id: 'verslaving', label: 'Verslaving' },
	{ id: 'autisme', label: 'Autisme' }
] as const;
export type ConditionId = (typeof CONDITIONS)[number]['id'];
export const CONDITION_IDS = CONDITIONS.map((c) => c.id) as [ConditionId, ...ConditionId[]];

export const RELATIONS = [
	{ id: 'partner', label: 'Mijn partner' },
	{ id: 'ouder', label: 'Mijn ouder of schoonouder' },
	{ id: 'kind', label: 'Mijn kind' },
	{ id: 'familie', label: 'Een ander familielid' },
	{ id: 'vriend-buur', label: 'Een vriend, buur of kennis' }
] as const;
export type RelationId = (typeof RELATIONS)[number]['id'];
export const RELATION_IDS = RELATIONS.map((r) => r.id) as [RelationId, ...RelationId[]];

export const GROUPS = [
	{ id: 'jong', label: 'Ik ben jonger dan 25' },
	{ id: 'werkend', label: 'Ik heb een baan' },
	{ id: '65plus', label: 'Ik ben 65 of ouder' },
	{ id: 'nieuw-in-nederland', label: 'Ik ken de zorg in Nederland nog niet goed' }
] as const;
export type GroupId = (typeof GROUPS)[number]['id'];
export const GROUP_IDS = GROUPS.map((g) => g.id) as [GroupId, ...GroupId[]];

export const FOR_WHOM = [
	{ id: 'mantelzorger', label: 'Voor u' },
	{ id: 'naaste', label: 'Voor uw naaste' },
	{ id: 'beiden', label: 'Voor u en uw naaste' }
] as const;
export type ForWhomId = (typeof FOR_WHOM)[number]['id'];
export const FOR_WHOM_IDS = FOR_WHOM.map((f) => f.id) as [ForWhomId, ...ForWhomId[]];

/** How an offer reaches people; the badge shown for offers without a place to go. */
export const DELIVERY = [
	{ id: 'ter-plaatse', label: 'Op deze plek' },
	{ id: 'aan-huis', label: 'Komt bij u thuis' },
	{ id: 'telefonisch', label: 'Telefonisch' },
	{ id: 'online', label: 'Online' }
] as const;
export type DeliveryId = (typeof DELIVERY)[number]['id'];
export const DELIVERY_IDS = DELIVERY.map((d) => d.id) as [DeliveryId, ...DeliveryId[]];

export const HOW_TO_START = [
	{ id: 'bellen', label: 'Bel voor een afspraak' },
	{ id: 'binnenlopen', label: 'Loop binnen, u hoeft niet te bellen' },
	{ id: 'aanmelden', label: 'Meld u aan via de website of per e-mail' },
	{ id: 'via-huisarts', label: 'Vraag het aan uw huisarts' },
	{ id: 'via-wmo-loket', label: 'Via het Wmo-loket: u heeft een beschikking nodig' }
] as const;
export type HowToStartId = (typeof HOW_TO_START)[number]['id'];
export const HOW_TO_START_IDS = HOW_TO_START.map((h) => h.id) as [HowToStartId, ...HowToStartId[]];

export const COSTS = [
	{ id: 'gratis', label: 'Gratis' },
	{ id: 'eigen-bijdrage', label: 'U betaalt een eigen bijdrage' },
	{ id: 'wmo', label: 'Vergoed via de Wmo' },
	{ id: 'zvw', label: 'Vergoed via de zorgverzekering' },
	{ id: 'wlz', label: 'Vergoed via de Wet langdurige zorg' },
	{ id: 'pgb', label: 'Te betalen met een persoonsgebonden budget (pgb)' }
] as const;
export type CostId = (typeof COSTS)[number]['id'];
export const COST_IDS = COSTS.map((c) => c.id) as [CostId, ...CostId[]];

const byId = <T extends { id: string }>(list: readonly T[]) =>
	Object.fromEntries(list.map((item) => [item.id, item])) as Record<T['id'], T>;

export const NEED_BY_ID = byId(NEEDS);
export const KIND_BY_ID = byId(KINDS);
export const CONDITION_BY_ID = byId(CONDITIONS);
export const RELATION_BY_ID = byId(RELATIONS);
export const GROUP_BY_ID = byId(GROUPS);
export const FOR_WHOM_BY_ID = byId(FOR_WHOM);
export const DELIVERY_BY_ID = byId(DELIVERY);
export const HOW_TO_START_BY_ID = byId(HOW_TO_START);
export const COST_BY_ID = byId(COSTS);

/** Words a resident may not know (B1); the offer page explains each where the offer uses it. */
export type GlossaryTerm = 'respijtzorg' | 'wmo' | 'beschikking' | 'pgb';

/**
 * The glossary terms an offer's page explains, in page order: respite care for a kind that
 * gives it, the Wmo for Wmo costs or the Wmo-loket as first step (which also needs a
 * beschikking), and the pgb as a way to pay.
 */
export function glossaryTerms(offer: {
	kind: KindId;
	cost?: CostId;
	howToStart?: HowToStartId;
}): GlossaryTerm[] {
	const needs: readonly NeedId[] = KIND_BY_ID[offer.kind].needs;
	const viaWmoLoket = offer.howToStart === 'via-wmo-loket';
	const terms: (GlossaryTerm | false)[] = [
		needs.includes('respijtzorg') && 'respijtzorg',
		(offer.cost === 'wmo' || viaWmoLoket) && 'wmo',
		viaWmoLoket && 'beschikking',
		offer.cost === 'pgb' && 'pgb'
	];
	return terms.filter((term) => term !== false);
}
