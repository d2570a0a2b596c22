/**
 * npm run data:check [-- <data dir>]: prints every problem in the data set in Dutch, one
 * line each, then a count. Exit 1 on errors; warnings and stale entries alone exit 0.
 */
import { resolve } from 'node:path';
import { formatProblem, summarize } from '../src/lib/data';
import { checkDataDir } from '../src/lib/server/data';
import { EXIT_FAILED, EXIT_OK, consoleIo, readArgs, runAsScript, type Io } from './cli';

const HELP = `Gebruik: npm run data:check [-- <map>]

Controleert de gegevens in de map (standaard data, of DATA_DIR) en noemt elk probleem
met bestand, aanbod en veld. Bij fouten is de uitkomst 1; waarschuwingen alleen: 0.`;

const ORDER = { fout: 0, waarschuwing: 1, verouderd: 2 } as const;

export function main(argv: readonly string[], io: Io = consoleIo): number {
	const args = readArgs(argv, {}, { help: HELP, positionals: true, io });
	if (typeof args === 'number') return args;
	const dir = resolve(args.positionals[0] ?? process.env.DATA_DIR ?? 'data');
	const { result, readErrors } = checkDataDir(dir);
	const problems = [...result.problems].sort((a, b) => ORDER[a.level] - ORDER[b.level]);

	for (const line of readErrors) io.out(line);
	for (const problem of problems) io.out(formatProblem(problem, dir));
	// Unknowns are not mistakes but something to fill in: say per field how many there are.
	const unknown = (field: string) =>
		result.problems.filter((p) => p.detail?.kind === 'onbekend' && p.detail.field === field).length;
	const unknownCounts = [
		['kosten', unknown('cost')],
		['aanmelden (eerste stap)', unknown('howToStart')]
	] as const;
	if (unknownCounts.some(([, count]) => count > 0)) {
		io.out(
			`\nNiet bekend, om in te vullen: ${unknownCounts
				.filter(([, count]) => count > 0)
				.map(([name, count]) => `${name} bij ${count} aanbod`)
				.join(', ')}.`
		);
	}
	const offers = result.dataset?.offers.length;
	io.out(
		`\n${readErrors.length ? `${readErrors.length} bestanden niet te lezen, ` : ''}${summarize(result.problems)}` +
			(offers !== undefined ? ` · ${offers} aanbod goedgekeurd` : '')
	);
	return readErrors.length || problems.some((p) => p.level === 'fout') ? EXIT_FAILED : EXIT_OK;
}

await runAsScript(import.meta.url, main);
