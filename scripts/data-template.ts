/**
 * npm run data:template [-- --out <bestand.xlsx>]
 *
 * Writes the empty spreadsheet a beheerder starts from: every column in the header row,
 * drop-downs on the columns with a fixed list, and a sheet "Uitleg" that says per column
 * whether it is required and which values it takes.
 */
import { resolve } from 'node:path';
import { HELP_SHEET, templateWorkbook } from '../src/lib/server/workbook';
import { EXIT_OK, consoleIo, readArgs, runAsScript, writeFileAtomic, type Io } from './cli';

const HELP = `Gebruik: npm run data:template [-- --out <bestand.xlsx>]
Schrijft een lege spreadsheet om het aanbod in te vullen. Standaard: aanbod-sjabloon.xlsx.
Het werkblad "${HELP_SHEET}" zegt per kolom wat erin moet. Inlezen: npm run data:import -- <bestand.xlsx>`;

export async function main(argv: readonly string[], io: Io = consoleIo): Promise<number> {
	const args = readArgs(argv, { out: { type: 'string' } }, { help: HELP, io });
	if (typeof args === 'number') return args;
	const path = resolve(args.values.out ?? 'aanbod-sjabloon.xlsx');
	writeFileAtomic(path, await templateWorkbook());
	io.out(
		`Sjabloon geschreven naar ${path}. Vul het in en lees het in met: npm run data:import -- ${path}`
	);
	return EXIT_OK;
}

await runAsScript(import.meta.url, main);
