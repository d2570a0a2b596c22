/**
 * npm run data:check [-- <data dir>]: prints every problem in the data set in Dutch, one
 * line each, then a count. Exit 1 on errors; warnings and stale entries alone exit 0.
 */
import { resolve } from 'node:path';
import { checkReportLines } from '../src/lib/data/report';
import { checkDataDir } from '../src/lib/server/data';

const dir = resolve(process.argv[2] ?? process.env.DATA_DIR ?? 'data');
const { result, readErrors } = checkDataDir(dir);
// The same lines /beheer shows for a spreadsheet checked in the browser.
for (const line of checkReportLines(
	result.problems,
	result.dataset?.offers.length,
	dir,
	readErrors
))
	console.log(line);
process.exit(readErrors.length || result.problems.some((p) => p.level === 'fout') ? 1 : 0);
