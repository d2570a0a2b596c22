/** The Locatieserver: one address → one point, for `data:import --geocode`. */
import { z } from 'zod';
import type { Position } from '../../data/schema';
import { roundCoordinate } from '../../geo';
import { LOCATIESERVER_URL, parseWktPoint, samePostcode, type FetchLike } from '../../pdok';
import { getJson, PdokError } from './http';

const locatieserverSchema = z.object({
	response: z.object({
		numFound: z.number().optional(),
		docs: z.array(
			z.object({
				centroide_ll: z.string().optional(),
				postcode: z.string().optional(),
				weergavenaam: z.string().optional()
			})
		)
	})
});

export interface AddressQuery {
	street: string;
	/** Often missing in real lists: street and city alone find most addresses. */
	postcode?: string;
	city: string;
}

export interface GeocodeResult {
	position: Position;
	/** The address PDOK found, to show next to the beheerder's own. */
	label?: string;
	/** PDOK found this address under another postcode: probably the wrong place. */
	postcodeDiffers: boolean;
	/** The postcode PDOK has for the address ("1234 AB"), to fill one the sheet left out. */
	postcode?: string;
}

export function locatieserverUrl(address: AddressQuery): string {
	const q = [address.street, address.postcode, address.city].filter(Boolean).join(' ');
	return `${LOCATIESERVER_URL}?q=${encodeURIComponent(q)}&rows=1&fq=type:adres`;
}

/** The point of an address, or null when PDOK does not know it. Throws PdokError when PDOK cannot be reached. */
export async function geocodeAddress(
	address: AddressQuery,
	fetchFn: FetchLike = fetch
): Promise<GeocodeResult | null> {
	const url = locatieserverUrl(address);
	const parsed = locatieserverSchema.safeParse(await getJson(url, fetchFn));
	if (!parsed.success)
		throw new PdokError(`De Locatieserver gaf een onverwacht antwoord bij ${url}`);
	const doc = parsed.data.response.docs[0];
	const point = doc?.centroide_ll ? parseWktPoint(doc.centroide_ll) : undefined;
	if (!doc || !point) return null;
	const found = doc.postcode && /^([1-9]\d{3})\s*([A-Z]{2})$/i.exec(doc.postcode.trim());
	return {
		position: [roundCoordinate(point[0]), roundCoordinate(point[1])],
		label: doc.weergavenaam,
		postcodeDiffers:
			!!doc.postcode && !!address.postcode && !samePostcode(doc.postcode, address.postcode),
		...(found && { postcode: `${found[1]} ${found[2]!.toUpperCase()}` })
	};
}
