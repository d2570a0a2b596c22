/**
 * npm run data:check [-- <data dir>]: prints every problem in the data set in Dutch, one
 * line each, then a count. Exit 1 on errors; warnings and stale entries alone exit 0.
 */
import { resolve } from 'node:path';
import { formatProblem, summarize } from '../src/lib/data';
import { checkDataDir } from '../src/lib/server/data';

const dir = resolve(process.argv[2] ?? process.env.DATA_DIR ?? 'data');
const { result, readErrors } = checkDataDir(dir);
const order = { fout: 0, waarschuwing: 1, verouderd: 2 } as const;
const problems = [...result.problems].sort((a, b) => order[a.level] - order[b.level]);

for (const line of readErrors) console.log(line);
for (const problem of problems) console.log(formatProblem(problem, dir));
// Unknowns are not mistakes but something to fill in: say per field how many there are.
const unknown = (field: string) =>
	result.problems.filter((p) => p.detail?.kind === 'onbekend' && p.detail.field === field).length;
const unknownCounts = [
	['kosten', unknown('cost')],
	['aanmelden (eerste stap)', unknown('howToStart')]
] as const;
if (unknownCounts.some(([, count]) => count > 0)) {
	console.log(
		`\nNiet bekend, om in te vullen: ${unknownCounts
			.filter(([, count]) => count > 0)
			.map(([name, count]) => `${name} bij ${count} aanbod`)
			.join(', ')}.`
	);
}
const offers = result.dataset?.offers.length;
console.log(
	`\n${readErrors.length ? `${readErrors.length} bestanden niet te lezen, ` : ''}${summarize(result.problems)}` +
		(offers !== undefined ? ` · ${offers} aanbod goedgekeurd` : '')
);
process.exit(readErrors.length || problems.some((p) => p.level === 'fout') ? 1 : 0);
