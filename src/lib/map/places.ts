/**
 * One marker per place: offers that share an address (or the exact same point) become one
 * place with a count, so no marker ever hides under another.
 */
import type { Listing } from '../data/listing';
import type { Position } from '../data/schema';
import { NEEDS, type NeedId } from '../data/taxonomy';
import { compareDutch } from '../i18n/dutch-order';

/** What the map needs from an offer; a full `Listing` fits. */
export type MapListing = Pick<Listing, 'id' | 'name' | 'needs' | 'address' | 'coordinates'>;

export interface PlaceOffer {
	id: string;
	name: string;
	/** The first hulpvraag: it picks the colour and symbol. */
	need: NeedId;
}

export interface Place {
	/** Stable between renders: the address, or the rounded point when there is none. */
	key: string;
	coordinates: Position;
	/** "Dorpsstraat 1": the street part of the address. */
	street?: string;
	offers: PlaceOffer[];
	/** The hulpvraag most of its offers start with. */
	need: NeedId;
}

const NEED_ORDER = new Map(NEEDS.map((n, i) => [n.id, i]));

// 5 decimals is about a metre: two entries for the same door get the same key.
const pointKey = ([lon, lat]: Position) => `${lon.toFixed(5)},${lat.toFixed(5)}`;
const addressKey = (address: string) => address.toLowerCase().replace(/\s+/g, ' ').trim();

function mainNeed(offers: PlaceOffer[]): NeedId {
	if (offers.length === 1) return offers[0]!.need;
	const counts = new Map<NeedId, number>();
	for (const offer of offers) counts.set(offer.need, (counts.get(offer.need) ?? 0) + 1);
	return [...counts].sort(
		(a, b) => b[1] - a[1] || NEED_ORDER.get(a[0])! - NEED_ORDER.get(b[0])!
	)[0]![0];
}

/** Offers without coordinates are left out here; the page lists them apart. */
export function groupByPlace(listings: readonly MapListing[]): Place[] {
	const byKey = new Map<string, Omit<Place, 'need'>>();
	const byPoint = new Map<string, Omit<Place, 'need'>>();
	for (const listing of listings) {
		if (!listing.coordinates || !listing.needs[0]) continue;
		const offer: PlaceOffer = { id: listing.id, name: listing.name, need: listing.needs[0] };
		const point = pointKey(listing.coordinates);
		const key = listing.address ? addressKey(listing.address) : point;
		const place = byKey.get(key) ?? byPoint.get(point);
		if (place) {
			place.offers.push(offer);
			continue;
		}
		const created = {
			key,
			coordinates: listing.coordinates,
			street: listing.address?.split(',')[0]?.trim(),
			offers: [offer]
		};
		byKey.set(key, created);
		byPoint.set(point, created);
	}
	const places: Place[] = [];
	for (const place of byKey.values()) {
		if (place.offers.length > 1) place.offers.sort((a, b) => compareDutch(a.name, b.name));
		places.push({ ...place, need: mainNeed(place.offers) });
	}
	return places;
}
