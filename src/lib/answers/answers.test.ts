import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '../paraglide/runtime';
import {
	answerLabels,
	answersToQuery,
	describeAnswers,
	loosenHint,
	parseAnswers,
	withoutAnswer
} from './index';

const wijken = new Set(['WK01', 'WK02']);
const parse = (query: string) => parseAnswers(new URLSearchParams(query), wijken);

describe('answers in the URL', () => {
	it('reads repeated and comma-separated values', () => {
		expect(
			parse('voor=partner&situatie=dementie,psychisch&hulp=respijtzorg&hulp=educatie&wijk=WK02')
		).toEqual({
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
		expect(answersToQuery(withoutAnswer(answers, 'wijk'))).toBe(
			'?voor=ouder&situatie=ernstig-ziek&groep=werkend'
		);
	});

	it('gives an empty query for no answers', () => {
		expect(answersToQuery(parse(''))).toBe('');
	});
});

describe('the answers said back in plain words', () => {
	it('says what, for whom and where', () => {
		expect(
			describeAnswers(
				parse('voor=partner&situatie=dementie&hulp=respijtzorg&wijk=WK01'),
				'De Haven'
			)
		).toBe('Even tijd voor uzelf, voor uw partner met dementie, in De Haven');
	});

	it('says "Alle hulp" when nothing was chosen', () => {
		expect(describeAnswers(parse(''))).toBe('Alle hulp');
	});

	describe('in another language', () => {
		const pageLocale = getLocale;
		afterEach(() => overwriteGetLocale(pageLocale));

		it('uses its words, and in Arabic its comma', () => {
			overwriteGetLocale(() => 'en');
			expect(describeAnswers(parse('voor=partner&situatie=dementie&hulp=respijtzorg'))).toBe(
				'Some time for yourself, for your partner with dementia'
			);
			overwriteGetLocale(() => 'ar');
			const arabic = describeAnswers(parse('voor=partner&hulp=respijtzorg&hulp=educatie'));
			expect(arabic).toContain('، ');
			expect(arabic).not.toContain(', ');
		});
	});

	it('joins several needs with "en"', () => {
		expect(describeAnswers(parse('hulp=educatie&hulp=praktische-hulp&hulp=respijtzorg'))).toBe(
			'Leren hoe u het volhoudt, hulp bij klusjes en vervoer en even tijd voor uzelf'
		);
	});
});

describe('search and distance in the URL', () => {
	it('reads q, pc and km next to the answers', () => {
		expect(parse('hulp=respijtzorg&q=%20alzheimer%20%20cafe%20&pc=9992%20ba&km=5')).toEqual({
			voor: [],
			situatie: [],
			hulp: ['respijtzorg'],
			groep: [],
			wijk: undefined,
			q: 'alzheimer cafe',
			pc: '9992BA',
			km: 5
		});
	});

	it('accepts a postcode as 1234AB, 1234 ab or 1234 and drops anything else', () => {
		expect(parse('pc=9992AB').pc).toBe('9992AB');
		expect(parse('pc=9992+ab').pc).toBe('9992AB');
		expect(parse('pc=9992').pc).toBe('9992');
		expect(parse('pc=0992AB').pc).toBeUndefined();
		expect(parse('pc=99921').pc).toBeUndefined();
		expect(parse('pc=<script>').pc).toBeUndefined();
	});

	it('only knows 2, 5 and 10 km', () => {
		expect(parse('km=10').km).toBe(10);
		expect(parse('km=3').km).toBeUndefined();
		expect(parse('km=5km').km).toBeUndefined();
	});

	it('cuts a long query at 100 characters and treats an empty one as none', () => {
		expect(parse(`q=${'a'.repeat(500)}`).q).toHaveLength(100);
		expect(parse('q=%20%20').q).toBeUndefined();
		expect('q' in parse('q=')).toBe(false);
	});

	it('writes q, pc and km after the answers, and removes them one by one', () => {
		const answers = parse('q=even+weg&voor=ouder&km=2&pc=9991AA');
		const query = answersToQuery(answers);
		expect(query).toBe('?voor=ouder&q=even+weg&pc=9991AA&km=2');
		expect(parse(query.slice(1))).toEqual(answers);
		expect(answersToQuery(withoutAnswer(answers, 'q'))).toBe('?voor=ouder&pc=9991AA&km=2');
		expect(answersToQuery(withoutAnswer(answers, 'pc'))).toBe('?voor=ouder&q=even+weg&km=2');
	});
});

describe('the answers as the results page lists them', () => {
	it('names each chosen answer in question order, with its values in words', () => {
		const answers = parse('hulp=respijtzorg&voor=partner&situatie=dementie,psychisch&wijk=WK02');
		expect(answerLabels(answers, { name: 'De Haven', kind: 'wijk' })).toEqual([
			{ key: 'voor', label: 'Voor wie', values: ['Mijn partner'] },
			{
				key: 'situatie',
				label: 'Wat speelt er',
				values: ['Dementie of vergeetachtigheid', expect.any(String)]
			},
			{ key: 'hulp', label: 'Waarmee', values: ['Respijtzorg'] },
			{ key: 'wijk', label: 'Wijk', values: ['De Haven'] }
		]);
	});

	it('calls a gemeente a gemeente, in the label and in "Kijk niet naar …"', () => {
		const labels = answerLabels(parse('wijk=WK01'), { name: 'Beekum', kind: 'gemeente' });
		expect(labels).toEqual([{ key: 'wijk', label: 'Gemeente', values: ['Beekum'] }]);
		expect(loosenHint('wijk', 'gemeente')).toBe('de gemeente');
		expect(loosenHint('wijk')).toBe('de wijk');
		expect(loosenHint('hulp')).toBe('waarmee u hulp wilt');
	});

	it('leaves out what was not answered', () => {
		expect(answerLabels(parse(''))).toEqual([]);
	});
});
