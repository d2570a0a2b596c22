/**
 * npm run data:template [-- --out <bestand.xlsx>]
 *
 * Writes the empty spreadsheet a beheerder starts from: every column in the header row,
 * drop-downs on the columns with a fixed list, and a sheet "Uitleg" that says per column
 * whether it is required and which values it takes.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { HELP_SHEET, templateWorkbook } from '../src/lib/server/workbook';

const HELP = `Gebruik: npm run data:template [-- --out <bestand.xlsx>]
Schrijft een lege spreadsheet om het aanbod in te vullen. Standaard: aanbod-sjabloon.xlsx.
Het werkblad "${HELP_SHEET}" zegt per kolom wat erin moet. Inlezen: npm run data:import -- <bestand.xlsx>`;

export async function main(
	argv: readonly string[],
	out: (line: string) => void = console.log
): Promise<number> {
	let args;
	try {
		args = parseArgs({
			args: [...argv],
			options: { out: { type: 'string' }, help: { type: 'boolean', default: false } }
		});
	} catch (error) {
		out(`${(error as Error).message}\n\n${HELP}`);
		return 1;
	}
	if (args.values.help) {
		out(HELP);
		return 0;
	}
	const path = resolve(args.values.out ?? 'aanbod-sjabloon.xlsx');
	writeFileSync(path, await templateWorkbook());
	out(
		`Sjabloon geschreven naar ${path}. Vul het in en lees het in met: npm run data:import -- ${path}`
	);
	return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	process.exit(await main(process.argv.slice(2)));
}
