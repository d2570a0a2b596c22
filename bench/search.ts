/**
 * Query time and index size of the free-text search: `npx tsx bench/search.ts`, or as
 * part of `npm run bench` (scripts/bench.js), which also stores the figures.
 *
 * Runs the queries of the relevance set (tests/relevance/queries.ts) against the example
 * data and against 5,000 and 50,000 synthetic offers made from it: the same texts with
 * made-up names of places and organisations, so the vocabulary grows the way a big data
 * set's does. Prints the median and 95th percentile per query, the first query (index
 * loaded, nothing cached yet) and the size of /zoekindex.json, raw and gzipped.
 *
 * Target: median ≤ 16 ms at 50,000 offers on a 2-core machine.
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import {
	buildSearchIndex,
	createSearchEngine,
	toSearchDocument,
	type SearchDocument
} from '../src/lib/search';
import { checkDataDir } from '../src/lib/server/data';
import { RELEVANCE_CASES } from '../tests/relevance/queries';

const SIZES = [0, 5_000, 50_000];
const BUDGET_MS = 16;
const ROUNDS = 3;

/** mulberry32: a small seeded generator in 32-bit integer steps, so every run measures the same data. */
function random(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

const SYLLABLES = [
	'berk',
	'linde',
	'hof',
	'laan',
	'veld',
	'dijk',
	'hove',
	'wijk',
	'brink',
	'kamp',
	'meer',
	'horst',
	'beek',
	'zand',
	'eik',
	'wold',
	'hage',
	'rode',
	'stein',
	'burg',
	'mark',
	'ven',
	'loo',
	'donk',
	'kerk',
	'plein',
	'akker',
	'weide'
];

function placeNames(count: number, next: () => number): string[] {
	const names = new Set<string>();
	while (names.size < count) {
		const parts = 2 + Math.floor(next() * 2);
		const name = Array.from(
			{ length: parts },
			() => SYLLABLES[Math.floor(next() * SYLLABLES.length)]
		).join('');
		names.add(name[0]!.toUpperCase() + name.slice(1));
	}
	return [...names];
}

function synthetic(base: readonly SearchDocument[], count: number): SearchDocument[] {
	const next = random(count);
	const places = placeNames(Math.min(8_000, Math.ceil(count / 4)), next);
	const pick = () => places[Math.floor(next() * places.length)]!;
	return Array.from({ length: count }, (_, i) => {
		const source = base[i % base.length]!;
		const place = pick();
		return {
			...source,
			id: `${source.id}-${i}`,
			name: `${source.name} ${place}`,
			description: `${source.description ?? ''} In ${place}, vlakbij ${pick()}.`,
			organization: `Stichting ${pick()}`
		};
	});
}

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!;
}

const { result } = checkDataDir('data');
if (!result.dataset) throw new Error('data/ klopt niet; voer npm run data:check uit');
const example = result.dataset.offers.map((f) => toSearchDocument(f.properties));
const queries = RELEVANCE_CASES.map((c) => c.query);

const rows: string[][] = [];
const measured: {
	offers: number;
	words: number;
	indexBytes: number;
	gzipBytes: number;
	medianMs: number;
	p95Ms: number;
	medianAllMs: number;
	p95AllMs: number;
}[] = [];
for (const size of SIZES) {
	console.error(`… ${size || 'voorbeeld'}`);
	const docs = size ? synthetic(example, size) : example;
	let start = performance.now();
	const data = buildSearchIndex(docs);
	const buildMs = performance.now() - start;
	const json = JSON.stringify(data);

	start = performance.now();
	const engine = await createSearchEngine(JSON.parse(json));
	const loadMs = performance.now() - start;

	start = performance.now();
	engine.search(queries[0]!);
	const firstMs = performance.now() - start;

	for (const query of queries) engine.search(query);
	const times: number[] = [];
	const fullTimes: number[] = [];
	for (let round = 0; round < ROUNDS; round++) {
		for (const query of queries) {
			start = performance.now();
			engine.search(query, { limit: 10 });
			times.push(performance.now() - start);
			start = performance.now();
			engine.search(query);
			fullTimes.push(performance.now() - start);
		}
	}
	times.sort((a, b) => a - b);
	fullTimes.sort((a, b) => a - b);
	const gzipBytes = gzipSync(json).length;
	measured.push({
		offers: docs.length,
		words: data.terms.length,
		indexBytes: json.length,
		gzipBytes,
		medianMs: percentile(times, 0.5),
		p95Ms: percentile(times, 0.95),
		medianAllMs: percentile(fullTimes, 0.5),
		p95AllMs: percentile(fullTimes, 0.95)
	});
	rows.push([
		docs.length.toLocaleString('en'),
		data.terms.length.toLocaleString('en'),
		`${(json.length / 1024).toFixed(0)} KB`,
		`${(gzipBytes / 1024).toFixed(0)} KB`,
		`${buildMs.toFixed(0)} ms`,
		`${loadMs.toFixed(0)} ms`,
		`${firstMs.toFixed(1)} ms`,
		`${percentile(times, 0.5).toFixed(2)} ms`,
		`${percentile(times, 0.95).toFixed(2)} ms`,
		`${percentile(fullTimes, 0.5).toFixed(2)} ms`,
		`${percentile(fullTimes, 0.95).toFixed(2)} ms`
	]);
}

const header = [
	'offers',
	'words',
	'index',
	'gzip',
	'build',
	'load',
	'first query',
	'median top 10',
	'p95 top 10',
	'median all hits',
	'p95 all hits'
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i]!)).join(' | ')} |`;
console.log(`Search: ${queries.length} queries × ${ROUNDS} rounds, Node ${process.version}`);
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));

const largest = measured.at(-1)!;
if (process.env.BENCH_RESULT_FILE) {
	const budget = {
		budget: `zoeken: mediaan bij ${largest.offers.toLocaleString('nl-NL')} aanbod ≤ ${BUDGET_MS} ms`,
		actual: `${largest.medianMs.toFixed(2)} ms (p95 ${largest.p95Ms.toFixed(2)} ms)`,
		met: largest.medianMs <= BUDGET_MS
	};
	writeFileSync(
		process.env.BENCH_RESULT_FILE,
		JSON.stringify({ queries: queries.length, rounds: ROUNDS, sizes: measured, budgets: [budget] })
	);
}
