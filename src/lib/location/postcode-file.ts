/**
 * data/postcodes.json and its conversion to the compact table the browser fetches. Used at
 * build time only (the postcodes.json endpoint and the tests), so the zod schema stays out
 * of the pages.
 */
import { z } from 'zod';
import { parsePostcode, type PostcodeEntry, type PostcodeTable } from './postcode';

const fileEntry = z.object({
	lon: z.number().min(-180).max(180),
	lat: z.number().min(-90).max(90),
	wijk: z.string().optional()
});

/** data/postcodes.json as written by `npm run data:postcodes` (pc6 may be added by hand or another source). */
export const postcodeFileSchema = z.object({
	pc4: z.record(z.string(), fileEntry),
	pc6: z.record(z.string(), fileEntry).optional()
});

export type PostcodeFile = z.infer<typeof postcodeFileSchema>;

const toEntry = ({ lon, lat, wijk }: z.infer<typeof fileEntry>): PostcodeEntry =>
	wijk ? [lon, lat, wijk] : [lon, lat];

/** The file → the table the browser gets. Keys that are no postcode are left out. */
export function toPostcodeTable(file: PostcodeFile, pdok: boolean): PostcodeTable {
	const table: PostcodeTable = { pdok, pc4: {}, pc6: {} };
	for (const [key, entry] of Object.entries(file.pc4)) {
		const postcode = parsePostcode(key);
		if (postcode && !postcode.letters) table.pc4[postcode.pc4] = toEntry(entry);
	}
	for (const [key, entry] of Object.entries(file.pc6 ?? {})) {
		const postcode = parsePostcode(key);
		if (postcode?.letters) table.pc6[postcode.code] = toEntry(entry);
	}
	return table;
}
