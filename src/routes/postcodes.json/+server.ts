/**
 * The postcode centres of data/postcodes.json, compact, fetched only when someone enters a
 * postcode; with the beheerder's choice whether the PDOK Locatieserver may be asked too.
 * Without the file, the postcode field says it does not know the postcode.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { json } from '@sveltejs/kit';
import { EMPTY_POSTCODE_TABLE } from '$lib/location/postcode';
import { postcodeFileSchema, toPostcodeTable } from '$lib/location/postcode-file';
import { dataDir, loadDataset } from '$lib/server/data';

export const prerender = true;

export function GET() {
	const { site } = loadDataset();
	const path = join(dataDir(), 'postcodes.json');
	if (!existsSync(path)) return json({ ...EMPTY_POSTCODE_TABLE, pdok: site.geocoder.pdok });
	const parsed = postcodeFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new Error(`FOUT ${path}: ${issue?.path.join('.')} ${issue?.message}`);
	}
	return json(toPostcodeTable(parsed.data, site.geocoder.pdok));
}
