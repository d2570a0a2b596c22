/**
 * npm run data:gebieden -- --gemeente GM0505 [--jaar 2025] [--out data/gebieden.geojson]
 *
 * Downloads the gemeente outline and its wijken from the CBS wijken-en-buurten OGC API
 * at PDOK and writes them as gebieden.geojson: the offline plattegrond and the wijk list.
 */
import { join, resolve } from 'node:path';
import { formatDataJson } from '../src/lib/exporter';
import { consoleIo, readArgs, runAsScript, usageError, writeFileAtomic, type Io } from './cli';
import { HELP as FROM_FILE_HELP, main as fromFile } from './data-gebieden-from';
import { dataDir } from '../src/lib/server/data';
import {
	PdokError,
	downloadGebieden,
	parseGemeentecode,
	type FetchLike
} from '../src/lib/server/pdok';

export const DEFAULT_JAAR = 2025;

const HELP = `Gebruik: npm run data:gebieden -- --gemeente GM0505 [--jaar ${DEFAULT_JAAR}] [--out data/gebieden.geojson]

Haalt de grens van de gemeente en haar wijken op bij PDOK (CBS wijken en buurten) en
schrijft ze naar data/gebieden.geojson. Hiervoor is internet nodig.

  --gemeente <code>  de CBS-gemeentecode, zoals GM0505 (Dordrecht)
  --jaar <jaar>      het jaar van de wijkindeling (standaard ${DEFAULT_JAAR})
  --out <pad>        schrijf naar een ander bestand

${FROM_FILE_HELP}`;

export interface PdokIo extends Io {
	fetch?: FetchLike;
}

export { consoleIo };

/** The options both PDOK scripts share, or the exit code after printing help or what is wrong. */
export function parsePdokArgs(
	argv: readonly string[],
	io: PdokIo,
	help: string,
	extra: Record<string, { type: 'string' }> = {}
):
	| { gemeentecode: string; jaar: number; values: Record<string, string | boolean | undefined> }
	| { exit: number } {
	const args = readArgs(
		argv,
		{ gemeente: { type: 'string' }, jaar: { type: 'string' }, out: { type: 'string' }, ...extra },
		{ help, io }
	);
	if (typeof args === 'number') return { exit: args };
	const { values } = args;
	const gemeentecode = parseGemeentecode(String(values.gemeente ?? ''));
	if (!gemeentecode)
		return { exit: usageError(io, 'Geef de gemeentecode op, zoals --gemeente GM0505.', help) };
	const jaar = values.jaar === undefined ? DEFAULT_JAAR : Number(values.jaar);
	if (!Number.isInteger(jaar) || jaar < 2000 || jaar > 2100) {
		io.err(`"${String(values.jaar)}" is geen jaar zoals ${DEFAULT_JAAR}.`);
		return { exit: 1 };
	}
	return { gemeentecode, jaar, values };
}

export async function main(argv: readonly string[], io: PdokIo = consoleIo): Promise<number> {
	if (argv.some((arg) => arg === '--from' || arg.startsWith('--from='))) return fromFile(argv, io);
	const options = parsePdokArgs(argv, io, HELP);
	if ('exit' in options) return options.exit;
	const { gemeentecode, jaar, values } = options;
	const outPath = resolve(
		typeof values.out === 'string' ? values.out : join(dataDir(), 'gebieden.geojson')
	);
	try {
		io.out(`Gebieden van ${gemeentecode} (${jaar}) ophalen bij PDOK...`);
		const gebieden = await downloadGebieden({ gemeentecode, jaar }, io.fetch ?? fetch);
		writeFileAtomic(outPath, formatDataJson(gebieden));
		const [gemeente, ...wijken] = gebieden.features;
		io.out(`${gemeente?.properties.name} met ${wijken.length} wijken geschreven naar ${outPath}.`);
		return 0;
	} catch (error) {
		if (!(error instanceof PdokError)) throw error;
		io.err(error.message);
		return 1;
	}
}

await runAsScript(import.meta.url, main);
