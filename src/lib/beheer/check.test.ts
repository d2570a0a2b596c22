import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main as dataImport } from '../../../scripts/data-import';
import { checkReportLines } from '../data/report';
import { offerFeatureSchema } from '../data/schema';
import { checkDataDir } from '../server/data';
import { checkSpreadsheet, errorListCsv } from './check';
import { offerChanges } from './changes';

const TODAY = '2026-11-30';
const fixture = (name: string) => join('tests/fixtures/echt-import', name);
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const previousDataDir = process.env.DATA_DIR;
afterEach(() => {
	if (previousDataDir === undefined) delete process.env.DATA_DIR;
	else process.env.DATA_DIR = previousDataDir;
});

/** data:import (with --force) and data:check on a copy of the fixture's data folder. */
async function commands(file: string) {
	const dir = mkdtempSync(join(tmpdir(), 'mzk-beheer-'));
	copyFileSync(fixture('site.json'), join(dir, 'site.json'));
	copyFileSync(fixture('gebieden.geojson'), join(dir, 'gebieden.geojson'));
	process.env.DATA_DIR = dir;
	const lines: string[] = [];
	const errors: string[] = [];
	await dataImport([file, '--force'], {
		out: (line) => lines.push(line),
		err: (line) => errors.push(line),
		today: TODAY
	});
	const { result, readErrors } = checkDataDir(dir, TODAY);
	return {
		dir,
		importLines: lines,
		importErrors: errors,
		written: readFileSync(join(dir, 'aanbod.geojson'), 'utf8'),
		checkLines: checkReportLines(result.problems, result.dataset?.offers.length, 'data', readErrors)
	};
}

const today = () => ({
	gebieden: json(fixture('gebieden.geojson')),
	site: json(fixture('site.json')),
	offers: []
});

describe('/beheer checks a spreadsheet as the commands do', () => {
	it('the realistic .xlsx: the same lines as data:import and data:check, and the same file', async () => {
		const file = fixture('aanbod.xlsx');
		const run = await commands(file);
		const report = await checkSpreadsheet(file, readFileSync(file), today(), TODAY);
		// data:import's last line says where it wrote; everything before it is the report.
		expect(report.importLines).toEqual(run.importLines.slice(0, -1));
		expect(report.check.lines).toEqual(run.checkLines);
		expect(report.errors).toEqual([]);
		expect(report.geojson).toBe(run.written);
		expect(report.check.problems.some((p) => p.level === 'waarschuwing')).toBe(true);
	});

	it('a broken CSV: errors by row and column with the cell value, no aanbod.geojson', async () => {
		const file = 'tests/fixtures/import/messy.csv';
		const run = await commands(file);
		const report = await checkSpreadsheet(file, readFileSync(file), today(), TODAY);
		expect(report.importLines).toEqual(run.importLines.slice(0, -1));
		expect(report.check.lines).toEqual(run.checkLines);
		expect(report.failedRows).toEqual([3, 5, 8]);
		expect(report.geojson).toBeUndefined();
		expect(report.errors).toContainEqual(
			expect.objectContaining({ row: 5, column: 'Telefoon', value: '12345' })
		);
	});

	it("the foutenlijst has data:check's errors too, also one of the whole file", async () => {
		const file = fixture('aanbod.xlsx');
		const site = { ...today().site, steunpunt: 'bestaat-niet' };
		const report = await checkSpreadsheet(file, readFileSync(file), { ...today(), site }, TODAY);
		expect(report.errors).toEqual([]);
		expect(report.geojson).toBeUndefined();
		const [header, ...lines] = report.errorCsv!.replace('\uFEFF', '').trim().split('\r\n');
		expect(header).toBe('rij;kolom;waarde;wat is er mis;melding');
		expect(lines).toHaveLength(report.check.problems.filter((p) => p.level === 'fout').length);
		expect(lines.join('\n')).toContain('site.json · steunpunt: ""bestaat-niet"" is geen aanbod');
	});

	it('refuses a file it cannot read, naming it', async () => {
		const report = await checkSpreadsheet('oud.xls', new Uint8Array([0xd0, 0xcf]), today(), TODAY);
		expect(report.refused[0]).toMatch(/^oud\.xls: /);
		expect(report.geojson).toBeUndefined();
	});

	it('the error list for Excel keeps a formula as text', () => {
		const csv = errorListCsv([
			{ level: 'fout', row: 4, column: 'telefoon', value: '=HYPERLINK("x")', message: 'fout' }
		]);
		expect(csv.startsWith('\uFEFFrij;kolom;waarde')).toBe(true);
		expect(csv).toContain(`4;telefoon;"'=HYPERLINK(""x"")";fout`);
	});
});

describe('what changes, by name', () => {
	const offers = json('data/aanbod.geojson').features.map((f: unknown) =>
		offerFeatureSchema.parse(f)
	);
	it('lists offers added, removed and changed, with the changed columns', () => {
		const [first, second, ...rest] = offers;
		const changed = structuredClone(first);
		changed.properties.cost = undefined;
		changed.properties.name = 'Andere naam';
		const result = offerChanges([first, second, ...rest.slice(1)], [changed, ...rest]);
		expect(result.removed.map((o) => o.id)).toEqual([second.properties.id]);
		expect(result.added.map((o) => o.id)).toEqual([rest[0].properties.id]);
		expect(result.changed).toEqual([
			{ id: first.properties.id, name: 'Andere naam', columns: ['naam', 'kosten'] }
		]);
	});
});
