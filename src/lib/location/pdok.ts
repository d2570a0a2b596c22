/**
 * The PDOK Locatieserver (https://api.pdok.nl/bzk/locatieserver/search/v3_1/free) for a
 * postcode that is not in data/postcodes.json. Only used when the beheerder switched it on
 * in data/site.json (geocoder.pdok): it sends the postcode to a government server, so it
 * is off by default. `fetch` is a parameter: the tests use a recorded answer.
 */
import { m } from '../i18n';
import type { Position } from '../data/schema';
import { LOCATIESERVER_URL, parseWktPoint, samePostcode, type FetchLike } from '../pdok';
import type { Postcode } from './postcode';

export { LOCATIESERVER_URL, type FetchLike };

/** PDOK could not be asked or gave no usable answer; the message is for the resident. */
export class PdokUnavailable extends Error {
	override name = 'PdokUnavailable';
	constructor() {
		super(m.location_lookup_later());
	}
}

const TIMEOUT_MS = 8_000;

interface PdokDoc {
	postcode?: unknown;
	centroide_ll?: unknown;
}

/** The docs of a Locatieserver answer, or undefined when it has another shape. A plain check: the page needs no zod. */
function docsOf(body: unknown): PdokDoc[] | undefined {
	const docs = (body as { response?: { docs?: unknown } } | null)?.response?.docs;
	return Array.isArray(docs) && docs.every((doc) => typeof doc === 'object' && doc !== null)
		? (docs as PdokDoc[])
		: undefined;
}

/** Only PC6 postcodes: PDOK's type "postcode" is a six-character postcode. */
export function pdokPostcodeUrl(postcode: Postcode): string {
	const params = new URLSearchParams({
		q: postcode.code,
		fq: 'type:postcode',
		rows: '1',
		fl: 'postcode,centroide_ll,weergavenaam'
	});
	return `${LOCATIESERVER_URL}?${params}`;
}

/** The centre of a PC6 postcode, or null when PDOK does not know it. Throws PdokUnavailable. */
export async function lookupPostcodeAtPdok(
	postcode: Postcode,
	fetchFn: FetchLike
): Promise<Position | null> {
	if (!postcode.letters) return null;
	let body: unknown;
	try {
		const response = await fetchFn(pdokPostcodeUrl(postcode), {
			signal: AbortSignal.timeout(TIMEOUT_MS),
			headers: { accept: 'application/json' }
		});
		if (!response.ok) throw new PdokUnavailable();
		body = await response.json();
	} catch {
		throw new PdokUnavailable();
	}
	const docs = docsOf(body);
	if (!docs) throw new PdokUnavailable();
	const doc = docs.find(
		(d) => typeof d.postcode === 'string' && samePostcode(d.postcode, postcode.code)
	);
	return (typeof doc?.centroide_ll === 'string' && parseWktPoint(doc.centroide_ll)) || null;
}
