import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main as gebiedenMain } from '../../scripts/data-gebieden';
import { main } from '../../scripts/data-postcodes';
import { postcodeFileSchema, toPostcodeTable } from '../../src/lib/location/postcode-file';
import { findPostcode } from '../../src/lib/location';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'regio-postcodes-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const io = () => {
	const out: string[] = [];
	const err: string[] = [];
	return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
};

/** Dordrecht's gebieden made offline from its buurten, as a beheerder would first. */
const gebieden = join(work, 'gebieden.geojson');
const made = io();
await gebiedenMain(
	['--from', join(fixtures, 'realdata/dordrecht_buurten_2025.geojson'), '--out', gebieden],
	made.io
);

async function run(table: string) {
	const { out, err, io: streams } = io();
	const target = join(work, `${table}.json`);
	const code = await main(
		['--from', join(fixtures, 'postcodes', table), '--gebieden', gebieden, '--out', target],
		streams
	);
	const postcodes =
		code === 0 ? postcodeFileSchema.parse(JSON.parse(readFileSync(target, 'utf8'))) : undefined;
	return { code, out, err, postcodes };
}

describe('data:postcodes --from, offline', () => {
	it("the CBS postcode-wijk-buurt table (PC6 with codes, no prefix): Dordrecht's postcodes with their wijk, the rest left out", async () => {
		const { code, out, postcodes } = await run('pc6-wijk-buurt.csv');
		expect(code).toBe(0);
		expect(Object.keys(postcodes!.pc6!)).toEqual([
			'3311 AA',
			'3311 AB',
			'3311 BC',
			'3312 AA',
			'3317 AA'
		]);
		expect(postcodes!.pc6!['3317 AA']!.wijk).toBe('WK050507');
		expect(postcodes!.pc4['3311']!.wijk).toBe('WK050501');
		expect(out[0]).toBe('2 postcodes liggen buiten uw gebieden en zijn overgeslagen.');
	});

	it('a resident typing a postcode from that table is found in its wijk', async () => {
		const { postcodes } = await run('pc6-wijk-buurt.csv');
		const table = toPostcodeTable(postcodes!, false);
		const outcome = await findPostcode('3317 aa', table, {
			gemeente: 'Dordrecht',
			fetch: () => Promise.reject(new Error('no request: the table answers'))
		});
		expect(outcome).toMatchObject({
			status: 'gevonden',
			place: { wijk: 'WK050507', precision: 'pc6' }
		});
	});

	it('a PC4 table with coordinates: the wijk comes from the point, other gemeenten and bad rows are left out', async () => {
		const { code, out, postcodes } = await run('pc4-coordinaten.csv');
		expect(code).toBe(0);
		expect(postcodes).toEqual({
			pc4: {
				'3311': { lon: 4.6594, lat: 51.8113, wijk: 'WK050501' },
				'3317': { lon: 4.6587, lat: 51.7905, wijk: 'WK050507' }
			}
		});
		expect(out.slice(0, 2)).toEqual([
			'2 postcodes liggen buiten uw gebieden en zijn overgeslagen.',
			'1 regels zonder geldige postcode of coördinaten zijn overgeslagen.'
		]);
	});

	it('a table of another gemeente fails with a message that says so', async () => {
		// The example spreadsheet has a Postcode, Lat and Lon column, all in Voorbeeldstad.
		const { code, err } = await run('../import/messy.csv');
		expect(code).toBe(1);
		expect(err[0]).toMatch(
			/^FOUT .*messy\.csv: geen enkele postcode ligt in de gebieden van gebieden\.geojson: hoort dit bestand bij een andere gemeente\?$/
		);
	});

	it('a table without a postcode column names the columns it has', async () => {
		const { code, err } = await run('../realdata/PROVENANCE.md');
		expect(code).toBe(1);
		expect(err[0]).toMatch(/heeft geen kolom met de postcode \(PC6, PC4 of postcode\); kolommen: /);
	});
});
