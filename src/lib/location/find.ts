/**
 * From what someone typed to a place, with a plain message in the page's language when that fails:
 * data/postcodes.json first (PC6), then PDOK when the beheerder switched it on, then the
 * PC4 area. An unknown postcode is a message, never an error page.
 */
import { m } from '../i18n';
import { lookupPostcodeAtPdok, PdokUnavailable, type FetchLike } from './pdok';
import { lookupPostcode, parsePostcode, type PostcodePlace, type PostcodeTable } from './postcode';

export type PostcodeOutcome =
	| { status: 'gevonden'; place: PostcodePlace }
	| { status: 'ongeldig' | 'onbekend' | 'offline'; message: string };

export function unknownPostcodeMessage(label: string, gemeente: string): string {
	return m.location_unknown_postcode({ postcode: label, gemeente });
}

export async function findPostcode(
	input: string,
	table: PostcodeTable,
	{ gemeente, fetch }: { gemeente: string; fetch: FetchLike }
): Promise<PostcodeOutcome> {
	const postcode = parsePostcode(input);
	if (!postcode) return { status: 'ongeldig', message: m.location_invalid_postcode() };
	const local = lookupPostcode(table, postcode);
	if (local?.precision === 'pc6' || !table.pdok || !postcode.letters) {
		return local
			? { status: 'gevonden', place: local }
			: { status: 'onbekend', message: unknownPostcodeMessage(postcode.label, gemeente) };
	}
	try {
		const position = await lookupPostcodeAtPdok(postcode, fetch);
		if (position)
			return {
				status: 'gevonden',
				place: { postcode, position, wijk: local?.wijk, precision: 'pc6' }
			};
	} catch (error) {
		if (!(error instanceof PdokUnavailable)) throw error;
		if (!local) return { status: 'offline', message: error.message };
	}
	return local
		? { status: 'gevonden', place: local }
		: { status: 'onbekend', message: unknownPostcodeMessage(postcode.label, gemeente) };
}

let table: Promise<PostcodeTable> | undefined;

/** The postcode table, fetched once, only when someone enters a postcode. */
export function loadPostcodeTable(
	fetchFn: FetchLike = fetch,
	url = '/postcodes.json'
): Promise<PostcodeTable> {
	table ??= fetchFn(url)
		.then((response) => {
			if (!response.ok) throw new Error(`${url}: ${response.status}`);
			return response.json() as Promise<PostcodeTable>;
		})
		.catch((error: unknown) => {
			table = undefined;
			throw error;
		});
	return table;
}
