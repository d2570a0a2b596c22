/**
 * npm run data:check [-- <data dir>]: prints every problem in the data set in Dutch, one
 * line each, then a count. Exit 1 on errors; warnings and stale entries alone exit 0.
 */
import { resolve } from 'node:path';
import { checkReportLines } from '../src/lib/data/report';
import { checkDataDir } from '../src/lib/server/data';
import { EXIT_FAILED, EXIT_OK, consoleIo, readArgs, runAsScript, type Io } from './cli';

const HELP = `Gebruik: npm run data:check [-- <map>]

Controleert de gegevens in de map (standaard data, of DATA_DIR) en noemt elk probleem
met bestand, aanbod en veld. Bij fouten is de uitkomst 1; waarschuwingen alleen: 0.`;

export function main(argv: readonly string[], io: Io = consoleIo): number {
	const args = readArgs(argv, {}, { help: HELP, positionals: true, io });
	if (typeof args === 'number') return args;
	const dir = resolve(args.positionals[0] ?? process.env.DATA_DIR ?? 'data');
	const { result, readErrors } = checkDataDir(dir);
	// The same lines /beheer shows for a spreadsheet checked in the browser.
	for (const line of checkReportLines(
		result.problems,
		result.dataset?.offers.length,
		dir,
		readErrors
	))
		io.out(line);
	return readErrors.length || result.problems.some((p) => p.level === 'fout')
		? EXIT_FAILED
		: EXIT_OK;
}

await runAsScript(import.meta.url, main);
