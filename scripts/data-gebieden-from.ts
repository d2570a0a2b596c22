/**
 * npm run data:gebieden -- --from <file> [--grens <file>] [--code <eigenschap>] [--naam <eigenschap>]
 *
 * gebieden.geojson from a file on disk, for a beheerder without internet or with another
 * source than PDOK (see src/lib/server/areas-from-file.ts for what it does).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatDataJson } from '../src/lib/exporter';
import { AreasFileError, areasFromFile } from '../src/lib/server/areas-from-file';
import { dataDir } from '../src/lib/server/data';
import { readArgs, writeFileAtomic, type Io } from './cli';

export type { Io } from './cli';

export const HELP = `Gebruik: npm run data:gebieden -- --from <bestand.geojson> [opties]

Maakt data/gebieden.geojson uit een bestand, zonder internet. Het bestand bevat
gemeenten, wijken of buurten, bijvoorbeeld een export van de CBS Wijk- en buurtkaart
(in RD, EPSG:28992, of in WGS84). Meerdere gemeenten samen vormen een regio. Zonder grens
van de gemeente wordt die uit de wijken gemaakt; buurten worden samengevoegd tot wijken.

  --from <bestand>         het GeoJSON-bestand met gemeenten, wijken of buurten
  --grens <bestand>        een GeoJSON-bestand met de grens van de gemeente(n)
  --code <eigenschap>      de eigenschap met de code (standaard: gemeentecode, wijkcode, buurtcode of statcode)
  --naam <eigenschap>      de eigenschap met de naam (standaard: gemeentenaam, wijknaam, buurtnaam of statnaam)
  --gemeentenaam <naam>    de naam van de gemeente, als die niet in het bestand staat
  --bron <tekst>           de bronvermelding (standaard die van het CBS bij CBS-bestanden)
  --vereenvoudig <meter>   hoeveel meter een grens mag verschuiven om het bestand klein te houden (standaard 5)
  --out <pad>              schrijf naar een ander bestand`;

function readJsonFile(path: string): unknown {
	try {
		return JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
	} catch (error) {
		const reason =
			(error as NodeJS.ErrnoException).code === 'ENOENT'
				? 'bestaat niet'
				: `is geen geldige JSON (${(error as Error).message})`;
		throw new AreasFileError(`${path} ${reason}`);
	}
}

export function main(argv: readonly string[], io: Io): number {
	const args = readArgs(
		argv,
		{
			from: { type: 'string' },
			grens: { type: 'string' },
			code: { type: 'string' },
			naam: { type: 'string' },
			gemeentenaam: { type: 'string' },
			bron: { type: 'string' },
			vereenvoudig: { type: 'string' },
			out: { type: 'string' }
		},
		{ help: HELP, required: 'from', io }
	);
	if (typeof args === 'number') return args;
	const { values } = args;
	const simplifyMetres =
		values.vereenvoudig === undefined ? undefined : Number(values.vereenvoudig);
	if (simplifyMetres !== undefined && !(simplifyMetres >= 0)) {
		io.err(`"${String(values.vereenvoudig)}" is geen aantal meter zoals 5.`);
		return 1;
	}
	const outPath = resolve(
		typeof values.out === 'string' ? values.out : join(dataDir(), 'gebieden.geojson')
	);
	const from = resolve(values.from);
	try {
		const { gebieden, notes } = areasFromFile(
			readJsonFile(from),
			{
				code: values.code as string | undefined,
				naam: values.naam as string | undefined,
				gemeentenaam: values.gemeentenaam as string | undefined,
				bron: values.bron as string | undefined,
				simplifyMetres
			},
			typeof values.grens === 'string' ? readJsonFile(resolve(values.grens)) : undefined
		);
		for (const note of notes) io.out(note);
		const text = formatDataJson(gebieden);
		writeFileAtomic(outPath, text);
		const gemeenten = gebieden.features.filter((f) => f.properties.type === 'gemeente');
		const wijken = gebieden.features.length - gemeenten.length;
		io.out(
			`${gemeenten.map((g) => g.properties.name).join(', ')} met ${wijken} wijken geschreven naar ${outPath} (${Math.round(text.length / 1024)} kB).`
		);
		return 0;
	} catch (error) {
		if (!(error instanceof AreasFileError)) throw error;
		io.err(`FOUT ${from}: ${error.message}`);
		return 1;
	}
}
