/**
 * The compact form of an offer that list pages, the map and matching need in the
 * browser: everything a card shows, nothing more.
 */
import { effectiveForWhom, effectiveNeeds } from './offer';
import type { OfferFeature, Position } from './schema';
import { KIND_BY_ID } from './taxonomy';
import { inLanguage } from './translate';

export function formatAddress(address: {
	street: string;
	postcode?: string;
	city: string;
}): string {
	return address.postcode
		? `${address.street}, ${address.postcode} ${address.city}`
		: `${address.street}, ${address.city}`;
}

/** `locale`: the page language; the name and summary are in it when the data translates them. */
export function toListing({ properties, geometry }: OfferFeature, locale = 'nl') {
	const offer = inLanguage(properties, locale);
	return {
		id: offer.id,
		name: offer.name,
		summary: offer.summary,
		textLang: offer.textLang,
		kind: offer.kind,
		needs: [...effectiveNeeds(offer)],
		conditions: offer.conditions,
		relations: offer.relations,
		groups: offer.groups,
		forWhom: effectiveForWhom(offer),
		wijk: offer.wijk,
		serviceArea: offer.serviceArea,
		delivery: offer.delivery,
		coordinates: geometry?.coordinates as Position | undefined,
		phone: offer.phones?.[0]?.number,
		address: offer.address ? formatAddress(offer.address) : undefined,
		howToStart: offer.howToStart,
		cost: offer.cost,
		schedules: KIND_BY_ID[offer.kind].meets ? offer.schedules : undefined
	};
}

export type Listing = ReturnType<typeof toListing>;
