/**
 * What residents and praktijkondersteuners really type, and the offers of the example
 * data (data/aanbod.geojson) that must be among the first three results. Typos, synonyms,
 * plurals, whole sentences. When the example data changes, update the ids here; when
 * search changes, this set says whether it got better or worse.
 */
export interface RelevanceCase {
	query: string;
	/** One to three offer ids that must all be in the top 3. */
	expected: string[];
}

/** Long compound words with one letter missing: a head ("mantelzorg") must not hide the typo. */
export const COMPOUND_TYPOS: RelevanceCase[] = [
	{ query: 'mantelzorgmakelar', expected: ['mantelzorgmakelaar-voorbeeldstad'] },
	{ query: 'mantelzorgmakeaar', expected: ['mantelzorgmakelaar-voorbeeldstad'] },
	{ query: 'mantelzorgwaardring', expected: ['mantelzorgwaardering'] },
	{ query: 'logeeropvag', expected: ['logeerhuis-de-vaart'] }
];

export const RELEVANCE_CASES: RelevanceCase[] = [
	// Dementie and Alzheimercafés: compounds, accents, spaces and typos.
	{ query: 'alzheimer cafe', expected: ['alzheimercafe-de-haven', 'alzheimercafe-oosterpark'] },
	{ query: 'Alzheimer Café', expected: ['alzheimercafe-de-haven', 'alzheimercafe-oosterpark'] },
	{ query: 'alzheimercafe', expected: ['alzheimercafe-de-haven', 'alzheimercafe-oosterpark'] },
	{ query: 'alzhiemer cafe', expected: ['alzheimercafe-de-haven', 'alzheimercafe-oosterpark'] },
	{ query: 'hulp voor mijn moeder met dementie', expected: ['casemanager-dementie'] },
	{ query: 'mijn man is vergeetachtig', expected: ['gespreksgroep-partners-dementie'] },
	{ query: 'gespreksgroep partners dementie', expected: ['gespreksgroep-partners-dementie'] },
	{ query: 'casemanager dementie', expected: ['casemanager-dementie'] },
	{
		query: 'dagbesteding dementie',
		expected: ['dagbesteding-het-hart', 'dagbesteding-de-boomgaard']
	},
	{ query: 'online cursus dementie', expected: ['online-cursus-omgaan-met-dementie'] },
	{ query: 'ontmoetingscentrum', expected: ['ontmoetingscentrum-de-molen'] },
	{
		query: 'mantelzorgcafe',
		expected: ['mantelzorgcafe-de-brink', 'mantelzorgcafe-buitengebied', 'online-mantelzorgcafe']
	},

	// Respijtzorg, said in everyday words.
	{ query: 'even weg', expected: ['vrijwillige-thuisoppas'] },
	{ query: 'vakantie van de zorg', expected: ['kortdurend-verblijf-zuiderhof'] },
	{
		query: 'logeren',
		expected: ['logeerhuis-de-vaart', 'logeerhuis-de-vlinder', 'logeerboerderij-de-hoeve']
	},
	{ query: 'oppas', expected: ['vrijwillige-thuisoppas', 'noodoppas-bij-uitval-mantelzorger'] },
	{ query: 'respijtzrog', expected: ['respijtzorg-aan-huis'] },
	{ query: 'iemand die een nacht de zorg overneemt', expected: ['respijtzorg-aan-huis'] },
	{ query: 'wat als ik zelf ziek word', expected: ['noodoppas-bij-uitval-mantelzorger'] },
	{
		query: 'dagbesteding',
		expected: ['dagbesteding-het-hart', 'dagbesteding-de-boomgaard', 'dagbesteding-de-korenschuur']
	},
	{ query: 'zorgboerderij', expected: ['zorgboerderij-de-es'] },

	// Emotionele steun and lotgenoten.
	{ query: 'lotgenoten hersenletsel', expected: ['lotgenotengroep-nah'] },
	{
		query: 'praten met andere mantelzorgers',
		expected: ['koffieochtend-mantelzorgers-noorderhoek']
	},
	{
		query: 'maatje',
		expected: ['maatje-voor-mantelzorgers', 'belmaatje-voor-mantelzorgers', 'maatje-samen-uit']
	},
	{ query: 'iemand die mij elke week belt', expected: ['belmaatje-voor-mantelzorgers'] },
	{ query: 'wandelen met andere mantelzorgers', expected: ['wandelgroep-mantelzorgers'] },
	{ query: 'rouw', expected: ['gespreksgroep-afscheid-nemen'] },
	{
		query: 'mijn vader gaat dood',
		expected: ['vrijwillige-palliatieve-thuiszorg', 'gespreksgroep-afscheid-nemen']
	},
	{ query: 'palliatieve zorg', expected: ['vrijwillige-palliatieve-thuiszorg'] },
	{ query: 'kanker', expected: ['gespreksgroep-kanker-voorjaar-2025', 'inloophuis-de-vuurtoren'] },

	// Situations of the naaste.
	{ query: 'depressie', expected: ['familiegroep-psychische-problemen'] },
	{
		query: 'psychische problemen',
		expected: ['cursus-naast-psychische-problemen', 'familiegroep-psychische-problemen']
	},
	{ query: 'ggz', expected: ['familievertrouwenspersoon-ggz'] },
	{
		query: 'verslaving',
		expected: ['zelfhulpgroep-naasten-verslaving', 'inloopspreekuur-naasten-verslaving']
	},
	{
		query: 'mijn zoon drinkt te veel',
		expected: ['zelfhulpgroep-naasten-verslaving', 'inloopspreekuur-naasten-verslaving']
	},
	{ query: 'gokken', expected: ['inloopspreekuur-naasten-verslaving'] },
	{ query: 'beroerte', expected: ['lotgenotengroep-nah', 'dagcentrum-de-sluis-nah'] },
	{ query: 'parkinson', expected: ['parkinsoncafe-voorbeeldstad'] },
	{ query: 'kind met een beperking', expected: ['oudergroep-kind-met-beperking'] },
	{ query: 'vallen', expected: ['cursus-vallen-voorkomen'] },

	// Geld en regelingen.
	{ query: 'geld', expected: ['hulp-bij-geldzorgen'] },
	{ query: 'mantelzorgcompliment', expected: ['mantelzorgwaardering'] },
	{ query: 'parkeren bij mijn moeder', expected: ['parkeervergunning-mantelzorg'] },
	{ query: 'parkeervergunning', expected: ['parkeervergunning-mantelzorg'] },
	{ query: 'pgb', expected: ['informatie-pgb'] },
	{ query: 'persoonsgebonden budget', expected: ['informatie-pgb'] },
	{ query: 'schulden', expected: ['hulp-bij-geldzorgen'] },
	{ query: 'bijzondere bijstand', expected: ['bijzondere-bijstand'] },
	{ query: 'bewindvoering', expected: ['rechtswinkel-bewind-en-mentorschap'] },
	{ query: 'levenstestament', expected: ['rechtswinkel-bewind-en-mentorschap'] },

	// Praktische hulp and regelwerk.
	{ query: 'klusjes', expected: ['klussendienst-noorderhoek'] },
	{ query: 'boodschappen', expected: ['boodschappendienst'] },
	{ query: 'warme maaltijd', expected: ['maaltijdservice-voorbeeldstad', 'eetpunt-de-kade'] },
	{ query: 'vervoer naar het ziekenhuis', expected: ['rijdienst-voorbeeldstad'] },
	{ query: 'huishoudelijke hulp', expected: ['huishoudelijke-hulp-wmo'] },
	{ query: 'schoonmaken', expected: ['huishoudelijke-hulp-wmo'] },
	{ query: 'post en rekeningen', expected: ['hulp-bij-thuisadministratie'] },
	{ query: 'digid', expected: ['digitale-hulp-bibliotheek-noorderhoek'] },
	{
		query: 'formulieren invullen',
		expected: ['formulierenhulp-bibliotheek', 'mantelzorgmakelaar-voorbeeldstad']
	},
	{ query: 'mantelzorg makelaar', expected: ['mantelzorgmakelaar-voorbeeldstad'] },
	{ query: 'iemand die het regelwerk overneemt', expected: ['mantelzorgmakelaar-voorbeeldstad'] },

	// Hulpmiddelen en wonen.
	{ query: 'rolstoel lenen', expected: ['uitleenpunt-hulpmiddelen'] },
	{ query: 'traplift', expected: ['woningaanpassing-wmo'] },
	{ query: 'scootmobiel', expected: ['scootmobielpool-westerkwartier'] },
	{ query: 'alarmknop', expected: ['personenalarmering'] },
	{ query: 'kangoeroewoning', expected: ['mantelzorgwoning-advies'] },

	// Leren, werk, jong, nieuw in Nederland, waar te beginnen.
	{ query: 'cursus grenzen stellen', expected: ['cursus-grenzen-stellen-2027'] },
	{ query: 'nee leren zeggen', expected: ['cursus-grenzen-stellen-2027'] },
	{ query: 'ontspanning', expected: ['cursus-ontspanning-mantelzorgers'] },
	{
		query: 'werk en mantelzorg combineren',
		expected: ['spreekuur-werk-en-mantelzorg', 'online-training-werk-en-zorg']
	},
	{ query: 'zorgverlof', expected: ['online-training-werk-en-zorg'] },
	{
		query: 'jonge mantelzorger',
		expected: ['jmz-cafe-de-silo', 'bel-en-chatlijn-jonge-mantelzorgers']
	},
	{ query: 'kinderen met een zieke ouder', expected: ['kindergroep-zieke-ouder'] },
	{ query: 'tolk', expected: ['tolk-bij-zorggesprekken'] },
	{ query: 'uitleg in mijn eigen taal', expected: ['spreekuur-nieuwkomers-zorg'] },
	{ query: 'waar begin ik', expected: ['steunpunt-mantelzorg-voorbeeldstad'] },
	{ query: 'mantelzorgconsulent', expected: ['steunpunt-mantelzorg-voorbeeldstad'] },
	{ query: 'clientondersteuner', expected: ['clientondersteuning-voorbeeldstad'] },
	{ query: 'ouderenadviseur', expected: ['ouderenadviseur-noorderhoek'] },
	{ query: 'wmo loket', expected: ['wmo-loket-voorbeeldstad'] },

	// Longer sentences, as a resident writes them.
	{ query: 'mijn moeder woont alleen en valt vaak', expected: ['cursus-vallen-voorkomen'] },
	{ query: 'hulp bij het huishouden', expected: ['huishoudelijke-hulp-wmo'] },
	{ query: 'boodschappen doen voor mijn vader', expected: ['boodschappendienst'] },
	{ query: 'informatieavond dementie', expected: ['informatieavond-dementie-wat-nu'] },
	{ query: 'mijn vrouw heeft parkinson', expected: ['parkinsoncafe-voorbeeldstad'] },
	{ query: 'vrijwilliger die met mijn zoon naar het zwembad gaat', expected: ['maatje-samen-uit'] },
	{ query: 'logeeropvang voor mijn kind met een beperking', expected: ['logeerhuis-de-vlinder'] },
	{
		query: 'dagbesteding voor mijn broer met een verstandelijke beperking',
		expected: ['dagbesteding-de-korenschuur']
	},
	{
		query: 'cursus omgaan met psychische problemen',
		expected: ['cursus-naast-psychische-problemen']
	},
	{ query: 'hulpmiddelen lenen', expected: ['uitleenpunt-hulpmiddelen'] },
	{ query: 'eten laten brengen', expected: ['maaltijdservice-voorbeeldstad'] },
	{ query: 'rolater', expected: ['uitleenpunt-hulpmiddelen'] },
	{ query: 'mantelzorgwaardering aanvragen', expected: ['mantelzorgwaardering'] },
	{
		query: 'dagbesteding ouderen',
		expected: ['dagactiviteiten-de-schakel', 'dagbesteding-de-boomgaard']
	},
	{ query: 'inloop kanker', expected: ['inloophuis-de-vuurtoren'] },
	...COMPOUND_TYPOS
];
