import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '../paraglide/runtime';
import { checkDataDir } from '../server/data';
import { buildSearchIndex, toSearchDocument, type SearchDocument } from './build';
import { SearchEngine } from './engine';
import { narrowBySearch } from './narrow';

const docs: SearchDocument[] = [
	{
		id: 'cafe-spatie',
		name: 'Alzheimer Café Noord',
		summary: 'Praten over dementie.',
		kind: 'alzheimercafe',
		needs: ['emotionele-steun'],
		conditions: ['dementie']
	},
	{
		id: 'cafe-vast',
		name: 'Alzheimercafé Zuid',
		summary: 'Elke maand een avond.',
		kind: 'alzheimercafe',
		needs: ['emotionele-steun']
	},
	{
		id: 'oppas',
		name: 'Vrijwillige thuisoppas',
		summary: 'Iemand past op, zodat u even weg kunt.',
		kind: 'thuisoppas',
		needs: ['respijtzorg']
	},
	{
		id: 'klussen',
		name: 'Klussendienst',
		summary: 'Kleine klussen in huis.',
		description: 'Een lamp ophangen of de tuin.',
		kind: 'praktische-hulp',
		needs: ['praktische-hulp']
	},
	{
		id: 'geld',
		name: 'Mantelzorgwaardering',
		summary: 'Elk jaar een bedankje van de gemeente.',
		kind: 'regeling',
		needs: ['financiele-hulp']
	}
];
const engine = new SearchEngine(buildSearchIndex(docs));
const ids = (query: string) => engine.search(query).hits.map((h) => h.id);

describe('the search index', () => {
	const index = buildSearchIndex(docs);

	it('holds words, postings and concept bits, no descriptions', () => {
		expect(index.ids).toEqual(docs.map((d) => d.id));
		expect(index.terms).toContain('alzheimercafe');
		expect(index.terms).toEqual([...index.terms].sort());
		expect(JSON.stringify(index)).not.toContain('Een lamp ophangen');
		expect(index.concepts).toHaveLength(docs.length * 5);
	});

	it('codes postings as document delta × 16 + field mask', () => {
		// "alzheimer": name of document 0 only (bit 0).
		expect(index.postings[index.terms.indexOf('alzheimer')]).toEqual([0 * 16 + 1]);
		// "klussen": summary (bit 2) of document 3; "tuin": its description (bit 3).
		expect(index.postings[index.terms.indexOf('klussen')]).toEqual([3 * 16 + 0b0100]);
		expect(index.postings[index.terms.indexOf('tuin')]).toEqual([3 * 16 + 0b1000]);
		// "dementie": the labels (bit 1, the condition) and the summary of document 0 only.
		expect(index.postings[index.terms.indexOf('dementie')]).toEqual([0 * 16 + 0b0110]);
	});

	it('remembers how a word is written, for the reasons', () => {
		expect(index.display.alzheimercafe).toBe('alzheimercafé');
	});
});

describe('searching', () => {
	it('treats "Alzheimer Café", "alzheimer cafe" and "alzheimercafe" alike', () => {
		for (const query of ['Alzheimer Café', 'alzheimer cafe', 'alzheimercafe', 'ALZHEIMER-CAFÉ']) {
			expect(ids(query).slice(0, 2).sort(), query).toEqual(['cafe-spatie', 'cafe-vast']);
		}
	});

	it('forgives a small typo', () => {
		expect(ids('alzhiemer')[0]).toMatch(/^cafe-/);
		expect(ids('klusendienst')[0]).toBe('klussen');
	});

	it('finds by synonym and says why: "even weg" past bij respijtzorg', () => {
		const [first] = engine.search('even weg').hits;
		expect(first?.id).toBe('oppas');
		const [logeren] = engine.search('logeren').hits;
		expect(logeren?.id).toBe('oppas');
		expect(logeren?.reasons).toContain('respijtzorg');
	});

	it('finds an offer by its old name', () => {
		expect(ids('mantelzorgcompliment')[0]).toBe('geld');
	});

	it('finds plurals and compound parts', () => {
		expect(ids('klusjes')[0]).toBe('klussen');
		expect(ids('oppas')[0]).toBe('oppas');
	});

	it('returns nothing for an empty query and names words it does not know', () => {
		expect(engine.search('   ').hits).toEqual([]);
		const result = engine.search('klussen xyzzyq');
		expect(result.hits[0]?.id).toBe('klussen');
		expect(result.unknownWords).toEqual(['xyzzyq']);
	});

	it('searches on stopwords when the query has nothing else', () => {
		expect(engine.search('voor').total).toBeGreaterThanOrEqual(0);
	});

	it('keeps the best few with a limit and still counts them all', () => {
		const all = engine.search('dementie');
		const limited = engine.search('dementie', { limit: 1 });
		expect(limited.hits).toEqual(all.hits.slice(0, 1));
		expect(limited.total).toBe(all.hits.length);
	});
});

describe('a query narrows the answers', () => {
	it('keeps only what the search found, best first, and the old order when scores are close', () => {
		const items = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ listing: { id } }));
		const hit = (id: string, score: number) => ({ id, index: 0, name: id, score, reasons: [] });
		// c and e score within a tenth of the best, a and b too: each pair keeps the order of the answers.
		const hits = [hit('e', 9.8), hit('c', 10), hit('b', 2), hit('a', 2.05)];
		expect(narrowBySearch(items, hits).map((i) => i.listing.id)).toEqual(['c', 'e', 'a', 'b']);
	});
});

describe('on the example data', () => {
	const { result } = checkDataDir('data');
	const example = new SearchEngine(
		buildSearchIndex(result.dataset!.offers.map((f) => toSearchDocument(f.properties)))
	);

	it('puts the Alzheimercafés first for "alzheimer cafe"', () => {
		const top = example
			.search('alzheimer cafe', { limit: 2 })
			.hits.map((h) => h.id)
			.sort();
		expect(top).toEqual(['alzheimercafe-de-haven', 'alzheimercafe-oosterpark']);
	});

	it('says why: "even weg" and respijtzorg for the thuisoppas, the phrase for words', () => {
		const [first] = example.search('even weg').hits;
		expect(first).toMatchObject({
			id: 'vrijwillige-thuisoppas',
			reasons: ['even weg', 'respijtzorg']
		});
		const cafe = example.search('alzheimer').hits.find((h) => h.id === 'alzheimercafe-de-haven');
		expect(cafe?.reasons).toEqual(['alzheimercafé', 'dementie']);
	});

	it('finds an offer by the words of its translations, and keeps showing the name it has', () => {
		const [first] = example.search('appointment at home').hits;
		expect(first).toMatchObject({
			id: 'steunpunt-mantelzorg-voorbeeldstad',
			name: 'Steunpunt Mantelzorg Voorbeeldstad'
		});
		expect(example.search('destek noktasında').hits[0]?.id).toBe(
			'steunpunt-mantelzorg-voorbeeldstad'
		);
	});

	describe('in the language of the page', () => {
		const pageLocale = getLocale;
		afterEach(() => overwriteGetLocale(pageLocale));
		const found = (query: string) =>
			example
				.search(query)
				.hits.map((h) => h.id)
				.sort();

		it("finds with the taxonomy's words in English, Turkish and Arabic what the Dutch word finds", () => {
			const dementie = found('dementie');
			expect(dementie).toEqual(
				expect.arrayContaining(['alzheimercafe-de-haven', 'alzheimercafe-oosterpark'])
			);
			for (const query of ['dementia', 'Demans', 'الخرف', 'خرف'])
				expect(found(query), query).toEqual(dementie);
			expect(found('respite')).toEqual(found('respijtzorg'));
			expect(found('respite').length).toBeGreaterThan(0);
		});

		it('says why in that language', () => {
			overwriteGetLocale(() => 'en');
			const [first] = example.search('respite').hits;
			expect(first?.reasons).toContain('respite care');
		});
	});
});
