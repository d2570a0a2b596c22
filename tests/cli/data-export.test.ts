/** `npm run data:export`: the real script on temporary data folders. */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../scripts/data-export';
import { HSDS_FILE_NAMES, validateHsds } from '../../src/lib/exporter';
import { importOffersCsv } from '../../src/lib/importer';

const fixture = (path: string) =>
	readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');

function importAll(csv: string) {
	const result = importOffersCsv(csv);
	expect(result.problems).toEqual([]);
	return result.offers.map((o) => o.feature);
}

describe('npm run data:export -- --format csv', () => {
	let dir: string;
	let messages: string[];
	const previousDataDir = process.env.DATA_DIR;

	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'mzk-export-'));
		messages = [];
	});
	afterEach(() => {
		if (previousDataDir === undefined) delete process.env.DATA_DIR;
		else process.env.DATA_DIR = previousDataDir;
	});

	const io = () => ({
		out: (l: string) => messages.push(l),
		err: (l: string) => messages.push(l),
		stdout: (t: string) => messages.push(t)
	});

	it('writes a CSV that imports to the same offers', async () => {
		const dataDir = mkdtempSync(join(tmpdir(), 'mzk-data-'));
		writeFileSync(join(dataDir, 'aanbod.geojson'), fixture('import/roundtrip.geojson'));
		process.env.DATA_DIR = dataDir;
		const out = join(dir, 'aanbod.csv');
		expect(await main(['--format', 'csv', '--out', out], io())).toBe(0);
		expect(importAll(readFileSync(out, 'utf8'))).toStrictEqual(
			(JSON.parse(fixture('import/roundtrip.geojson')) as { features: unknown }).features
		);
	});

	it('refuses to export when an offer is broken, so the next import loses nothing', async () => {
		const dataDir = mkdtempSync(join(tmpdir(), 'mzk-data-'));
		writeFileSync(
			join(dataDir, 'aanbod.geojson'),
			JSON.stringify({
				type: 'FeatureCollection',
				features: [{ type: 'Feature', geometry: null, properties: { id: 'x' } }]
			})
		);
		process.env.DATA_DIR = dataDir;
		expect(await main(['--format', 'csv', '--out', join(dir, 'x.csv')], io())).toBe(1);
		expect(existsSync(join(dir, 'x.csv'))).toBe(false);
		expect(messages.at(-1)).toBe(
			'Niets geschreven: 1 aanbod klopt niet. Verbeter eerst de fouten (npm run data:check).'
		);
	});

	it('asks for a format', async () => {
		expect(await main([], io())).toBe(1);
		expect(messages[0]).toMatch(/^Kies --format csv, --format xlsx of --format hsds\./);
	});
});

describe('npm run data:export -- --format hsds', () => {
	const previousDataDir = process.env.DATA_DIR;
	afterEach(() => {
		if (previousDataDir === undefined) delete process.env.DATA_DIR;
		else process.env.DATA_DIR = previousDataDir;
	});

	it('writes the ten files, each a JSON array', async () => {
		const dataDir = mkdtempSync(join(tmpdir(), 'mzk-hsds-data-'));
		writeFileSync(join(dataDir, 'aanbod.geojson'), fixture('import/roundtrip.geojson'));
		writeFileSync(join(dataDir, 'gebieden.geojson'), fixture('hsds/gebieden.geojson'));
		writeFileSync(join(dataDir, 'site.json'), fixture('hsds/site.json'));
		process.env.DATA_DIR = dataDir;
		const out = join(mkdtempSync(join(tmpdir(), 'mzk-hsds-')), 'hsds');
		const messages: string[] = [];
		const io = {
			out: (l: string) => messages.push(l),
			err: (l: string) => messages.push(l),
			stdout: () => undefined
		};
		expect(await main(['--format', 'hsds', '--out', out, '--provincie', 'Drenthe'], io)).toBe(0);
		expect(readdirSync(out).sort()).toEqual(HSDS_FILE_NAMES.map((n) => `${n}.json`).sort());
		const written = Object.fromEntries(
			HSDS_FILE_NAMES.map((n) => [
				n,
				JSON.parse(readFileSync(join(out, `${n}.json`), 'utf8')) as unknown
			])
		);
		expect(validateHsds(written)).toEqual([]);
		expect(messages[0]).toMatch(/^HSDS 3\.0 geschreven naar .*: 4 organizations, 5 services, /);
	});
});
