/**
 * npm run data:postcodes -- --from <table.csv> [--gebieden data/gebieden.geojson] [--out data/postcodes.json]
 *
 * postcodes.json from a postcode table on disk, without internet (see
 * src/lib/server/postcodes-from-file.ts for the columns it reads).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { areaCollectionSchema } from '../src/lib/data/schema';
import { formatDataJson } from '../src/lib/exporter';
import { dataDir } from '../src/lib/server/data';
import { PostcodesFileError, postcodesFromFile } from '../src/lib/server/postcodes-from-file';
import { readArgs, writeFileAtomic, type Io } from './cli';

export const HELP = `Gebruik: npm run data:postcodes -- --from <tabel.csv> [--gebieden data/gebieden.geojson] [--out data/postcodes.json]

Maakt data/postcodes.json uit een tabel met postcodes, zonder internet. De tabel heeft een
kolom met de postcode (PC6 zoals 3311AB, of PC4 zoals 3311) en daarnaast lat en lon, of
de wijk- of gemeentecode (zoals de CBS-tabel postcode-wijk-buurt: PC6;Buurt2024;Wijk2024;Gemeente2024).
Alleen postcodes in de gebieden van gebieden.geojson komen in het bestand.

  --from <bestand>       de tabel (CSV, met komma of puntkomma)
  --gebieden <bestand>   de gebieden (standaard data/gebieden.geojson)
  --out <pad>            schrijf naar een ander bestand`;

export function main(argv: readonly string[], io: Io): number {
	const args = readArgs(
		argv,
		{ from: { type: 'string' }, gebieden: { type: 'string' }, out: { type: 'string' } },
		{ help: HELP, required: 'from', io }
	);
	if (typeof args === 'number') return args;
	const { values } = args;
	const from = resolve(values.from);
	const gebiedenPath = resolve(
		typeof values.gebieden === 'string' ? values.gebieden : join(dataDir(), 'gebieden.geojson')
	);
	const outPath = resolve(
		typeof values.out === 'string' ? values.out : join(dataDir(), 'postcodes.json')
	);
	let csv: string;
	let gebieden: ReturnType<typeof areaCollectionSchema.parse>;
	try {
		csv = readFileSync(from, 'utf8');
	} catch {
		io.err(`FOUT ${from}: het bestand ontbreekt of kan niet gelezen worden`);
		return 1;
	}
	try {
		gebieden = areaCollectionSchema.parse(JSON.parse(readFileSync(gebiedenPath, 'utf8')));
	} catch {
		io.err(
			`FOUT ${gebiedenPath}: maak eerst de gebieden (npm run data:gebieden) en controleer ze met npm run data:check`
		);
		return 1;
	}
	try {
		const { postcodes, notes } = postcodesFromFile(csv, gebieden);
		for (const note of notes) io.out(note);
		writeFileAtomic(outPath, formatDataJson(postcodes, { inlineFlatObjects: true }));
		const pc6 = Object.keys(postcodes.pc6 ?? {}).length;
		io.out(
			`${Object.keys(postcodes.pc4).length} postcodes (4 cijfers)${pc6 ? ` en ${pc6} postcodes (6 tekens)` : ''} geschreven naar ${outPath}.`
		);
		return 0;
	} catch (error) {
		if (!(error instanceof PostcodesFileError)) throw error;
		io.err(`FOUT ${from}: ${error.message}`);
		return 1;
	}
}
