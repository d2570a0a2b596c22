/**
 * Dutch postcodes: reading what people type ("1234AB", "1234 ab", "1234") and finding the
 * centre of the area in data/postcodes.json, PC6 first, then PC4. Pure: the table is
 * passed in, so the page, the tests and the build all use the same functions.
 */
import type { Position } from '../data/schema';

export interface Postcode {
	/** Four digits. */
	pc4: string;
	/** The two letters, upper case, when given. */
	letters?: string;
	/** For the URL: "1234AB" or "1234". */
	code: string;
	/** For people: "1234 AB" or "1234". */
	label: string;
}

const POSTCODE_INPUT = /^([1-9]\d{3})([A-Z]{2})?$/;

/** "1234AB", "1234 ab", " 1234-AB " and "1234" are postcodes; anything else is undefined. */
export function parsePostcode(input: string): Postcode | undefined {
	const match = POSTCODE_INPUT.exec(input.toUpperCase().replace(/[\s-]/g, ''));
	if (!match) return undefined;
	const [, pc4, letters] = match as unknown as [string, string, string | undefined];
	return letters
		? { pc4, letters, code: pc4 + letters, label: `${pc4} ${letters}` }
		: { pc4, code: pc4, label: pc4 };
}

/** [lon, lat] or [lon, lat, wijk code]: the compact form the browser fetches. */
export type PostcodeEntry = [lon: number, lat: number, wijk?: string];

export interface PostcodeTable {
	/** The beheerder switched on the PDOK Locatieserver for postcodes that are not in the file. */
	pdok: boolean;
	pc4: Record<string, PostcodeEntry>;
	/** Keys without a space: "1234AB". */
	pc6: Record<string, PostcodeEntry>;
}

export const EMPTY_POSTCODE_TABLE: PostcodeTable = { pdok: false, pc4: {}, pc6: {} };

export interface PostcodePlace {
	postcode: Postcode;
	position: Position;
	wijk?: string;
	/** pc6: the centre of the street part; pc4: the centre of the whole postcode area. */
	precision: 'pc6' | 'pc4';
}

/** PC6 first; when the letters are unknown or missing, the PC4 area. */
export function lookupPostcode(
	table: PostcodeTable,
	postcode: Postcode
): PostcodePlace | undefined {
	const pc6 = postcode.letters ? table.pc6[postcode.code] : undefined;
	if (pc6) return { postcode, position: [pc6[0], pc6[1]], wijk: pc6[2], precision: 'pc6' };
	const pc4 = table.pc4[postcode.pc4];
	if (pc4) return { postcode, position: [pc4[0], pc4[1]], wijk: pc4[2], precision: 'pc4' };
	return undefined;
}
