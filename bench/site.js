/**
 * The built site in headless Chromium, as a first-time visitor gets it: bytes of the first
 * load, first contentful paint, time until the list shows, layout shift, and on /kaart the
 * time until the map is idle. Fresh browser context per run (empty cache), medians.
 *
 *   node bench/site.js [runs]
 *
 * Figures and budgets are targets, not assertions: a budget that is not met prints
 * "niet gehaald" and the process still exits 0.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.js';
import { serveBuild } from '../scripts/serve.js';

const OFFER_ID = JSON.parse(
	readFileSync(new URL('../data/aanbod.geojson', import.meta.url), 'utf8')
).features[0].properties.id;
const LIST = 'article, [data-offer-id]';
const KINDS = ['html', 'css', 'js', 'other', 'serviceWorker'];

/** The four pages every bench measures; `ready` is what a visitor waits for. */
export const PAGES = [
	{ name: 'start', path: '/', ready: 'h1', beforeMap: true },
	{
		name: 'resultaten',
		path: '/resultaten?voor=partner&situatie=dementie&hulp=respijtzorg',
		ready: LIST,
		beforeMap: true
	},
	{ name: 'kaart', path: '/kaart', ready: LIST },
	{ name: 'aanbod', path: `/aanbod/${OFFER_ID}`, ready: LIST }
];

export const BUDGETS = {
	jsBeforeMapKB: 50,
	/** /kaart shows the SVG plattegrond first; MapLibre comes on the first zoom (bench/zoom.js). */
	kaartFirstLoadKB: 120,
	landingHtmlCssKB: 30,
	cls: 0
};

const LIST_TIMEOUT_MS = 30_000;
/** SwiftShader draws slowly; a map that is not idle by then counts as "niet idle". */
const MAP_TIMEOUT_MS = 60_000;
/** Once a page's map has not become idle, the next runs give it only this long. */
const MAP_RETRY_TIMEOUT_MS = 5_000;
/** Shifts that come late (hydration, fonts, the map's controls) still count. */
const SETTLE_MS = 1_000;

export const kb = (bytes) => bytes / 1024;
export const median = (values) => {
	const present = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
	if (!present.length) return null;
	const middle = Math.floor(present.length / 2);
	return present.length % 2 ? present[middle] : (present[middle - 1] + present[middle]) / 2;
};

/**
 * Runs in the page before any of its scripts: records paint and layout-shift entries, and
 * the first animation frame in which each watched selector is visible.
 */
function observe(targets) {
	const bench = { fcp: null, shifts: [], seen: {}, csp: [] };
	window.__bench = bench;
	// Blocked even when the page catches the error: Lighthouse counts these against best practices.
	document.addEventListener('securitypolicyviolation', (event) => {
		bench.csp.push(
			`${event.violatedDirective} ${event.blockedURI} (${event.sourceFile.replace(location.origin, '')})`
		);
	});
	const describe = (node) => {
		if (!(node instanceof Element)) return node ? node.nodeName : 'onbekend';
		const id = node.id ? `#${node.id}` : '';
		const classes = node.classList.length ? `.${[...node.classList].slice(0, 2).join('.')}` : '';
		return `${node.localName}${id}${classes}`;
	};
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries())
			if (entry.name === 'first-contentful-paint') bench.fcp = entry.startTime;
	}).observe({ type: 'paint', buffered: true });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			if (entry.hadRecentInput) continue;
			bench.shifts.push({
				value: entry.value,
				at: Math.round(entry.startTime),
				sources: (entry.sources ?? []).map((source) => describe(source.node))
			});
		}
	}).observe({ type: 'layout-shift', buffered: true });
	const visible = (element) => {
		if (!element || !element.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
			return false;
		const box = element.getBoundingClientRect();
		return box.width > 0 && box.height > 0;
	};
	const started = performance.now();
	const watch = () => {
		for (const [name, selector] of Object.entries(targets)) {
			if (name in bench.seen) continue;
			if ([...document.querySelectorAll(selector)].some(visible))
				bench.seen[name] = performance.now();
		}
		bench.hasMap = !!document.querySelector('[data-map-state]');
		if (
			Object.keys(bench.seen).length < Object.keys(targets).length &&
			performance.now() - started < 120_000
		) {
			requestAnimationFrame(watch);
		}
	};
	requestAnimationFrame(watch);
}

function kindOf(contentType, url, request) {
	// The service worker fills its cache after the page has loaded: bytes, but not the page's.
	if (request.serviceWorker() || /\/service-worker\.js(\?|$)/.test(url)) return 'serviceWorker';
	if (/javascript|ecmascript/.test(contentType) || /\.m?js(\?|$)/.test(url)) return 'js';
	if (/text\/css/.test(contentType) || /\.css(\?|$)/.test(url)) return 'css';
	if (/text\/html/.test(contentType)) return 'html';
	return 'other';
}

async function measureOnce(browser, baseUrl, page, mapTimeout) {
	const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
	try {
		await context.addInitScript(observe, { list: page.ready, map: '[data-map-state="idle"]' });
		const responses = [];
		context.on('response', (response) => {
			const url = response.url();
			if (/^(data|blob):/.test(url) || response.status() >= 300) return;
			responses.push(
				response.body().then(
					(body) => {
						const kind = kindOf(response.headers()['content-type'] ?? '', url, response.request());
						return {
							url: url.replace(baseUrl, ''),
							kind,
							bytes: body.length,
							gzip: gzipSync(body).length,
							maplibre: /maplibre/i.test(url) || (kind === 'js' && body.includes('maplibre'))
						};
					},
					() => null
				)
			);
		});
		const tab = await context.newPage();
		const errors = [];
		tab.on('pageerror', (error) => errors.push(`paginafout: ${error.message}`));
		tab.on('console', (message) => {
			if (message.type() === 'error') errors.push(`console: ${message.text()}`);
		});
		await tab.goto(baseUrl + page.path, { waitUntil: 'load' });
		await tab.waitForFunction(() => window.__bench.seen.list !== undefined, null, {
			timeout: LIST_TIMEOUT_MS
		});
		const hasMap = await tab.evaluate(
			() => window.__bench.hasMap || !!document.querySelector('[data-map-state]')
		);
		let mapTimedOut = false;
		if (hasMap) {
			// A map that failed says so (data-map-state="error"); waiting longer would not help.
			await tab
				.waitForFunction(
					() =>
						window.__bench.seen.map !== undefined ||
						!!document.querySelector('[data-map-state="error"]'),
					null,
					{
						timeout: mapTimeout,
						polling: 100
					}
				)
				.catch(() => {});
			mapTimedOut = await tab.evaluate(() => window.__bench.seen.map === undefined);
		}
		await tab.waitForLoadState('networkidle').catch(() => {});
		await tab.waitForTimeout(SETTLE_MS);
		const bench = await tab.evaluate(() => window.__bench);
		const files = (await Promise.all(responses)).filter(Boolean);
		const sum = (list, field = 'gzip') => list.reduce((total, file) => total + file[field], 0);
		const byKind = (kind) => files.filter((file) => file.kind === kind);
		return {
			fcp: bench.fcp,
			// Detected in the frame before it is painted; nothing is seen before the first paint.
			listVisible: bench.seen.list === undefined ? null : Math.max(bench.seen.list, bench.fcp ?? 0),
			mapIdle: hasMap ? (mapTimedOut ? null : bench.seen.map) : undefined,
			hasMap,
			mapTimedOut,
			cls: bench.shifts.reduce((total, shift) => total + shift.value, 0),
			shifts: bench.shifts,
			gzip: Object.fromEntries(KINDS.map((kind) => [kind, sum(byKind(kind))])),
			bytes: Object.fromEntries(KINDS.map((kind) => [kind, sum(byKind(kind), 'bytes')])),
			jsBeforeMap: sum(byKind('js').filter((file) => !file.maplibre)),
			files,
			errors: [...errors, ...bench.csp.map((violation) => `CSP: ${violation}`)]
		};
	} finally {
		await context.close();
	}
}

function summarise(page, runs) {
	const pick = (read) => median(runs.map(read));
	const last = runs[runs.length - 1];
	const shiftSources = [
		...new Set(runs.flatMap((run) => run.shifts.flatMap((shift) => shift.sources)))
	];
	return {
		path: page.path,
		runs: runs.length,
		gzip: Object.fromEntries(KINDS.map((kind) => [kind, pick((r) => r.gzip[kind])])),
		bytes: Object.fromEntries(KINDS.map((kind) => [kind, pick((r) => r.bytes[kind])])),
		jsBeforeMap: pick((r) => r.jsBeforeMap),
		fcpMs: pick((r) => r.fcp),
		listVisibleMs: pick((r) => r.listVisible),
		mapIdleMs: last.hasMap ? pick((r) => r.mapIdle) : 'n.v.t.',
		mapTimeouts: runs.filter((r) => r.mapTimedOut).length,
		cls: pick((r) => r.cls),
		clsWorst: Math.max(...runs.map((r) => r.cls)),
		shiftSources,
		errors: [...new Set(runs.flatMap((r) => r.errors))],
		files: last.files.map(({ url, kind, bytes, gzip, maplibre }) => ({
			url,
			kind,
			bytes,
			gzip,
			maplibre
		}))
	};
}

function budgetsFor(pages) {
	const beforeMap = PAGES.filter((p) => p.beforeMap).map((p) => ({
		name: p.name,
		value: pages[p.name].jsBeforeMap
	}));
	const worstJs = beforeMap.reduce((worst, entry) => (entry.value > worst.value ? entry : worst));
	const landing = pages.start.gzip.html + pages.start.gzip.css;
	const kaart = ['html', 'css', 'js', 'other'].reduce(
		(sum, kind) => sum + pages.kaart.gzip[kind],
		0
	);
	const worstCls = PAGES.map((p) => ({ name: p.name, value: pages[p.name].cls })).reduce(
		(worst, entry) => (entry.value > worst.value ? entry : worst)
	);
	return [
		{
			budget: `JS vóór de kaart ≤ ${BUDGETS.jsBeforeMapKB} KB gzip`,
			actual: `${kb(worstJs.value).toFixed(1)} KB (${worstJs.name})`,
			met: kb(worstJs.value) <= BUDGETS.jsBeforeMapKB
		},
		{
			budget: `/kaart eerste keer laden ≤ ${BUDGETS.kaartFirstLoadKB} KB gzip (zonder service worker)`,
			actual: `${kb(kaart).toFixed(1)} KB`,
			met: kb(kaart) <= BUDGETS.kaartFirstLoadKB
		},
		{
			budget: `Startpagina HTML+CSS ≤ ${BUDGETS.landingHtmlCssKB} KB gzip`,
			actual: `${kb(landing).toFixed(1)} KB`,
			met: kb(landing) <= BUDGETS.landingHtmlCssKB
		},
		{
			budget: `CLS ${BUDGETS.cls} op elke pagina (mediaan)`,
			actual: `${worstCls.value.toFixed(3)} (hoogste: ${worstCls.name})`,
			met: worstCls.value <= BUDGETS.cls
		}
	];
}

const ms = (value) => (typeof value === 'number' ? String(Math.round(value)) : (value ?? '—'));
const kbCell = (bytes) => kb(bytes).toFixed(1);

function printTable(result) {
	const header = [
		'pagina',
		'HTML',
		'CSS',
		'JS',
		'overig',
		'SW',
		'FCP ms',
		'lijst ms',
		'CLS',
		'kaart idle ms'
	];
	const rows = PAGES.map((page) => {
		const r = result.pages[page.name];
		return [
			page.path,
			kbCell(r.gzip.html),
			kbCell(r.gzip.css),
			kbCell(r.gzip.js),
			kbCell(r.gzip.other),
			kbCell(r.gzip.serviceWorker),
			ms(r.fcpMs),
			ms(r.listVisibleMs),
			r.cls.toFixed(3),
			r.mapTimeouts ? `${ms(r.mapIdleMs)} (${r.mapTimeouts}× niet idle)` : ms(r.mapIdleMs)
		];
	});
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
	const line = (cells) =>
		cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ');
	console.log(
		`\nSite: eerste bezoek in headless Chromium ${result.browser}, ${result.runs} runs per pagina, mediaan`
	);
	console.log(
		'Bytes: KB (1024 B) gzip -6, door de bench berekend met zlib (de statische server comprimeert niet).'
	);
	console.log(
		'SW: het script van de service worker en wat die tijdens de meting ophaalt (telt niet mee bij de pagina).'
	);
	console.log(
		'Geen netwerk- of CPU-vertraging; venster 1280×720. Tijden in ms vanaf het begin van de navigatie.\n'
	);
	console.log(line(header));
	console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
	for (const row of rows) console.log(line(row));

	console.log(
		'\nJS vóór de kaart per pagina (gzip; bestanden met "maplibre" in URL of inhoud tellen niet mee):'
	);
	for (const page of PAGES) {
		const r = result.pages[page.name];
		const js = r.files.filter((f) => f.kind === 'js').sort((a, b) => b.gzip - a.gzip);
		const counted = js.filter((f) => !f.maplibre);
		const budget = page.beforeMap ? ` (budget ${BUDGETS.jsBeforeMapKB} KB)` : '';
		console.log(
			`  ${page.path}: ${kbCell(r.jsBeforeMap)} KB in ${counted.length} bestanden${budget}:`
		);
		for (const file of counted) console.log(`    ${kbCell(file.gzip).padStart(6)} KB  ${file.url}`);
		for (const file of js.filter((f) => f.maplibre))
			console.log(`    (niet meegeteld, maplibre: ${kbCell(file.gzip)} KB ${file.url})`);
	}
	const shifting = PAGES.filter((p) => result.pages[p.name].shiftSources.length);
	if (shifting.length) {
		console.log('\nVerschuivingen (layout-shift zonder invoer), elementen die verschoven:');
		for (const page of shifting)
			console.log(`  ${page.path}: ${result.pages[page.name].shiftSources.join(', ')}`);
	}
	const erring = PAGES.filter((p) => result.pages[p.name].errors.length);
	for (const page of erring)
		console.log(
			`\nFouten en CSP-schendingen op ${page.path}:\n  ${result.pages[page.name].errors.join('\n  ')}`
		);

	console.log('\nBudgetten (doelen, geen asserties):');
	for (const b of result.budgets)
		console.log(`  ${b.met ? 'gehaald     ' : 'niet gehaald'}  ${b.budget}: ${b.actual}`);
}

/** Measures every page `runs` times against a fresh server on the build; returns the summary. */
export async function measureSite({ runs = 5, dir = 'build' } = {}) {
	const executablePath = findChrome();
	const { server, url } = await serveBuild({ dir });
	const browser = await chromium.launch({ executablePath, args: CHROME_ARGS });
	try {
		const pages = {};
		for (const page of PAGES) {
			const measured = [];
			for (let run = 0; run < runs; run++) {
				const mapTimeout = measured.some((m) => m.mapTimedOut)
					? MAP_RETRY_TIMEOUT_MS
					: MAP_TIMEOUT_MS;
				measured.push(await measureOnce(browser, url, page, mapTimeout));
			}
			pages[page.name] = summarise(page, measured);
		}
		return {
			browser: browser.version(),
			runs,
			viewport: '1280x720',
			gzip: 'zlib gzip level 6, berekend door de bench',
			pages,
			budgets: budgetsFor(pages)
		};
	} finally {
		await browser.close();
		server.close();
	}
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	const result = await measureSite({
		runs: Number(process.argv[2] ?? 5),
		dir: process.env.BENCH_BUILD_DIR ?? 'build'
	});
	printTable(result);
	if (process.env.BENCH_RESULT_FILE)
		writeFileSync(process.env.BENCH_RESULT_FILE, JSON.stringify(result, null, '\t'));
}
