import { afterEach, describe, expect, it } from 'vitest';
import { CONDITION_IDS, GROUP_IDS, KIND_IDS, NEED_IDS, RELATION_IDS } from '../data/taxonomy';
import { getLocale, overwriteGetLocale } from '../paraglide/runtime';
import { conceptLabel } from './concepts';
import { SynonymMatcher } from './meanings';
import { stem, tokenize } from './normalize';
import { SYNONYMS } from './synonyms';

const pageLocale = getLocale;
afterEach(() => overwriteGetLocale(pageLocale));

const matcher = new SynonymMatcher();
const meaning = (word: string) => [...matcher.wordMeaning(word).concepts.keys()];
const phrase = (query: string) => {
	const stems = tokenize(query).map(stem);
	const found = matcher.phraseAt(stems, 0);
	return found ? [...found.concepts.keys()] : [];
};

describe('the synonym list', () => {
	it('understands every way of saying in the list as what the list says it means', () => {
		const misread = SYNONYMS.flatMap(({ say, means }) => {
			const meant = Object.entries(means).flatMap(([facet, ids]) =>
				(ids as string[]).map((id) => `${facet}:${id}`)
			);
			const understood = (words: string): string[] =>
				tokenize(words).length > 1 ? phrase(words) : meaning(words);
			return say
				.filter((words) => !meant.every((concept) => understood(words).includes(concept)))
				.map((words) => `${words} → ${understood(words).join(', ') || 'niets'}`);
		});
		expect(misread).toEqual([]);
	});

	it('only names ids that exist in the taxonomy', () => {
		const known = {
			hulp: NEED_IDS,
			situatie: CONDITION_IDS,
			soort: KIND_IDS,
			voor: RELATION_IDS,
			groep: GROUP_IDS
		};
		const wrong = SYNONYMS.flatMap(({ say, means }) =>
			Object.entries(means).flatMap(([facet, ids]) =>
				(ids as string[])
					.filter((id) => !(known[facet as keyof typeof known] as readonly string[]).includes(id))
					.map((id) => `${say[0]}: ${facet}:${id}`)
			)
		);
		expect(wrong).toEqual([]);
	});

	it('gives every entry a meaning or words to search for', () => {
		expect(SYNONYMS.filter((s) => !Object.keys(s.means).length && !s.alsoSearch?.length)).toEqual(
			[]
		);
	});
});

describe('what people say, and what it means', () => {
	it.each([
		['alzheimer', 'situatie:dementie'],
		['vergeetachtig', 'situatie:dementie'],
		['geheugen', 'situatie:dementie'],
		['logeren', 'hulp:respijtzorg'],
		['oppas', 'hulp:respijtzorg'],
		['praten', 'hulp:emotionele-steun'],
		['lotgenoten', 'hulp:emotionele-steun'],
		['geld', 'hulp:financiele-hulp'],
		['compliment', 'hulp:financiele-hulp'],
		['vergoeding', 'hulp:financiele-hulp'],
		['parkeren', 'hulp:financiele-hulp'],
		['klusjes', 'hulp:praktische-hulp'],
		['boodschappen', 'hulp:praktische-hulp'],
		['maaltijd', 'hulp:praktische-hulp'],
		['formulieren', 'hulp:begeleiding'],
		['regelen', 'hulp:begeleiding'],
		['aanvragen', 'hulp:begeleiding'],
		['moeder', 'voor:ouder'],
		['wijkteam', 'soort:sociaal-wijkteam'],
		['wijkteam', 'soort:wmo-loket'],
		['informatiepunt', 'soort:informatiepunt'],
		['vraagwijzer', 'soort:informatiepunt']
	])('%s → %s', (word, concept) => {
		expect(meaning(word)).toContain(concept);
	});

	it.each([
		['even weg', 'hulp:respijtzorg'],
		['vakantie van de zorg', 'hulp:respijtzorg'],
		['mensen die hetzelfde meemaken', 'hulp:emotionele-steun'],
		['in de war', 'situatie:dementie']
	])('the phrase "%s" → %s', (query, concept) => {
		expect(phrase(query)).toContain(concept);
	});

	it('finds longer forms, starts and typos of a synonym', () => {
		expect(meaning('geheugenproblemen')).toContain('situatie:dementie');
		expect(meaning('alzhiemer')).toContain('situatie:dementie');
		expect(meaning('vergeetacht')).toContain('situatie:dementie');
		expect(matcher.wordMeaning('alzhiemer').sure).toBe(false);
		expect(matcher.wordMeaning('alzheimer').sure).toBe(true);
	});

	it('matches plurals by stem', () => {
		expect(meaning('formulier')).toContain('hulp:begeleiding');
		expect(meaning('maaltijden')).toContain('hulp:praktische-hulp');
	});

	it('adds the words of an old name', () => {
		expect(matcher.wordMeaning('mantelzorgcompliment').alsoSearch).toEqual([
			'mantelzorgwaardering'
		]);
	});

	it('knows nothing about words that mean nothing special', () => {
		expect(meaning('tafel')).toEqual([]);
	});

	it('says a concept in plain words after "Past bij:"', () => {
		expect(conceptLabel('hulp:respijtzorg')).toBe('respijtzorg');
		expect(conceptLabel('hulp:financiele-hulp')).toBe('financiële hulp');
		expect(conceptLabel('situatie:dementie')).toBe('dementie');
		expect(conceptLabel('soort:wmo-loket')).toBe('Wmo-loket of sociaal wijkteam');
		expect(conceptLabel('soort:thuisoppas')).toBe('oppas aan huis');
		expect(conceptLabel('soort:alzheimercafe')).toBe('alzheimercafé of ontmoetingsplek');
		expect(conceptLabel('voor:vriend-buur')).toBe('zorg voor een vriend of buur');
		expect(conceptLabel('groep:65plus')).toBe('mantelzorgers van 65 jaar of ouder');
	});

	it('says a concept in the language of the page', () => {
		overwriteGetLocale(() => 'en');
		expect(conceptLabel('hulp:respijtzorg')).toBe('respite care');
		expect(conceptLabel('situatie:dementie')).toBe('dementia');
		expect(conceptLabel('soort:alzheimercafe')).toBe('Alzheimer café or meeting place');
		expect(conceptLabel('voor:partner')).toBe('caring for your partner');
		overwriteGetLocale(() => 'tr');
		expect(conceptLabel('soort:werk-en-mantelzorg')).toBe('iş ve bakım');
		expect(conceptLabel('hulp:informatie-advies')).toBe('bilgi ve danışma');
		overwriteGetLocale(() => 'ar');
		expect(conceptLabel('groep:nieuw-in-nederland')).toBe('جديد في هولندا');
	});
});
