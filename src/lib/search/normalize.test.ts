import { describe, expect, it } from 'vitest';
import { editDistance, normalize, stem, tokenize } from './normalize';

describe('Dutch normalisation', () => {
	it('ignores case and accents: café = cafe, ĳ = ij', () => {
		expect(normalize('Alzheimer Café')).toBe('alzheimer cafe');
		expect(normalize('FINANCIËLE hulp')).toBe('financiele hulp');
		expect(normalize('cliëntondersteuning')).toBe('clientondersteuning');
		expect(normalize('ĳs')).toBe('ijs');
	});

	it('turns hyphens and punctuation into spaces', () => {
		expect(normalize('Wmo-loket')).toBe('wmo loket');
		expect(normalize('  "Dementie, wat nu?"  ')).toBe('dementie wat nu');
		expect(normalize('e-mail / telefoon')).toBe('e mail telefoon');
	});

	it('keeps Turkish and Arabic words whole, for the labels in those languages', () => {
		expect(normalize('Bakıcı DESTEK merkezi')).toBe('bakici destek merkezi');
		expect(normalize('İş ve bakım')).toBe('is ve bakim');
		expect(normalize('الخَرَف أو النسيان')).toBe('خرف او نسيان');
	});

	it('finds an Arabic word with or without its article, and with ة or ه, ى or ي', () => {
		expect(normalize('خرف')).toBe(normalize('الخرف'));
		expect(normalize('رعاية مؤقتة')).toBe(normalize('رعايه مؤقته'));
		expect(normalize('مستشفى')).toBe(normalize('مستشفي'));
		// Two letters after ال are a word of their own, not an article and a word.
		expect(normalize('الم')).toBe('الم');
	});

	it('splits into words of at least two characters, stopwords kept', () => {
		expect(tokenize('Hulp voor mijn moeder – met dementie!')).toEqual([
			'hulp',
			'voor',
			'mijn',
			'moeder',
			'met',
			'dementie'
		]);
		expect(tokenize("auto's")).toEqual(['auto']);
		expect(tokenize('  ')).toEqual([]);
	});
});

describe('a light stem for plurals and diminutives', () => {
	it.each([
		['cursussen', 'cursus'],
		['klusjes', 'klus'],
		['klussen', 'klus'],
		['boodschappen', 'boodschap'],
		['mantelzorgers', 'mantelzorger'],
		['maaltijden', 'maaltijd'],
		['cafes', 'cafe'],
		['groepen', 'groep']
	])('%s → %s', (word, expected) => {
		expect(stem(word)).toBe(expected);
	});

	it('leaves words that only look plural, and short words, as they are', () => {
		expect(stem('oppas')).toBe('oppas');
		expect(stem('cursus')).toBe('cursus');
		expect(stem('nah')).toBe('nah');
		expect(stem('zorg')).toBe('zorg');
	});
});

describe('edit distance with swapped letters', () => {
	it('counts a swap of two neighbours as one typo', () => {
		expect(editDistance('alzhiemer', 'alzheimer')).toBe(1);
		expect(editDistance('dementei', 'dementie')).toBe(1);
	});

	it('counts insertions, deletions and substitutions', () => {
		expect(editDistance('respijzorg', 'respijtzorg')).toBe(1);
		expect(editDistance('rolater', 'rollator')).toBe(2);
	});

	it('stops early beyond the maximum', () => {
		expect(editDistance('klusjes', 'dementie', 2)).toBe(3);
	});
});
