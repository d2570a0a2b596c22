/**
 * How people actually say it. Residents and praktijkondersteuners type "alzheimer",
 * "even weg" or "geld", not "dementie", "respijtzorg" or "financiële hulp". Each entry
 * below says which words mean which part of the taxonomy; the search then finds every
 * offer with that hulpvraag, situation, kind, relation or group, and shows it as the
 * reason ("past bij: respijtzorg").
 *
 * For the beheerder, to extend this list:
 * - `say`: words or short phrases as people type them. Case, accents and hyphens do
 *   not matter ("Café" = "cafe"); plurals and small typos are found without listing them.
 *   A phrase ("even weg") only counts when its words appear together in the query.
 * - `means`: one or more of `hulp` (hulpvraag), `situatie` (wat speelt er), `soort` (soort
 *   aanbod), `voor` (voor wie) and `groep` (over uzelf), with the ids from
 *   src/lib/data/taxonomy.ts. A wrong id is an error when the site is built.
 * - `alsoSearch` (optional): other words to search for, for an old or local name of a
 *   thing ("mantelzorgcompliment" is now the mantelzorgwaardering).
 * - Add a word to the entry with the same meaning, or add a new entry. Then run
 *   `npm run test:unit`: the relevance test (tests/relevance/) shows whether search got better.
 */
import type { ConditionId, GroupId, KindId, NeedId, RelationId } from '../data/taxonomy';

export interface Meaning {
	hulp?: readonly NeedId[];
	situatie?: readonly ConditionId[];
	soort?: readonly KindId[];
	voor?: readonly RelationId[];
	groep?: readonly GroupId[];
}

export interface Synonym {
	say: readonly string[];
	means: Meaning;
	alsoSearch?: readonly string[];
}

export const SYNONYMS: readonly Synonym[] = [
	/* ---- Wat speelt er bij uw naaste? ---- */
	{
		say: [
			'dementie',
			'alzheimer',
			'vergeetachtig',
			'vergeetachtigheid',
			'geheugen',
			'geheugenproblemen',
			'dement',
			'dementerend',
			'in de war',
			'verward',
			'korsakov',
			'lewy body'
		],
		means: { situatie: ['dementie'] }
	},
	{
		say: [
			'psychisch',
			'psychische problemen',
			'depressie',
			'depressief',
			'psychose',
			'angststoornis',
			'schizofrenie',
			'bipolair',
			'manisch',
			'ggz',
			'psychiatrie',
			'borderline',
			'suicidaal'
		],
		means: { situatie: ['psychisch'] }
	},
	{
		say: [
			'verstandelijke beperking',
			'verstandelijk beperkt',
			'lvb',
			'syndroom van down',
			'downsyndroom',
			'meervoudige beperking',
			'emb'
		],
		means: { situatie: ['verstandelijke-beperking'] }
	},
	{
		say: ['beperking', 'handicap', 'gehandicapt', 'gehandicapte'],
		means: { situatie: ['verstandelijke-beperking', 'lichamelijk'] }
	},
	{
		say: [
			'lichamelijke beperking',
			'chronisch ziek',
			'chronische ziekte',
			'parkinson',
			'multiple sclerose',
			'ms',
			'reuma',
			'copd',
			'longziekte',
			'hartfalen',
			'diabetes',
			'slechtziend',
			'blind',
			'doof',
			'slechthorend',
			'spierziekte'
		],
		means: { situatie: ['lichamelijk'] }
	},
	{
		say: [
			'hersenletsel',
			'nah',
			'niet aangeboren hersenletsel',
			'beroerte',
			'herseninfarct',
			'hersenbloeding',
			'cva',
			'hersenschudding',
			'tia'
		],
		means: { situatie: ['hersenletsel'] }
	},
	{
		say: [
			'ernstig ziek',
			'kanker',
			'tumor',
			'chemo',
			'chemotherapie',
			'bestraling',
			'ongeneeslijk ziek'
		],
		means: { situatie: ['ernstig-ziek'] }
	},
	{
		say: [
			'laatste levensfase',
			'palliatief',
			'palliatieve zorg',
			'terminaal',
			'sterven',
			'stervensbegeleiding',
			'doodgaan',
			'dood',
			'gaat dood',
			'overlijden',
			'overleden',
			'afscheid',
			'rouw',
			'hospice',
			'waken',
			'euthanasie'
		],
		means: { situatie: ['laatste-levensfase'] }
	},
	{
		say: [
			'ouder worden',
			'ouderen',
			'oudere',
			'bejaard',
			'bejaarde',
			'hoge leeftijd',
			'op leeftijd',
			'oud',
			'broos',
			'kwetsbare ouderen'
		],
		means: { situatie: ['ouder-worden'] }
	},
	{
		say: ['vallen', 'valt', 'gevallen', 'valpreventie', 'valangst', 'bang om te vallen'],
		means: { situatie: ['ouder-worden'] },
		alsoSearch: ['vallen']
	},
	{
		say: [
			'verslaving',
			'verslaafd',
			'alcohol',
			'drank',
			'drinkt',
			'drinken',
			'drugs',
			'gokken',
			'gokt',
			'gokverslaving',
			'blowen',
			'cannabis',
			'cocaine',
			'alcoholist'
		],
		means: { situatie: ['verslaving'] }
	},
	{
		say: ['autisme', 'autist', 'autistisch', 'ass', 'asperger', 'pdd-nos', 'autismespectrum'],
		means: { situatie: ['autisme'] }
	},

	/* ---- Waarmee wilt u hulp? ---- */
	{
		say: [
			'respijtzorg',
			'even weg',
			'even rust',
			'vakantie van de zorg',
			'vakantie',
			'op vakantie',
			'tijd voor mezelf',
			'tijd voor mijzelf',
			'tijd voor mijn eigen',
			'adempauze',
			'pauze',
			'ontlasten',
			'ontlasting',
			'zorg overnemen',
			'zorg overdragen',
			'dagje weg',
			'weekendje weg',
			'uitrusten',
			'vrij',
			'vervangende zorg'
		],
		means: { hulp: ['respijtzorg'] }
	},
	{
		say: [
			'logeren',
			'logeeropvang',
			'logeerhuis',
			'kortdurend verblijf',
			'logeerweekend',
			'respijthuis',
			'zorghotel',
			'weekend weg',
			'nachtje weg'
		],
		means: { hulp: ['respijtzorg'], soort: ['logeeropvang'] }
	},
	{
		say: [
			'oppas',
			'oppassen',
			'thuisoppas',
			'oppas aan huis',
			'iemand die oppast',
			'nachtzorg',
			'noodopvang',
			'invalzorg',
			'als ik ziek word',
			'zelf ziek',
			'uitval',
			'uitvallen',
			'noodgeval',
			'plotseling ziek'
		],
		means: { hulp: ['respijtzorg'], soort: ['thuisoppas'] }
	},
	{
		say: [
			'dagbesteding',
			'dagopvang',
			'dagcentrum',
			'zorgboerderij',
			'overdag',
			'activiteiten overdag',
			'dagactiviteiten'
		],
		means: { hulp: ['respijtzorg'], soort: ['dagopvang'] }
	},
	{
		say: [
			'praten',
			'lotgenoten',
			'lotgenotencontact',
			'mensen die hetzelfde meemaken',
			'hetzelfde meemaken',
			'ervaringen delen',
			'luisterend oor',
			'steun',
			'emotionele steun',
			'verdriet',
			'eenzaam',
			'zwaar',
			'het niet meer aankan',
			'zorgen delen',
			'contact met anderen',
			'ontmoeten',
			'uitpraten',
			'somber',
			'overbelast',
			'moe'
		],
		means: { hulp: ['emotionele-steun'] }
	},
	{
		say: ['lotgenotengroep', 'gespreksgroep', 'praatgroep', 'groep'],
		means: { hulp: ['emotionele-steun'], soort: ['lotgenotengroep'] }
	},
	{
		say: ['zelfhulp', 'zelfhulpgroep', 'familiegroep'],
		means: { hulp: ['emotionele-steun'], soort: ['zelfhulpgroep'] }
	},
	{
		say: [
			'maatje',
			'buddy',
			'vrijwilliger',
			'bezoek',
			'iemand die langskomt',
			'gezelschap',
			'wandelen',
			'belmaatje'
		],
		means: { hulp: ['emotionele-steun'], soort: ['maatje'] }
	},
	{
		say: [
			'alzheimercafe',
			'mantelzorgcafe',
			'ontmoetingscentrum',
			'ontmoetingsplek',
			'inloop',
			'inloophuis',
			'koffie',
			'koffieochtend',
			'cafe'
		],
		means: { hulp: ['emotionele-steun'], soort: ['alzheimercafe'] }
	},
	{
		say: [
			'geld',
			'vergoeding',
			'vergoed',
			'parkeren',
			'kosten',
			'betalen',
			'toeslag',
			'toeslagen',
			'uitkering',
			'schulden',
			'geldzorgen',
			'bijstand',
			'reiskosten',
			'belasting',
			'aftrek',
			'inkomen',
			'rekeningen',
			'financieel',
			'financien'
		],
		means: { hulp: ['financiele-hulp'] }
	},
	{
		say: [
			'mantelzorgcompliment',
			'compliment',
			'mantelzorgwaardering',
			'waardering',
			'bedankje',
			'cadeaubon'
		],
		means: { hulp: ['financiele-hulp'], soort: ['regeling'] },
		alsoSearch: ['mantelzorgwaardering']
	},
	{
		say: ['pgb', 'persoonsgebonden budget', 'regeling', 'subsidie'],
		means: { hulp: ['financiele-hulp'], soort: ['regeling'] }
	},
	{
		say: [
			'klusjes',
			'klussen',
			'klusjesman',
			'boodschappen',
			'maaltijd',
			'maaltijden',
			'eten',
			'koken',
			'warm eten',
			'huishouden',
			'huishoudelijke hulp',
			'schoonmaken',
			'poetsen',
			'de was',
			'strijken',
			'tuin',
			'vervoer',
			'rijden',
			'taxi',
			'naar het ziekenhuis',
			'naar de dokter',
			'computer',
			'digid',
			'telefoon',
			'post',
			'papieren',
			'administratie',
			'praktische hulp'
		],
		means: { hulp: ['praktische-hulp'] }
	},
	{
		say: [
			'formulieren',
			'formulier',
			'regelen',
			'aanvragen',
			'aanvraag',
			'meedenken',
			'regelwerk',
			'papierwerk',
			'brieven',
			'instanties',
			'indicatie',
			'keukentafelgesprek',
			'coach',
			'begeleiding',
			'iemand die meedenkt',
			'casemanager',
			'casemanagement',
			'persoonlijke begeleiding'
		],
		means: { hulp: ['begeleiding'] }
	},
	{
		say: ['mantelzorgmakelaar', 'makelaar'],
		means: { hulp: ['begeleiding'], soort: ['mantelzorgmakelaar'] }
	},
	{
		say: [
			'clientondersteuner',
			'clientondersteuning',
			'onafhankelijke clientondersteuning',
			'ouderenadviseur',
			'vertrouwenspersoon',
			'familievertrouwenspersoon'
		],
		means: { hulp: ['begeleiding'], soort: ['clientondersteuning'] }
	},
	{
		say: [
			'informatie',
			'info',
			'advies',
			'vragen',
			'waar begin ik',
			'waar moet ik beginnen',
			'wat is er',
			'recht op',
			'waar heb ik recht op',
			'uitleg',
			'voorlichting',
			'spreekuur'
		],
		means: { hulp: ['informatie-advies'] }
	},
	{
		say: [
			'steunpunt',
			'steunpunt mantelzorg',
			'mantelzorgconsulent',
			'mantelzorgondersteuning',
			'mantelzorgpunt'
		],
		means: { hulp: ['informatie-advies'], soort: ['steunpunt-mantelzorg'] }
	},
	{
		say: [
			'wmo',
			'wmo loket',
			'loket',
			'wijkteam',
			'sociaal wijkteam',
			'buurtteam',
			'gemeente',
			'zorgloket'
		],
		// Many gemeenten call their Wmo-loket a wijkteam, so both kinds answer both words.
		means: { hulp: ['informatie-advies'], soort: ['wmo-loket', 'sociaal-wijkteam'] }
	},
	{
		say: ['informatiepunt', 'wijkinformatiepunt', 'infopunt', 'wijkpunt', 'vraagwijzer'],
		means: { hulp: ['informatie-advies'], soort: ['informatiepunt'] }
	},
	{
		say: [
			'cursus',
			'training',
			'leren',
			'workshop',
			'e learning',
			'les',
			'lessen',
			'omgaan met',
			'grenzen stellen',
			'nee zeggen',
			'volhouden',
			'informatieavond',
			'voorlichtingsavond'
		],
		means: { hulp: ['educatie'], soort: ['cursus'] }
	},
	{
		say: [
			'hulpmiddel',
			'hulpmiddelen',
			'rolstoel',
			'rollator',
			'traplift',
			'douchestoel',
			'scootmobiel',
			'aanpassing',
			'aanpassingen',
			'woningaanpassing',
			'drempels',
			'tillift',
			'alarm',
			'alarmknop',
			'personenalarmering',
			'hoog laag bed',
			'ziekenhuisbed',
			'uitlenen'
		],
		means: { hulp: ['materiele-hulp'], soort: ['hulpmiddelen'] }
	},

	{
		say: [
			'mantelzorgwoning',
			'kangoeroewoning',
			'mantelzorgunit',
			'tijdelijke woning',
			'inwonen',
			'bij mij komen wonen'
		],
		means: { hulp: ['materiele-hulp'] },
		alsoSearch: ['mantelzorgwoning']
	},

	/* ---- Voor wie zorgt u? ---- */
	{
		say: ['partner', 'man', 'vrouw', 'echtgenoot', 'echtgenote', 'mijn man', 'mijn vrouw'],
		means: { voor: ['partner'] }
	},
	{
		say: [
			'ouder',
			'ouders',
			'moeder',
			'vader',
			'schoonmoeder',
			'schoonvader',
			'mama',
			'papa',
			'mam',
			'pap',
			'schoonouders'
		],
		means: { voor: ['ouder'] }
	},
	{
		say: ['zoon', 'dochter', 'kind', 'kindje', 'baby', 'mijn kind', 'gehandicapt kind'],
		means: { voor: ['kind'] }
	},
	{
		say: [
			'familie',
			'familielid',
			'broer',
			'zus',
			'oma',
			'opa',
			'tante',
			'oom',
			'kleinkind',
			'neef',
			'nicht'
		],
		means: { voor: ['familie'] }
	},
	{
		say: ['buurman', 'buurvrouw', 'buren', 'buur', 'vriend', 'vriendin', 'kennis'],
		means: { voor: ['vriend-buur'] }
	},

	/* ---- Over uzelf ---- */
	{
		say: [
			'jonge mantelzorger',
			'jonge mantelzorgers',
			'jmz',
			'jongeren',
			'jongere',
			'jong',
			'scholier',
			'student',
			'tiener',
			'puber',
			'school',
			'kinderen'
		],
		means: { groep: ['jong'], soort: ['jonge-mantelzorgers'] }
	},
	{
		say: [
			'werk',
			'werken',
			'baan',
			'werkgever',
			'naast mijn werk',
			'werkende mantelzorger',
			'zorgverlof',
			'verlof',
			'combineren'
		],
		means: { groep: ['werkend'], soort: ['werk-en-mantelzorg'] }
	},
	{
		say: ['65 plus', 'gepensioneerd', 'pensioen', 'aow', 'oudere mantelzorger'],
		means: { groep: ['65plus'] }
	},
	{
		say: [
			'nieuwkomer',
			'nieuwkomers',
			'statushouder',
			'vluchteling',
			'migrant',
			'andere taal',
			'eigen taal',
			'tolk',
			'turks',
			'arabisch',
			'engels',
			'taal',
			'nederlands leren'
		],
		means: { groep: ['nieuw-in-nederland'] }
	}
];
