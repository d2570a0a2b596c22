/**
 * data:check and /overzicht show one list of warnings: the same problems, the same count.
 * Checked on the example data and on the realistic fixture after its import from .xlsx.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { main as dataImport } from '../../scripts/data-import';
import { warningEntries } from '../../src/lib/coverage';
import { offerFeatureSchema, type OfferFeature, type Problem } from '../../src/lib/data';
import { checkDataDir } from '../../src/lib/server/data';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => join(root, 'tests/fixtures/echt-import', name);
const TODAY = '2026-11-30';

/** What /overzicht lists: its entries' warnings, as (offer, sentence) pairs. */
function overzichtWarnings(offers: OfferFeature[], problems: Problem[]) {
	return warningEntries(offers, problems).flatMap((entry) =>
		entry.warnings.map((warning) => ({ id: entry.id, kind: warning.kind }))
	);
}

function check(dir: string) {
	const { result, readErrors } = checkDataDir(dir, TODAY);
	expect(readErrors).toEqual([]);
	// The offers as the build reads them; a site.json error must not hide the warnings.
	const offers = (
		JSON.parse(readFileSync(join(dir, 'aanbod.geojson'), 'utf8')) as { features: unknown[] }
	).features.map((f) => offerFeatureSchema.parse(f));
	const warnings = result.problems.filter((p) => p.level === 'waarschuwing');
	return { offers, problems: result.problems, warnings };
}

describe('one list of warnings', () => {
	let imported: string;
	beforeAll(async () => {
		imported = mkdtempSync(join(tmpdir(), 'mzk-echt-import-'));
		copyFileSync(fixture('site.json'), join(imported, 'site.json'));
		copyFileSync(fixture('gebieden.geojson'), join(imported, 'gebieden.geojson'));
		const previous = process.env.DATA_DIR;
		process.env.DATA_DIR = imported;
		const lines: string[] = [];
		const status = await dataImport([fixture('aanbod.xlsx')], {
			out: (line) => lines.push(line),
			err: (line) => lines.push(line),
			today: TODAY
		});
		process.env.DATA_DIR = previous;
		expect(status, lines.join('\n')).toBe(0);
	});

	for (const [name, dir] of [
		['the example data', () => join(root, 'data')],
		['the imported fixture', () => imported]
	] as const) {
		it(`${name}: /overzicht shows exactly the warnings data:check counts`, () => {
			const { offers, problems, warnings } = check(dir());
			const shown = overzichtWarnings(offers, problems);
			expect(shown).toHaveLength(warnings.length);
			expect(shown.map((w) => w.id).sort()).toEqual(warnings.map((w) => w.feature).sort());
		});
	}

	it('data:check on the imported fixture names both duplicates, the autism café and the first contact without a phone', () => {
		const run = spawnSync('npx', ['tsx', 'scripts/data-check.ts', imported], {
			cwd: root,
			encoding: 'utf8',
			timeout: 60_000
		});
		const lines = run.stdout.split('\n');
		const has = (pattern: RegExp) =>
			expect(
				lines.some((line) => pattern.test(line)),
				String(pattern)
			).toBe(true);
		has(
			/^WAARSCHUWING .*aanbod "inloopcafe-de-buurt-2" · properties\.name: heeft dezelfde naam en hetzelfde adres als "inloopcafe-de-buurt"/
		);
		has(
			/^WAARSCHUWING .*aanbod "wijk-informatiepunt-noord-spreekuur" · properties\.name: lijkt op "wijkinformatiepunt-noord"/
		);
		has(
			/^WAARSCHUWING .*aanbod "autismecafe-de-kring" · properties\.conditions: de naam of samenvatting noemt autisme/
		);
		has(
			/^WAARSCHUWING .*aanbod "wmo-loket-voorbeeldstad" · properties\.phones: is het eerste contact/
		);
		has(
			/^WAARSCHUWING .*aanbod "lotgenotengroep-psychische-problemen" · properties\.description: begint met dezelfde zin als de samenvatting/
		);
		expect(lines).toContain(
			'Niet bekend, om in te vullen: kosten bij 5 aanbod, aanmelden (eerste stap) bij 10 aanbod.'
		);
		const { warnings } = check(imported);
		expect(run.stdout).toContain(`${warnings.length} waarschuwingen`);
	}, 60_000);
});
