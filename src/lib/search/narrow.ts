/**
 * A query narrows what the answers already chose: only offers the search found stay,
 * better search matches first. Search scores that differ by less than a tenth of the best
 * say nothing about which offer fits better, so within such a tier the offers keep the
 * order they had (fit to the answers, then distance).
 */
import type { SearchHit } from './engine';

const TIERS = 10;

export function narrowBySearch<T extends { listing: { id: string } }>(
	items: readonly T[],
	hits: readonly SearchHit[]
): T[] {
	const best = Math.max(0, ...hits.map((hit) => hit.score));
	const tier = new Map(
		hits.map((hit) => [
			hit.id,
			best ? Math.min(TIERS - 1, Math.floor((hit.score / best) * TIERS)) : 0
		])
	);
	return items
		.map((item, order) => ({ item, order, tier: tier.get(item.listing.id) }))
		.filter((entry): entry is { item: T; order: number; tier: number } => entry.tier !== undefined)
		.sort((a, b) => b.tier - a.tier || a.order - b.order)
		.map((entry) => entry.item);
}
