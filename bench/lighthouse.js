/**
 * Lighthouse (mobile form factor, its default simulated throttling) over the same four
 * pages as bench/site.js: performance, accessibility, best practices and SEO. Each page
 * runs `runs` times (default 3); the run with the median performance score is reported,
 * with every run's score beside it, because scores move several points between runs.
 *
 *   node bench/lighthouse.js [runs]
 *
 * When Lighthouse or Chromium cannot run on this machine it says why and exits 0, so the
 * rest of the bench still runs. Targets are targets, not assertions.
 */
import { writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.js';
import { serveBuild } from '../scripts/serve.js';
import { PAGES } from './site.js';

export const TARGETS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
/** Total blocking time and layout shift of the median run (issue 20's budgets). */
export const METRIC_TARGETS = { tbtMs: 50, cls: 0 };
const CATEGORIES = Object.keys(TARGETS);
const METRICS = {
	'first-contentful-paint': 'FCP',
	'largest-contentful-paint': 'LCP',
	'total-blocking-time': 'TBT',
	'cumulative-layout-shift': 'CLS',
	'speed-index': 'SI'
};
/**
 * chrome-launcher starts Chromium itself, so it does not get Playwright's defaults:
 * without --enable-unsafe-swiftshader a page with a map has no WebGL here.
 */
const FLAGS = [
	...CHROME_ARGS,
	'--headless=new',
	'--enable-unsafe-swiftshader',
	'--disable-dev-shm-usage'
];

/**
 * Puts what a static host does in front of scripts/serve.js (which does neither): gzip for
 * text and a year's cache for SvelteKit's hashed files. Without it Lighthouse's simulated
 * slow network moves every byte uncompressed and the scores measure the test server.
 */
async function likeAHost(origin) {
	const server = createServer((req, res) => {
		// A fresh connection per request: a reused keep-alive socket the test server has just closed fails the page.
		const upstream = request(origin + req.url, { method: req.method, agent: false }, (response) => {
			const chunks = [];
			response.on('data', (chunk) => chunks.push(chunk));
			response.on('end', () => {
				const body = Buffer.concat(chunks);
				const type = response.headers['content-type'] ?? '';
				const headers = { ...response.headers };
				delete headers['content-length'];
				delete headers.connection;
				delete headers['keep-alive'];
				if (req.url.startsWith('/_app/immutable/'))
					headers['cache-control'] = 'public, max-age=31536000, immutable';
				const compress =
					/gzip/.test(req.headers['accept-encoding'] ?? '') &&
					/text|javascript|json|svg|xml/.test(type) &&
					body.length > 1024;
				const sent = compress ? gzipSync(body) : body;
				if (compress)
					Object.assign(headers, { 'content-encoding': 'gzip', vary: 'accept-encoding' });
				res.writeHead(response.statusCode ?? 502, { ...headers, 'content-length': sent.length });
				res.end(req.method === 'HEAD' ? undefined : sent);
			});
		});
		upstream.on('error', (error) =>
			res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error))
		);
		upstream.end();
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { server, url: `http://127.0.0.1:${server.address().port}` };
}

/** What an audit found, one line each: the element, the URL or the message behind a lost point. */
function findings(audit) {
	const line = (item) => {
		if (item.node) return `${item.node.selector ?? ''} ${item.node.snippet ?? ''}`.trim();
		const where = item.url ?? item.sourceLocation?.url ?? item.source ?? '';
		return [item.issueType, item.description, where]
			.filter(Boolean)
			.join(' · ')
			.replace(/\s+/g, ' ');
	};
	// The dependency tree's items are paragraphs of advice, not findings.
	if (audit.id === 'network-dependency-tree-insight') return [];
	return [...new Set((audit.details?.items ?? []).map(line).filter(Boolean))].map((text) =>
		text.length > 160 ? `${text.slice(0, 157)}…` : text
	);
}

/**
 * The audits that cost points in a category: weighted ones by points lost, then (for
 * performance, where only the metrics are weighted) the diagnostics Lighthouse flags.
 */
function shortfalls(lhr, categoryId) {
	const refs = lhr.categories[categoryId].auditRefs;
	const failing = (ref) => {
		const audit = lhr.audits[ref.id];
		return (
			audit &&
			audit.score !== null &&
			audit.score < 1 &&
			!['informative', 'notApplicable', 'manual'].includes(audit.scoreDisplayMode)
		);
	};
	const describe = (ref) => {
		const audit = lhr.audits[ref.id];
		return {
			id: audit.id,
			title: audit.title,
			score: audit.score,
			weight: ref.weight,
			value: audit.displayValue ?? '',
			findings: findings(audit).slice(0, 5)
		};
	};
	const weighted = refs
		.filter((ref) => ref.weight > 0 && failing(ref))
		.sort(
			(a, b) => b.weight * (1 - lhr.audits[b.id].score) - a.weight * (1 - lhr.audits[a.id].score)
		)
		.map(describe);
	const diagnostics =
		categoryId === 'performance'
			? refs
					.filter((ref) => ref.weight === 0 && failing(ref))
					.map(describe)
					.slice(0, 5)
			: [];
	return [...weighted, ...diagnostics];
}

/**
 * The longest main-thread tasks of a run and the script each belongs to: what the blocking
 * time is made of (Lighthouse's simulated durations, CPU ×4).
 */
function longTasks(lhr) {
	const origin = new URL(lhr.finalDisplayedUrl).origin;
	return (lhr.audits['long-tasks']?.details?.items ?? []).slice(0, 6).map((task) => ({
		ms: Math.round(task.duration),
		at: Math.round(task.startTime),
		source: (task.url ?? 'onbekend').replace(origin, '')
	}));
}

function summarise(lhr) {
	const scores = Object.fromEntries(
		CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])
	);
	const metrics = Object.fromEntries(
		Object.entries(METRICS).map(([id, label]) => [label, lhr.audits[id]?.displayValue ?? '—'])
	);
	const missed = Object.fromEntries(
		CATEGORIES.filter((id) => scores[id] < TARGETS[id]).map((id) => [
			id,
			shortfalls(lhr, id).slice(0, 10)
		])
	);
	return {
		scores,
		metrics,
		tbtMs: lhr.audits['total-blocking-time']?.numericValue,
		cls: lhr.audits['cumulative-layout-shift']?.numericValue,
		missed,
		longTasks: longTasks(lhr),
		runtimeError: lhr.runtimeError?.message,
		warnings: lhr.runWarnings
	};
}

function printTable(result) {
	console.log(
		`\nLighthouse ${result.version}: mobiel (standaard, gesimuleerde 4× CPU- en netwerkvertraging), mediaan van ${result.runsPerPage ?? 1} runs per pagina`
	);
	console.log(
		'Geserveerd zoals een statische host: gzip, en een jaar cache voor /_app/immutable/.'
	);
	if (result.skipped) {
		console.log(`Overgeslagen: ${result.skipped}`);
		return;
	}
	const header = [
		'pagina',
		'perf',
		'perf per run',
		'a11y',
		'best',
		'SEO',
		'FCP',
		'LCP',
		'TBT',
		'CLS'
	];
	const rows = PAGES.map((page) => {
		const r = result.pages[page.name];
		if (r.error) return [page.path, 'fout', '', '', '', '', '', '', '', ''];
		return [
			page.path,
			String(r.scores.performance),
			(r.performanceRuns ?? []).join(' '),
			...CATEGORIES.filter((id) => id !== 'performance').map((id) => String(r.scores[id])),
			r.metrics.FCP,
			r.metrics.LCP,
			r.metrics.TBT,
			r.metrics.CLS
		];
	});
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
	const line = (cells) =>
		cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ');
	console.log(
		`Doelen: perf ≥ ${TARGETS.performance}, a11y ${TARGETS.accessibility}, best ${TARGETS['best-practices']}, SEO ${TARGETS.seo}\n`
	);
	console.log(line(header));
	console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
	for (const row of rows) console.log(line(row));

	for (const page of PAGES) {
		const r = result.pages[page.name];
		if (r.error) {
			console.log(`\n${page.path}: ${r.error}`);
			continue;
		}
		if (r.longTasks?.length && r.tbtMs > METRIC_TARGETS.tbtMs) {
			console.log(`\n${page.path}, langste taken (TBT ${Math.round(r.tbtMs)} ms):`);
			for (const task of r.longTasks)
				console.log(`  ${String(task.ms).padStart(5)} ms op ${task.at} ms  ${task.source}`);
		}
		for (const [category, audits] of Object.entries(r.missed)) {
			console.log(
				`\n${page.path}, ${category} ${r.scores[category]} (doel ${TARGETS[category]}), kost punten:`
			);
			for (const audit of audits) {
				const weight = audit.weight ? `gewicht ${audit.weight}` : 'diagnose';
				console.log(
					`  ${audit.score.toFixed(2)}  ${audit.title}${audit.value ? ` (${audit.value})` : ''} [${weight}]`
				);
				for (const finding of audit.findings) console.log(`          ${finding}`);
			}
		}
	}
	console.log('\nBudgetten (doelen, geen asserties):');
	for (const b of result.budgets)
		console.log(`  ${b.met ? 'gehaald     ' : 'niet gehaald'}  ${b.budget}: ${b.actual}`);
}

function metricBudgets(pages) {
	const scored = PAGES.filter((p) => !pages[p.name].error).map((p) => ({
		name: p.name,
		...pages[p.name]
	}));
	if (!scored.length) return [];
	const worst = (key) => scored.reduce((a, b) => ((b[key] ?? 0) > (a[key] ?? 0) ? b : a));
	const tbt = worst('tbtMs');
	const cls = worst('cls');
	return [
		{
			budget: `Lighthouse TBT ≤ ${METRIC_TARGETS.tbtMs} ms op elke pagina`,
			actual: `hoogste ${Math.round(tbt.tbtMs ?? 0)} ms (${tbt.name})`,
			met: (tbt.tbtMs ?? 0) <= METRIC_TARGETS.tbtMs
		},
		{
			budget: `Lighthouse CLS ${METRIC_TARGETS.cls} op elke pagina`,
			actual: `hoogste ${(cls.cls ?? 0).toFixed(3)} (${cls.name})`,
			met: (cls.cls ?? 0) <= METRIC_TARGETS.cls
		}
	];
}

function budgetsFor(pages) {
	return [...categoryBudgets(pages), ...metricBudgets(pages)];
}

function categoryBudgets(pages) {
	return CATEGORIES.map((id) => {
		const scored = PAGES.filter((p) => !pages[p.name].error).map((p) => ({
			name: p.name,
			score: pages[p.name].scores[id]
		}));
		const worst = scored.reduce((low, entry) => (entry.score < low.score ? entry : low), scored[0]);
		const unscored = PAGES.length - scored.length;
		return {
			budget: `Lighthouse ${id} ≥ ${TARGETS[id]} op elke pagina`,
			actual: [
				worst && `laagste ${worst.score} (${worst.name})`,
				unscored && `${unscored} pagina('s) zonder score`
			]
				.filter(Boolean)
				.join(', '),
			met: !!worst && !unscored && worst.score >= TARGETS[id]
		};
	});
}

/** Runs Lighthouse once per page; returns `{ skipped }` with the reason when it cannot run here. */
export async function runLighthouse({ dir = 'build', runs = 3 } = {}) {
	let lighthouse, chromeLauncher, version;
	try {
		({ default: lighthouse } = await import('lighthouse'));
		chromeLauncher = await import('chrome-launcher');
		({ version } = (await import('lighthouse/package.json', { with: { type: 'json' } })).default);
	} catch (error) {
		return {
			version: '—',
			skipped: `Lighthouse is niet geïnstalleerd of laadt niet (${error.message}). Installeer met: npm install -D lighthouse@~12.8`
		};
	}
	let chrome;
	try {
		chrome = await chromeLauncher.launch({
			chromePath: findChrome(),
			chromeFlags: FLAGS,
			logLevel: 'silent'
		});
	} catch (error) {
		return { version, skipped: `Chromium start niet voor Lighthouse: ${error.message}` };
	}
	const build = await serveBuild({ dir });
	const { server, url } = await likeAHost(build.url);
	try {
		const pages = {};
		for (const page of PAGES) {
			try {
				const summaries = [];
				for (let i = 0; i < runs; i++) {
					const run = await lighthouse(url + page.path, {
						port: chrome.port,
						output: 'json',
						logLevel: 'error',
						onlyCategories: CATEGORIES
					});
					summaries.push(summarise(run.lhr));
				}
				const byPerformance = summaries.toSorted(
					(a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0)
				);
				const median = byPerformance[Math.floor(byPerformance.length / 2)];
				pages[page.name] = {
					path: page.path,
					...median,
					performanceRuns: summaries.map((s) => s.scores.performance)
				};
				if (pages[page.name].runtimeError) pages[page.name].error = pages[page.name].runtimeError;
			} catch (error) {
				pages[page.name] = { path: page.path, error: `Lighthouse faalde: ${error.message}` };
			}
		}
		return {
			version,
			formFactor: 'mobile',
			runsPerPage: runs,
			served: 'gzip + immutable cache for /_app/immutable/',
			pages,
			budgets: budgetsFor(pages)
		};
	} finally {
		await chrome.kill();
		server.close();
		build.server.close();
	}
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	const result = await runLighthouse({
		dir: process.env.BENCH_BUILD_DIR ?? 'build',
		runs: Number(process.argv[2] ?? 3)
	});
	printTable(result);
	if (process.env.BENCH_RESULT_FILE)
		writeFileSync(process.env.BENCH_RESULT_FILE, JSON.stringify(result, null, '\t'));
}
