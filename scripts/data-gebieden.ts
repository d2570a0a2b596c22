/**
 * npm run data:gebieden -- --gemeente GM0505 [--jaar 2025] [--out data/gebieden.geojson]
 *
 * Downloads the gemeente outline and its wijken from the CBS wijken-en-buurten OGC API
 * at PDOK and writes them as gebieden.geojson: the offline plattegrond and the wijk list.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { formatDataJson } from '../src/lib/exporter';
import { writeJsonFile } from './cli';
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

export interface PdokIo {
	out: (line: string) => void;
	err: (line: string) => void;
	fetch?: FetchLike;
}

export const consoleIo: PdokIo = {
	out: (line) => console.log(line),
	err: (line) => console.error(line)
};

/** The options both PDOK scripts share, or the exit code after printing help or what is wrong. */
export function parsePdokArgs(
	argv: readonly string[],
	io: PdokIo,
	help: string,
	extra: Record<string, { type: 'string' }> = {}
):
	| { gemeentecode: string; jaar: number; values: Record<string, string | boolean | undefined> }
	| { exit: number } {
	let values: Record<string, string | boolean | undefined>;
	try {
		values = parseArgs({
			args: [...argv],
			options: {
				gemeente: { type: 'string' },
				jaar: { type: 'string' },
				out: { type: 'string' },
				help: { type: 'boolean', default: false },
				...extra
			}
		}).values;
	} catch (error) {
		io.err(`${(error as Error).message}\n\n${help}`);
		return { exit: 1 };
	}
	if (values.help) {
		io.out(help);
		return { exit: 0 };
	}
	const gemeentecode = parseGemeentecode(String(values.gemeente ?? ''));
	if (!gemeentecode) {
		io.err(`Geef de gemeentecode op, zoals --gemeente GM0505.\n\n${help}`);
		return { exit: 1 };
	}
	const jaar = values.jaar === undefined ? DEFAULT_JAAR : Number(values.jaar);
	if (!Number.isInteger(jaar) || jaar < 2000 || jaar > 2100) {
		io.err(`"${String(values.jaar)}" is geen jaar zoals ${DEFAULT_JAAR}.`);
		return { exit: 1 };
	}
	return { gemeentecode, jaar, values };
}

export { writeJsonFile };

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
		writeJsonFile(outPath, formatDataJson(gebieden));
		const [gemeente, ...wijken] = gebieden.features;
		io.out(`${gemeente?.properties.name} met ${wijken.length} wijken geschreven naar ${outPath}.`);
		return 0;
	} catch (error) {
		if (!(error instanceof PdokError)) throw error;
		io.err(error.message);
		return 1;
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	process.exit(await main(process.argv.slice(2)));
}
