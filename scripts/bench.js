/**
 * npm run bench: builds when the sources are newer than the build, then runs each bench
 * under bench/ as its own process and writes everything to bench/results.json.
 *
 * A bench that writes JSON to the file named in BENCH_RESULT_FILE gets that JSON in the
 * results; one that only prints gets its printed text. Budgets that are not met never fail
 * the run: only a bench that crashes makes the exit code 1.
 */
import { execSync, spawn } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

/** Run in this order; each may be JavaScript or TypeScript (run through tsx). */
const ALL_BENCHES = ['site', 'zoom', 'lighthouse', 'cluster', 'search', 'beheer'];
/** `npm run bench -- site lighthouse` runs only those. */
const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !ALL_BENCHES.includes(name));
if (unknown.length) {
	console.error(`Onbekende bench: ${unknown.join(', ')}. Kies uit: ${ALL_BENCHES.join(', ')}.`);
	process.exit(1);
}
const BENCHES = chosen.length ? ALL_BENCHES.filter((name) => chosen.includes(name)) : ALL_BENCHES;
/** Lighthouse on a slow machine takes a few minutes; a bench past this has hung. */
const TIMEOUT_MS = 15 * 60_000;

function newestChange(path) {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return readdirSync(path).reduce(
		(newest, name) => Math.max(newest, newestChange(join(path, name))),
		stat.mtimeMs
	);
}

function buildIfStale() {
	const sources = [
		'src',
		'static',
		'data',
		'svelte.config.js',
		'vite.config.ts',
		'package-lock.json'
	].filter(existsSync);
	const builtAt = existsSync('build/index.html') ? statSync('build/index.html').mtimeMs : 0;
	if (sources.some((path) => newestChange(path) > builtAt)) {
		console.log('De site wordt gebouwd (build/ ontbreekt of is ouder dan de bronnen)…');
		try {
			execSync('npm run build', { stdio: 'inherit' });
		} catch {
			console.error('\nDe build faalde (zie hierboven), dus er is niets te meten.');
			process.exit(1);
		}
	}
}

/** Runs one bench, echoing its output; resolves with its JSON, or its printed text. */
function run(bench, resultFile) {
	return new Promise((resolve) => {
		const started = Date.now();
		const loader = bench.file.endsWith('.ts') ? ['--import', 'tsx'] : [];
		const child = spawn(process.execPath, [...loader, bench.file], {
			stdio: ['ignore', 'pipe', 'inherit'],
			env: { ...process.env, BENCH_RESULT_FILE: resultFile, BENCH_BUILD_DIR: buildCopy },
			timeout: TIMEOUT_MS
		});
		let printed = '';
		child.stdout.on('data', (chunk) => {
			process.stdout.write(chunk);
			printed += chunk;
		});
		child.on('error', (error) =>
			resolve({ ok: false, error: error.message, seconds: (Date.now() - started) / 1000 })
		);
		child.on('close', (code, signal) => {
			const seconds = Math.round((Date.now() - started) / 100) / 10;
			if (code !== 0) {
				resolve({
					ok: false,
					error: signal ? `gestopt met ${signal}` : `exitcode ${code}`,
					seconds,
					output: printed
				});
				return;
			}
			if (!existsSync(resultFile)) {
				resolve({ ok: true, seconds, output: printed.trim() });
				return;
			}
			try {
				resolve({ ok: true, seconds, ...JSON.parse(readFileSync(resultFile, 'utf8')) });
			} catch (error) {
				resolve({
					ok: false,
					error: `onleesbare JSON in BENCH_RESULT_FILE: ${error.message}`,
					seconds,
					output: printed
				});
			}
		});
	});
}

const measured = process.env.BENCH_BUILD_DIR ?? 'build';
if (!process.env.BENCH_BUILD_DIR) buildIfStale();

/** The 1-minute load average, one decimal. */
function oneMinuteLoad() {
	return Math.round(loadavg()[0] * 10) / 10;
}

const loadAtStart = loadavg().map((load) => Math.round(load * 10) / 10);
const scratch = mkdtempSync(join(tmpdir(), 'mantelzorgkaart-bench-'));
// Every bench measures the same copy, even when build/ is rebuilt while this runs.
const buildCopy = join(scratch, 'build');
cpSync(measured, buildCopy, { recursive: true });
const results = {};
try {
	for (const name of BENCHES) {
		const file = [`bench/${name}.js`, `bench/${name}.ts`].find(existsSync);
		if (!file) {
			console.log(`\nbench/${name}.js of .ts bestaat (nog) niet: overgeslagen.`);
			continue;
		}
		const bench = { name, file };
		console.log(`\n=== ${bench.file} ===`);
		const loadBefore = oneMinuteLoad();
		results[bench.name] = await run(bench, join(scratch, `${bench.name}.json`));
		// Each timing belongs with the load it was measured under, not only the run's start and end.
		results[bench.name].load = { start: loadBefore, end: oneMinuteLoad() };
		if (!results[bench.name].ok)
			console.error(`${bench.file} faalde: ${results[bench.name].error}`);
	}
} finally {
	rmSync(scratch, { recursive: true, force: true });
}

let commit;
try {
	commit = execSync('git rev-parse --short HEAD', {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'ignore']
	}).trim();
} catch {
	commit = undefined;
}
const report = {
	date: new Date().toISOString(),
	commit,
	machine: {
		node: process.versions.node,
		platform: process.platform,
		cpus: cpus().length,
		cpu: cpus()[0]?.model
	},
	// Other work on the machine slows every timing; Lighthouse multiplies it by four.
	loadAverage: { start: loadAtStart, end: loadavg().map((load) => Math.round(load * 10) / 10) },
	results
};
writeFileSync('bench/results.json', `${JSON.stringify(report, null, '\t')}\n`);

const budgets = Object.entries(results).flatMap(([name, r]) =>
	(r.budgets ?? []).map((b) => ({ ...b, bench: name, load: r.load }))
);
console.log('\n=== Samenvatting ===');
console.log(
	`  belasting van de machine (1 min): ${report.loadAverage.start[0]} bij de start, ${report.loadAverage.end[0]} aan het eind, op ${cpus().length} kernen`
);
for (const [name, r] of Object.entries(results)) {
	console.log(
		`  ${name.padEnd(10)} ${r.ok ? 'klaar' : `FOUT (${r.error})`} in ${r.seconds} s${r.skipped ? `, overgeslagen: ${r.skipped}` : ''}`
	);
}
if (budgets.length) {
	console.log(
		`\nBudgetten (doelen, geen asserties), met de belasting tijdens de bench (1 min, ${cpus().length} kernen):`
	);
	const rows = budgets.map((b) => [
		b.met ? 'gehaald' : 'niet gehaald',
		b.budget,
		String(b.actual),
		`${b.bench}, belasting ${b.load?.start ?? '?'}–${b.load?.end ?? '?'}`
	]);
	const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
	for (const row of rows)
		console.log(`  ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')}`.trimEnd());
	console.log(
		'  Bytes hangen niet van de belasting af; tijden en Lighthouse-scores wel (Lighthouse rekent CPU-tijd ×4).'
	);
}
console.log('\nAlles staat in bench/results.json.');
process.exit(Object.values(results).every((r) => r.ok) ? 0 : 1);
