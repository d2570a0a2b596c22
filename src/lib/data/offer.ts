import type { Offer } from './schema';
import { KIND_BY_ID, type ForWhomId, type NeedId } from './taxonomy';

/** An offer's hulpvragen: its own, or its kind's defaults when it names none. */
export function effectiveNeeds(offer: Pick<Offer, 'needs' | 'kind'>): readonly NeedId[] {
	return offer.needs?.length ? offer.needs : KIND_BY_ID[offer.kind].needs;
}

/** Who an offer is for: its own answer, or what its kind is usually for when it does not say. */
export function effectiveForWhom(offer: Pick<Offer, 'forWhom' | 'kind'>): ForWhomId {
	return offer.forWhom ?? KIND_BY_ID[offer.kind].forWhom;
}
