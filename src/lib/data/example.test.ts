import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDataDir } from '../server/data';
import { formatProblem } from './validate';

const TODAY = '2026-11-30';
const root = new URL('../../../', import.meta.url).pathname;
const dirs: string[] = [];

/** A data folder copied from `source`, with exampleData switched off and files changed. */
function dataFolder(source: string, change: (dir: string) => void = () => {}): string {
	const dir = mkdtempSync(join(tmpdir(), 'regio-example-'));
	dirs.push(dir);
	cpSync(join(root, source), dir, { recursive: true });
	const site = JSON.parse(readFileSync(join(dir, 'site.json'), 'utf8'));
	writeFileSync(join(dir, 'site.json'), JSON.stringify({ ...site, exampleData: false }));
	change(dir);
	return dir;
}

const errors = (dir: string) =>
	checkDataDir(dir, TODAY)
		.result.problems.filter((p) => p.level === 'fout')
		.map((p) => formatProblem(p, 'data'));

afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('no example leftovers with "exampleData": false', () => {
	it("the example gemeente's postcodes.json beside a real gemeente's data fails, naming the file and the command", () => {
		const dir = dataFolder('tests/fixtures/klein', (d) =>
			cpSync(join(root, 'data/postcodes.json'), join(d, 'postcodes.json'))
		);
		const lines = errors(dir);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(
			/^FOUT data\/postcodes\.json: \d+ van de \d+ postcodes \(zoals 9990, 9991, 9992\) liggen buiten uw gebieden/
		);
		expect(lines[0]).toContain('npm run data:postcodes -- --gemeente');
	});

	it('the whole example data set fails on every file that is still the example', () => {
		const lines = errors(dataFolder('data'));
		expect(lines.map((line) => line.split(':')[0])).toEqual([
			'FOUT data/site.json · gemeente',
			'FOUT data/gebieden.geojson',
			'FOUT data/postcodes.json',
			'FOUT data/aanbod.geojson'
		]);
		expect(lines[1]).toContain('npm run data:gebieden');
		expect(lines[3]).toContain('npm run data:import');
	});

	it('a real-looking data set without a postcode file passes, and the example data with exampleData true passes', () => {
		expect(errors(dataFolder('tests/fixtures/klein'))).toEqual([]);
		expect(
			checkDataDir(join(root, 'data'), TODAY).result.problems.filter((p) => p.level === 'fout')
		).toEqual([]);
	});
});
