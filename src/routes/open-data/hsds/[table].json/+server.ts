/**
 * The offers as Open Referral HSDS 3.0: one JSON file per HSDS table, the same files as
 * `npm run data:export -- --format hsds`. Checked against the HSDS schemas first; a file
 * that does not fit HSDS stops the build instead of reaching a reader.
 */
import { error } from '@sveltejs/kit';
import {
	buildHsds,
	formatHsdsProblem,
	HSDS_FILE_NAMES,
	validateHsds,
	type HsdsFileName,
	type HsdsFiles
} from '$lib/exporter';
import { loadDataset } from '$lib/server/data';

export const prerender = true;

export function entries() {
	return HSDS_FILE_NAMES.map((table) => ({ table }));
}

let cached: HsdsFiles | undefined;

function hsdsFiles(): HsdsFiles {
	if (cached) return cached;
	const { offers, site } = loadDataset();
	const files = buildHsds(offers, site);
	const problems = validateHsds(files);
	if (problems.length) {
		throw new Error(
			`De HSDS-bestanden kloppen niet met HSDS 3.0:\n${problems.map(formatHsdsProblem).join('\n')}`
		);
	}
	cached = files;
	return cached;
}

const isTable = (name: string): name is HsdsFileName =>
	(HSDS_FILE_NAMES as string[]).includes(name);

export function GET({ params }) {
	if (!isTable(params.table)) error(404, 'Dit HSDS-bestand bestaat niet.');
	return new Response(`${JSON.stringify(hsdsFiles()[params.table], null, '\t')}\n`, {
		headers: { 'content-type': 'application/json' }
	});
}
