/**
 * npm run data:postcodes -- --gemeente GM0505 [--jaar 2025] [--pc4-jaar 2024] [--out data/postcodes.json]
 *
 * Writes the centre of every four-digit postcode area in the gemeente, with its wijk, so
 * the site finds "waar woont uw naaste?" from a postcode without asking any server.
 */
import { join, resolve } from 'node:path';
import { formatDataJson } from '../src/lib/exporter';
import { HELP as FROM_FILE_HELP, main as fromFile } from './data-postcodes-from';
import { dataDir } from '../src/lib/server/data';
import { PdokError, downloadPostcodes } from '../src/lib/server/pdok';
import { consoleIo, runAsScript, writeFileAtomic } from './cli';
import { DEFAULT_JAAR, parsePdokArgs, type PdokIo } from './data-gebieden';

/** CBS publishes postcode figures a year behind the wijkindeling. */
const DEFAULT_PC4_JAAR = DEFAULT_JAAR - 1;

const HELP = `Gebruik: npm run data:postcodes -- --gemeente GM0505 [--jaar ${DEFAULT_JAAR}] [--pc4-jaar ${DEFAULT_PC4_JAAR}] [--out data/postcodes.json]

Haalt de postcodegebieden (4 cijfers) van de gemeente op bij PDOK (CBS postcode4) en
schrijft het midden van elk gebied, met de wijk waarin dat ligt, naar data/postcodes.json.
Hiervoor is internet nodig.

  --gemeente <code>   de CBS-gemeentecode, zoals GM0505 (Dordrecht)
  --jaar <jaar>       het jaar van de gemeentegrens en wijken (standaard ${DEFAULT_JAAR})
  --pc4-jaar <jaar>   het jaar van de postcodegebieden (standaard ${DEFAULT_PC4_JAAR})
  --out <pad>         schrijf naar een ander bestand

${FROM_FILE_HELP}`;

export async function main(argv: readonly string[], io: PdokIo = consoleIo): Promise<number> {
	if (argv.some((arg) => arg === '--from' || arg.startsWith('--from='))) return fromFile(argv, io);
	const options = parsePdokArgs(argv, io, HELP, { 'pc4-jaar': { type: 'string' } });
	if ('exit' in options) return options.exit;
	const { gemeentecode, jaar, values } = options;
	const pc4Jaar = values['pc4-jaar'] === undefined ? DEFAULT_PC4_JAAR : Number(values['pc4-jaar']);
	if (!Number.isInteger(pc4Jaar) || pc4Jaar < 2000 || pc4Jaar > 2100) {
		io.err(`"${String(values['pc4-jaar'])}" is geen jaar zoals ${DEFAULT_PC4_JAAR}.`);
		return 1;
	}
	const outPath = resolve(
		typeof values.out === 'string' ? values.out : join(dataDir(), 'postcodes.json')
	);
	try {
		io.out(`Postcodegebieden van ${gemeentecode} ophalen bij PDOK...`);
		const { postcodes } = await downloadPostcodes(
			{ gemeentecode, jaar, pc4Jaar },
			io.fetch ?? fetch
		);
		writeFileAtomic(outPath, formatDataJson(postcodes, { inlineFlatObjects: true }));
		io.out(`${Object.keys(postcodes.pc4).length} postcodes geschreven naar ${outPath}.`);
		return 0;
	} catch (error) {
		if (!(error instanceof PdokError)) throw error;
		io.err(error.message);
		return 1;
	}
}

await runAsScript(import.meta.url, main);
