/**
 * The /kaart filters: hulpvragen and one wijk, with the same URL parameters as the results
 * page (`hulp`, `wijk`). Stricter than matching: the map shows what is where, so a wijk
 * means "in this wijk"; offers without a place stay in when they serve the whole gemeente.
 */
import type { Answers } from '../answers';
import type { Listing } from '../data/listing';

export type MapFilter = Pick<Answers, 'hulp' | 'wijk'>;

export function filterForMap<T extends Pick<Listing, 'needs' | 'wijk' | 'coordinates'>>(
	listings: readonly T[],
	{ hulp, wijk }: MapFilter
): T[] {
	return listings.filter(
		(listing) =>
			(hulp.length === 0 || listing.needs.some((need) => hulp.includes(need))) &&
			(!wijk || listing.wijk === wijk || (!listing.coordinates && !listing.wijk))
	);
}
