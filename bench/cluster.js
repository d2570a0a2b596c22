/**
 * Clustering on a large data set: 50,000 synthetic places inside the gemeente's bounding
 * box, through the same PlaceIndex the map uses. Prints medians of several runs.
 *
 *   node bench/cluster.js [points]
 *
 * Figures, not assertions: the tests stay fast and the machine's noise stays out of them.
 * Under `npm run bench` the figures also go to BENCH_RESULT_FILE as JSON, with the budget
 * from docs/STACK: a viewport query well under a frame (1 ms), so moving the map never waits.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { register } from 'tsx/esm/api';

register();
const { PlaceIndex, groupByPlace } = await import('../src/lib/map/index.ts');

const POINTS = Number(process.argv[2] ?? 50_000);
const BUILD_RUNS = 7;
const QUERY_RUNS = 201;
/** A laptop-sized map: 1024 × 768 CSS pixels. */
const VIEWPORT = [1024, 768];
const NEEDS = [
	'informatie-advies',
	'begeleiding',
	'emotionele-steun',
	'educatie',
	'praktische-hulp',
	'respijtzorg',
	'financiele-hulp',
	'materiele-hulp'
];

const areas = JSON.parse(
	readFileSync(new URL('../data/gebieden.geojson', import.meta.url), 'utf8')
);
const gemeente = areas.features.find((f) => f.properties.type === 'gemeente');
const ring =
	gemeente.geometry.type === 'Polygon'
		? gemeente.geometry.coordinates[0]
		: gemeente.geometry.coordinates.flat(1)[0];
const [west, south, east, north] = ring.reduce(
	([w, s, e, n], [lon, lat]) => [
		Math.min(w, lon),
		Math.min(s, lat),
		Math.max(e, lon),
		Math.max(n, lat)
	],
	[Infinity, Infinity, -Infinity, -Infinity]
);

// A fixed seed: every run measures the same points.
let seed = 42;
const random = () => (seed = (seed * 1_664_525 + 1_013_904_223) % 2 ** 32) / 2 ** 32;

const listings = Array.from({ length: POINTS }, (_, i) => ({
	id: `aanbod-${i}`,
	name: `Aanbod ${i}`,
	needs: [NEEDS[i % NEEDS.length]],
	address: undefined,
	coordinates: [west + random() * (east - west), south + random() * (north - south)]
}));

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
};
function time(runs, task) {
	const times = [];
	let result;
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		result = task();
		times.push(performance.now() - start);
	}
	return { ms: median(times), result };
}

/** The box a viewport of VIEWPORT pixels shows at `zoom` around the centre (512 px Web Mercator tiles, as MapLibre). */
function viewport(zoom) {
	const [lon, lat] = [(west + east) / 2, (south + north) / 2];
	const worldPx = 512 * 2 ** zoom;
	const x = ((lon + 180) / 360) * worldPx;
	const y = ((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * worldPx;
	const toLon = (px) => (px / worldPx) * 360 - 180;
	const toLat = (py) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * py) / worldPx))) * 180) / Math.PI;
	const [w, h] = VIEWPORT;
	return [toLon(x - w / 2), toLat(y + h / 2), toLon(x + w / 2), toLat(y - h / 2)];
}

const grouped = time(BUILD_RUNS, () => groupByPlace(listings));
const places = grouped.result;
const built = time(BUILD_RUNS, () => new PlaceIndex(places));
const index = built.result;

const QUERY_BUDGET_MS = 1;
const queries = [];
const rows = [
	['groupByPlace (adressen samenvoegen)', grouped.ms, `${places.length} plekken`],
	['PlaceIndex bouwen (supercluster load)', built.ms, `${places.length} plekken`]
];
for (const zoom of [12, 15]) {
	const box = viewport(zoom);
	const query = time(QUERY_RUNS, () => index.query(box, zoom));
	queries.push({ zoom, ms: query.ms });
	const clusters = query.result.filter((item) => item.type === 'cluster').length;
	rows.push([
		`query, beeld ${VIEWPORT.join('×')} op zoom ${zoom}`,
		query.ms,
		`${clusters} groepen, ${query.result.length - clusters} plekken`
	]);
}

console.log(
	`\nClustering: ${POINTS} punten in de bbox van ${gemeente.properties.name} (${[west, south, east, north].map((v) => v.toFixed(3)).join(', ')})`
);
console.log(
	`mediaan van ${BUILD_RUNS} runs (bouwen) en ${QUERY_RUNS} runs (query), Node ${process.versions.node}\n`
);
const width = Math.max(...rows.map((r) => r[0].length));
console.log(`${'stap'.padEnd(width)} | ${'ms'.padStart(8)} | resultaat`);
console.log(`${'-'.repeat(width)}-|-${'-'.repeat(8)}-|-${'-'.repeat(28)}`);
for (const [step, ms, note] of rows)
	console.log(`${step.padEnd(width)} | ${ms.toFixed(2).padStart(8)} | ${note}`);

if (process.env.BENCH_RESULT_FILE) {
	const worst = Math.max(...queries.map((q) => q.ms));
	const result = {
		points: POINTS,
		places: places.length,
		medians: Object.fromEntries(
			rows.map(([step, ms, note]) => [step, { ms: Math.round(ms * 1000) / 1000, note }])
		),
		budgets: [
			{
				budget: `PlaceIndex.query voor één beeld (zoom 12 en 15) ≤ ${QUERY_BUDGET_MS} ms`,
				actual: `${worst.toFixed(2)} ms`,
				met: worst <= QUERY_BUDGET_MS
			}
		]
	};
	writeFileSync(process.env.BENCH_RESULT_FILE, JSON.stringify(result, null, '\t'));
}
