import { describe, expect, it } from 'vitest';
import { answersToQuery, describeAnswers, parseAnswers, withoutAnswer } from './index';

const wijken = new Set(['WK01', 'WK02']);
const parse = (query: string) => parseAnswers(new URLSearchParams(query), wijken);

describe('answers in the URL', () => {
	it('reads repeated and comma-separated values', () => {
		expect(parse('voor=partner&situatie=dementie,psychisch&hulp=respijtzorg&hulp=educatie&wijk=WK02')).toEqual({
			voor: ['partner'],
			situatie: ['dementie', 'psychisch'],
			hulp: ['respijtzorg', 'educatie'],
			groep: [],
			wijk: 'WK02'
		});
	});

	it('drops unknown values, unknown keys and unknown wijken without an error', () => {
		expect(parse('voor=buurman&hulp=respijtzorg&hulp=<script>&wijk=WK99&foo=bar')).toEqual({
			voor: [],
			situatie: [],
			hulp: ['respijtzorg'],
			groep: [],
			wijk: undefined
		});
	});

	it('ignores very long values and repeated keys beyond reason', () => {
		const many = Array.from({ length: 500 }, () => 'hulp=educatie').join('&');
		expect(parse(`hulp=${'a'.repeat(10_000)}&${many}`).hulp).toEqual(['educatie']);
	});

	it('writes a query that reads back to the same answers', () => {
		const answers = parse('voor=ouder&situatie=ernstig-ziek&groep=werkend&wijk=WK01');
		expect(parse(answersToQuery(answers).slice(1))).toEqual(answers);
		expect(answersToQuery(withoutAnswer(answers, 'wijk'))).toBe('?voor=ouder&situatie=ernstig-ziek&groep=werkend');
	});

	it('gives an empty query for no answers', () => {
		expect(answersToQuery(parse(''))).toBe('');
	});
});

describe('the answers said back in plain words', () => {
	it('says what, for whom and where', () => {
		expect(describeAnswers(parse('voor=partner&situatie=dementie&hulp=respijtzorg&wijk=WK01'), 'De Haven')).toBe(
			'Even tijd voor uzelf, voor uw partner met dementie, in De Haven'
		);
	});

	it('says "Alle hulp" when nothing was chosen', () => {
		expect(describeAnswers(parse(''))).toBe('Alle hulp');
	});

	it('joins several needs with "en"', () => {
		expect(describeAnswers(parse('hulp=educatie&hulp=praktische-hulp&hulp=respijtzorg'))).toBe(
			'Leren hoe u het volhoudt, hulp bij klusjes en vervoer en even tijd voor uzelf'
		);
	});
});
