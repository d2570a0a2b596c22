import type { Offer } from './schema';
import { KIND_BY_ID, type NeedId } from './taxonomy';

/** An offer's hulpvragen: its own, or its kind's defaults when it names none. */
export function effectiveNeeds(offer: Pick<Offer, 'needs' | 'kind'>): readonly NeedId[] {
	return offer.needs?.length ? offer.needs : KIND_BY_ID[offer.kind].needs;
}
