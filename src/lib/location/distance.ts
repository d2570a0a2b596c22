/** The "binnen 2 / 5 / 10 km" filter. */
import type { Listing } from '../data/listing';

export const KM_CHOICES = [2, 5, 10] as const;
export type Km = (typeof KM_CHOICES)[number];

/**
 * A place you go to counts when it is within `km`; help that comes to your home, by phone
 * or online counts everywhere, and so does help without a place.
 */
export function isWithin(
	listing: Pick<Listing, 'delivery'>,
	distance: number | undefined,
	km: Km
): boolean {
	if (distance === undefined) return true;
	if (listing.delivery?.some((way) => way !== 'ter-plaatse')) return true;
	return distance <= km * 1000;
}
