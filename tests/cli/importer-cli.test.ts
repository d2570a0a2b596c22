import {
	copyFileSync,
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../scripts/data-import';
import { makeOds } from '../fixtures/echt-import/make-ods';
import { table } from '../fixtures/echt-import/rows';
import { COLUMNS } from '../../src/lib/importer';
import { todayInAmsterdam } from '../../src/lib/data';
import { checkDataDir } from '../../src/lib/server/data';
import type { FetchLike } from '../../src/lib/server/pdok';

const fixtures = new URL('../fixtures/', import.meta.url);
const fixturePath = (name: string) => new URL(name, fixtures).pathname;
const repoData = new URL('../../data/', import.meta.url).pathname;

let dir: string;
let output: string[];
let errors: string[];
const previousDataDir = process.env.DATA_DIR;

function io(fetch?: FetchLike) {
	return {
		out: (line: string) => output.push(line),
		err: (line: string) => errors.push(line),
		fetch,
		today: '2026-11-30'
	};
}

function features(path: string): { geometry: unknown; properties: { id: string } }[] {
	return (
		JSON.parse(readFileSync(path, 'utf8')) as {
			features: { geometry: unknown; properties: { id: string } }[];
		}
	).features;
}

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'mzk-import-'));
	process.env.DATA_DIR = dir;
	output = [];
	errors = [];
});

afterEach(() => {
	if (previousDataDir === undefined) delete process.env.DATA_DIR;
	else process.env.DATA_DIR = previousDataDir;
});

describe('npm run data:import', () => {
	it('writes nothing while a row has an error, and lists every error', async () => {
		const out = join(dir, 'aanbod.geojson');
		expect(await main([fixturePath('import/messy.csv')], io())).toBe(1);
		expect(existsSync(out)).toBe(false);
		expect(output).toContain(
			'  Rij 5, kolom "Telefoon": "12345" is geen Nederlands telefoonnummer (bijvoorbeeld 0123 45 67 89)'
		);
		expect(output.join('\n')).toContain('3 rijen goed, 3 rijen met fouten (rij 3, 5, 8)');
	});

	it('with --force writes the good rows, names the rows left out, and still exits 1', async () => {
		const out = join(dir, 'uit.geojson');
		expect(await main([fixturePath('import/messy.csv'), '--force', '--out', out], io())).toBe(1);
		expect(features(out).map((f) => f.properties.id)).toEqual([
			'steunpunt-mantelzorg-voorbeeldstad',
			'vrijwillige-thuisoppas',
			'maatje-voor-mantelzorgers'
		]);
		expect(output.at(-1)).toMatch(/^3 aanbod geschreven naar .*uit\.geojson, zonder rij 3, 5, 8\./);
	});

	it('warns that an address without lat/lon stays off the map unless --geocode is given', async () => {
		const csv = join(dir, 'zonder-plek.csv');
		writeFileSync(
			csv,
			'naam;samenvatting;soort;bedoeld voor;aanmelden;kosten;laatst gecontroleerd;adres;postcode;plaats\nSteunpunt;Een zin.;steunpunt-mantelzorg;mantelzorger;bellen;gratis;2026-11-02;Markt 12;9991 AA;Voorbeeldstad\n'
		);
		expect(await main([csv], io())).toBe(0);
		expect(output).toContain(
			'  Rij 2: heeft een adres maar geen lat en lon; dit aanbod komt niet op de kaart. Vul lat en lon in, of gebruik --geocode om de plek bij PDOK op te zoeken (straat en plaats zijn genoeg, de postcode mag leeg).'
		);
		expect(features(join(dir, 'aanbod.geojson'))[0]!.geometry).toBeNull();
	});

	it('imports data/voorbeeld-import.csv to a data set that passes data:check', async () => {
		copyFileSync(join(repoData, 'gebieden.geojson'), join(dir, 'gebieden.geojson'));
		copyFileSync(join(repoData, 'site.json'), join(dir, 'site.json'));
		expect(
			await main([join(repoData, 'voorbeeld-import.csv')], { ...io(), today: todayInAmsterdam() })
		).toBe(0);
		const { result, readErrors } = checkDataDir(dir, todayInAmsterdam());
		expect(readErrors).toEqual([]);
		expect(result.problems.filter((p) => p.level === 'fout')).toEqual([]);
		expect(result.dataset?.offers.length).toBeGreaterThanOrEqual(5);
	});
});

describe('npm run data:import: safety, encodings, workbooks', () => {
	const sheet = (rows: string[]) => {
		const path = join(dir, 'klein.csv');
		writeFileSync(
			path,
			['naam;samenvatting;soort;bedoeld voor;laatst gecontroleerd', ...rows].join('\n')
		);
		return path;
	};
	const kleinData = () => {
		copyFileSync(fixturePath('klein/aanbod.geojson'), join(dir, 'aanbod.geojson'));
		copyFileSync(fixturePath('klein/site.json'), join(dir, 'site.json'));
	};

	it('stops when an import would drop the first contact and more than half the offers, and names the numbers', async () => {
		kleinData();
		const before = readFileSync(join(dir, 'aanbod.geojson'), 'utf8');
		const file = sheet([
			'Maatje;Een zin.;maatje;mantelzorger;2026-11-02',
			'Cursus;Een zin.;cursus;mantelzorger;2026-11-02'
		]);
		expect(await main([file], io())).toBe(1);
		expect(output.at(-1)).toBe(
			'Niets geschreven: het eerste contact "steunpunt-kleindorp" (site.json, steunpunt) staat er niet meer in, en van de 6 aanbod in aanbod.geojson blijven er 0 over; 6 zouden verdwijnen. Klopt dat, voeg dan --vervang toe.'
		);
		expect(readFileSync(join(dir, 'aanbod.geojson'), 'utf8')).toBe(before);
	});

	it('with --vervang writes, keeps the previous file as aanbod.vorige.geojson and leaves no temporary file', async () => {
		kleinData();
		const before = readFileSync(join(dir, 'aanbod.geojson'), 'utf8');
		const file = sheet(['Maatje;Een zin.;maatje;mantelzorger;2026-11-02']);
		expect(await main([file, '--vervang'], io())).toBe(0);
		expect(features(join(dir, 'aanbod.geojson')).map((f) => f.properties.id)).toEqual(['maatje']);
		expect(readFileSync(join(dir, 'aanbod.vorige.geojson'), 'utf8')).toBe(before);
		expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
		expect(output.at(-1)).toContain(
			`Het vorige bestand staat in ${join(dir, 'aanbod.vorige.geojson')}.`
		);
	});

	it('says in one line which encoding it used for a file that is not UTF-8', async () => {
		const path = join(dir, 'ansi.csv');
		writeFileSync(
			path,
			Buffer.concat([
				Buffer.from('naam;samenvatting;soort;bedoeld voor;laatst gecontroleerd\nCaf'),
				Buffer.from([0xe9]),
				Buffer.from(';Een zin '),
				Buffer.from([0x80]),
				Buffer.from(' 5.;maatje;mantelzorger;2026-11-02\n')
			])
		);
		expect(await main([path], io())).toBe(0);
		expect(output.filter((line) => line.includes('Windows-1252'))).toHaveLength(1);
		expect(features(join(dir, 'aanbod.geojson'))[0]!.properties).toMatchObject({
			name: 'Café',
			summary: 'Een zin € 5.'
		});
	});

	it('refuses a UTF-8 file with a stray byte, naming its row and column, and writes nothing', async () => {
		const path = join(dir, 'gemengd.csv');
		writeFileSync(
			path,
			Buffer.concat([
				Buffer.from(
					'naam;samenvatting;soort;bedoeld voor;laatst gecontroleerd\nCafé;Eén zin.;maatje;mantelzorger;2026-11-02\nBuurtkamer;Zin '
				),
				Buffer.from([0xe9]),
				Buffer.from(';maatje;mantelzorger;2026-11-02\n')
			])
		);
		expect(await main([path], io())).toBe(1);
		expect(errors).toEqual([
			`${path} bevat tekens die geen UTF-8 zijn, terwijl de rest wel UTF-8 is: de eerste staat in rij 3, kolom 2. Verbeter die cel, of sla het bestand opnieuw op als "CSV UTF-8". Niets geschreven.`
		]);
		expect(existsSync(join(dir, 'aanbod.geojson'))).toBe(false);
	});

	it('reads an Excel workbook and the same sheet as .ods to the same file, and says to save an .xls as .xlsx', async () => {
		expect(await main([fixturePath('echt-import/aanbod.xlsx')], io())).toBe(0);
		expect(features(join(dir, 'aanbod.geojson'))).toHaveLength(10);
		const fromXlsx = readFileSync(join(dir, 'aanbod.geojson'), 'utf8');
		const ods = join(dir, 'aanbod.ods');
		writeFileSync(ods, makeOds(table()));
		const out = join(dir, 'uit-ods.geojson');
		expect(await main([ods, '--out', out], io())).toBe(0);
		expect(readFileSync(out, 'utf8')).toBe(fromXlsx);
		const xls = join(dir, 'aanbod.xls');
		writeFileSync(xls, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
		expect(await main([xls], io())).toBe(1);
		expect(errors.at(-1)).toMatch(
			/lees ik niet\. Sla de spreadsheet op als "Excel-werkmap \(\.xlsx\)"/
		);
	});

	it('--help lists every closed column with its allowed values and their labels', async () => {
		expect(await main(['--help'], io())).toBe(0);
		const help = output.join('\n');
		for (const column of COLUMNS.filter((c) => c.closed)) {
			expect(help).toContain(`  ${column.header}`);
			for (const item of column.closed!.vocabulary.items)
				expect(help).toContain(`      ${item.label} (${item.id})`);
		}
	});
});

describe('npm run data:import -- --geocode', () => {
	const csv = () => {
		const path = join(dir, 'adressen.csv');
		writeFileSync(
			path,
			[
				'naam;samenvatting;soort;bedoeld voor;aanmelden;kosten;laatst gecontroleerd;adres;postcode;plaats;vorm',
				'Steunpunt;Een zin.;steunpunt-mantelzorg;mantelzorger;bellen;gratis;2026-11-02;Markt 12;9991 AA;Voorbeeldstad;',
				'Buurtkamer;Een zin.;maatje;mantelzorger;bellen;gratis;2026-11-02;Nergensweg 1;9999 ZZ;Voorbeeldstad;',
				'Belmaatje;Een zin.;maatje;mantelzorger;bellen;gratis;2026-11-02;;;;telefonisch'
			].join('\n')
		);
		return path;
	};

	it('looks each address up once: the second run asks PDOK nothing', async () => {
		const asked: string[] = [];
		const fetch: FetchLike = async (url) => {
			asked.push(url);
			const found = decodeURIComponent(url).includes('Markt 12');
			return new Response(
				readFileSync(fixturePath(`pdok/locatieserver-${found ? 'markt-12' : 'leeg'}.json`))
			);
		};
		const file = csv();
		expect(await main([file, '--geocode'], io(fetch))).toBe(0);
		expect(asked).toEqual([
			'https://api.pdok.nl/bzk/locatieserver/search/v3_1/free?q=Markt%2012%209991%20AA%20Voorbeeldstad&rows=1&fq=type:adres',
			'https://api.pdok.nl/bzk/locatieserver/search/v3_1/free?q=Nergensweg%201%209999%20ZZ%20Voorbeeldstad&rows=1&fq=type:adres'
		]);
		const first = features(join(dir, 'aanbod.geojson'));
		expect(first.map((f) => f.geometry)).toEqual([
			{ type: 'Point', coordinates: [6.542522, 52.762074] },
			null,
			null
		]);
		expect(output).toContain(
			'  Rij 3, kolom "adres": "Nergensweg 1, 9999 ZZ Voorbeeldstad" is niet gevonden bij PDOK; dit aanbod komt niet op de kaart. Vul lat en lon zelf in.'
		);
		expect(existsSync(join(dir, '.geocache.json'))).toBe(true);

		asked.length = 0;
		output = [];
		expect(await main([file, '--geocode'], io(fetch))).toBe(0);
		expect(asked).toEqual([]);
		expect(features(join(dir, 'aanbod.geojson'))).toEqual(first);
		expect(output).toContain(
			'1 van 2 adressen een plek gegeven (0 opgezocht bij PDOK, de rest uit de cache)'
		);
	});

	it('fills a missing postcode from PDOK, and keeps the coordinates the sheet gives', async () => {
		const path = join(dir, 'zonder-postcode.csv');
		writeFileSync(
			path,
			'naam;samenvatting;soort;bedoeld voor;laatst gecontroleerd;adres;plaats;lat;lon\nSteunpunt;Een zin.;steunpunt-mantelzorg;mantelzorger;2026-11-02;Markt 12;Voorbeeldstad;52.7621;6.5425\n'
		);
		const asked: string[] = [];
		const fetch: FetchLike = async (url) => {
			asked.push(url);
			return new Response(readFileSync(fixturePath('pdok/locatieserver-markt-12.json')));
		};
		expect(await main([path, '--geocode'], io(fetch))).toBe(0);
		expect(asked).toEqual([
			'https://api.pdok.nl/bzk/locatieserver/search/v3_1/free?q=Markt%2012%20Voorbeeldstad&rows=1&fq=type:adres'
		]);
		const [offer] = features(join(dir, 'aanbod.geojson')) as unknown as {
			geometry: unknown;
			properties: { address: unknown };
		}[];
		expect(offer!.properties.address).toEqual({
			street: 'Markt 12',
			postcode: '9991 AA',
			city: 'Voorbeeldstad'
		});
		expect(offer!.geometry).toEqual({ type: 'Point', coordinates: [6.5425, 52.7621] });
	});

	it('offline: says so in Dutch, keeps the offers without a place, and exits 0 when no row has an error', async () => {
		let calls = 0;
		const offline: FetchLike = async () => {
			calls++;
			throw new TypeError('fetch failed');
		};
		expect(await main([csv(), '--geocode'], io(offline))).toBe(0);
		expect(calls).toBe(1);
		expect(errors).toEqual([
			'Kan PDOK niet bereiken: controleer de internetverbinding (https://api.pdok.nl).'
		]);
		expect(features(join(dir, 'aanbod.geojson')).map((f) => f.geometry)).toEqual([
			null,
			null,
			null
		]);
	});
});

describe('npm run data:import in a region (gebieden.geojson of several gemeenten)', () => {
	const header =
		'naam;samenvatting;soort;bedoeld voor;aanmelden;kosten;laatst gecontroleerd;wijk;lat;lon';
	const offer = (name: string, wijk: string, lat: string, lon: string) =>
		`${name};Een korte zin.;maatje;mantelzorger;bellen;gratis;2026-10-01;${wijk};${lat};${lon}`;

	it('reads names, fills empty wijken from the point in one line, and warns about a contradicting code', async () => {
		copyFileSync(fixturePath('sites/regio/gebieden.geojson'), join(dir, 'gebieden.geojson'));
		const csv = join(dir, 'regio.csv');
		writeFileSync(
			csv,
			[
				header,
				offer('Een', 'aadorp zuid', '52.02', '5.05'),
				offer('Twee', '', '52.07', '5.05'),
				offer('Drie', '', '52.05', '5.15'),
				offer('Vier', 'WK090301', '52.05', '5.29'),
				offer('Vijf', 'Dedorp', '52.05', '5.05')
			].join('\n')
		);
		expect(await main([csv, '--force'], io())).toBe(1);
		const text = output.join('\n');
		expect(text).toContain(
			'  Rij 6, kolom "wijk": "Dedorp" is geen gebied uit gebieden.geojson; kies uit: GM0902 (Beekum), WK090101 (Aadorp-Zuid), WK090102 (Aadorp-Noord), WK090301 (Ceeveen-West), WK090302 (Ceeveen-Oost)'
		);
		expect(text).toContain(
			'  kolom "wijk": was leeg bij 2 aanbod (rij 3, 4); daar staat nu het gebied waar de plek (lat, lon) in ligt. Klopt dat niet, vul de wijk dan zelf in.'
		);
		expect(text).toMatch(
			/ {2}Rij 5, kolom "wijk": is WK090301 \(Ceeveen-West\), maar de plek ligt in WK090302 \(Ceeveen-Oost\), [\d,]+ km buiten Ceeveen-West; klopt de code of de plek\?/
		);
		expect(
			features(join(dir, 'aanbod.geojson')).map(
				(f) => (f.properties as unknown as { wijk?: string }).wijk
			)
		).toEqual(['WK090101', 'WK090102', 'GM0902', 'WK090301']);
	});
});
