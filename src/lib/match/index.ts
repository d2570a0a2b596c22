/**
 * Which offers fit the resident's answers, and in what order. Pure: the results page,
 * the map and the tests all call the same functions.
 */
import type { AnswerKey, Answers } from '../answers';
import type { Listing, Position } from '../data';
import { distanceInMetres } from '../geo';
import { compareDutch } from '../i18n/dutch-order';

/** Where an offer is, seen from the chosen wijk: in it, for the whole gemeente, next door, elsewhere. */
export type Nearness = 'wijk' | 'gemeente' | 'buurwijk' | 'elders';
const PLACE_ORDER: Record<Nearness, number> = { wijk: 0, gemeente: 1, buurwijk: 2, elders: 3 };

export interface Match {
	listing: Listing;
	/** Higher is a closer fit: specific help for the chosen situation, group or relation. */
	score: number;
	/** The answers this offer does not meet; empty for a fitting offer. */
	misses: AnswerKey[];
	place: Nearness;
	distance?: number;
}

export interface MatchContext {
	/** Wijk code → codes of the wijken that border it. */
	neighbours: ReadonlyMap<string, ReadonlySet<string>>;
	/** The naaste's home, when known. */
	location?: Position;
	/** The id of the steunpunt mantelzorg, shown apart as "Begin hier". */
	steunpuntId: string;
	/** Area code → its gemeente's code (see `gemeenteCodes`); in a region this keeps gemeenten apart. */
	gemeenteOf?: ReadonlyMap<string, string>;
}

/** The neighbour lists as page data carries them (plain arrays) → the map matching reads. */
export function neighbourSets(
	lists: Record<string, readonly string[]>
): MatchContext['neighbours'] {
	return new Map(Object.entries(lists).map(([code, list]) => [code, new Set(list)]));
}

export interface MatchResult {
	steunpunt?: Listing;
	matches: Match[];
	/** Close matches (one answer missed) when fewer than 3 fit, or help specific to the chosen situation. */
	closeMatches: Match[];
	/** The answer that, left out, would give the most extra results. */
	loosen?: AnswerKey;
	/** Fewer than MIN_RESULTS fit, so the close matches fill in (rather than add help for the situation). */
	few: boolean;
}

export const MIN_RESULTS = 3;
const MAX_CLOSE_MATCHES = 6;

const overlaps = <T>(a: readonly T[] | undefined, b: readonly T[]) =>
	!!a?.some((item) => b.includes(item));
const isGeneral = (list: readonly unknown[] | undefined) => !list || list.length === 0;

function placeOf(listing: Listing, wijk: string | undefined, context: MatchContext): Nearness {
	if (!wijk) return 'gemeente';
	if (listing.wijk === wijk) return 'wijk';
	const ours = context.gemeenteOf?.get(wijk);
	const theirs = listing.wijk && context.gemeenteOf?.get(listing.wijk);
	// In a region, help in another gemeente is never "for the whole gemeente": at best next door.
	if (ours && theirs && ours !== theirs)
		return context.neighbours.get(wijk)?.has(listing.wijk!) ? 'buurwijk' : 'elders';
	if (!listing.wijk || !listing.coordinates || listing.serviceArea === 'gemeente')
		return 'gemeente';
	if (listing.wijk === ours) return 'gemeente';
	if (context.neighbours.get(wijk)?.has(listing.wijk)) return 'buurwijk';
	return 'elders';
}

export function matchOne(listing: Listing, answers: Answers, context: MatchContext): Match {
	const misses: AnswerKey[] = [];
	let score = 0;

	if (answers.hulp.length) {
		if (overlaps(listing.needs, answers.hulp))
			score += listing.needs.filter((n) => answers.hulp.includes(n)).length;
		else misses.push('hulp');
	}
	// An offer without conditions, relations or groups is for everyone; a specific one only fits its own.
	if (answers.situatie.length && !isGeneral(listing.conditions)) {
		if (overlaps(listing.conditions, answers.situatie)) score += 3;
		else misses.push('situatie');
	}
	if (answers.voor.length && !isGeneral(listing.relations)) {
		if (overlaps(listing.relations, answers.voor)) score += 2;
		else misses.push('voor');
	}
	if (answers.groep.length && !isGeneral(listing.groups)) {
		if (overlaps(listing.groups, answers.groep)) score += 3;
		else misses.push('groep');
	}
	const place = placeOf(listing, answers.wijk, context);
	if (place === 'elders') misses.push('wijk');

	const distance =
		context.location && listing.coordinates
			? distanceInMetres(context.location, listing.coordinates)
			: undefined;
	return { listing, score, misses, place, distance };
}

export function compareMatches(a: Match, b: Match): number {
	return (
		PLACE_ORDER[a.place] - PLACE_ORDER[b.place] ||
		b.score - a.score ||
		(a.distance ?? Infinity) - (b.distance ?? Infinity) ||
		compareDutch(a.listing.name, b.listing.name)
	);
}

export function matchOffers(
	listings: readonly Listing[],
	answers: Answers,
	context: MatchContext
): MatchResult {
	const steunpunt = listings.find((l) => l.id === context.steunpuntId);
	const all = listings.filter((l) => l !== steunpunt).map((l) => matchOne(l, answers, context));
	const matches = all.filter((m) => m.misses.length === 0).sort(compareMatches);
	const nearMisses = all.filter((m) => m.misses.length === 1);

	let closeMatches: Match[] = [];
	let loosen: AnswerKey | undefined;
	if (matches.length < MIN_RESULTS) {
		const gains = new Map<AnswerKey, number>();
		for (const m of nearMisses) gains.set(m.misses[0]!, (gains.get(m.misses[0]!) ?? 0) + 1);
		loosen = [...gains.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
		closeMatches = nearMisses.sort((a, b) => b.score - a.score || compareMatches(a, b));
	} else if (answers.situatie.length) {
		// Help made for the chosen situation is worth showing even when it answers another question.
		closeMatches = nearMisses
			.filter((m) => m.misses[0] === 'hulp' && overlaps(m.listing.conditions, answers.situatie))
			.sort((a, b) => b.score - a.score || compareMatches(a, b));
	}
	return {
		steunpunt,
		matches,
		closeMatches: closeMatches.slice(0, MAX_CLOSE_MATCHES),
		loosen,
		few: matches.length < MIN_RESULTS
	};
}

/**
 * Every offer as a fit, in data order, with the steunpunt apart: what the results page shows
 * before it has read the answers, which is all its hydration needs (a count, "Begin hier").
 * Matching and sorting wait for a task of their own.
 */
export function unsortedAll(listings: readonly Listing[], steunpuntId: string): MatchResult {
	const steunpunt = listings.find((l) => l.id === steunpuntId);
	return {
		steunpunt,
		matches: listings
			.filter((l) => l !== steunpunt)
			.map((listing) => ({ listing, score: 0, misses: [], place: 'gemeente' })),
		closeMatches: [],
		few: false
	};
}

export {
	compareWithinGroup,
	gemeenteCodes,
	groupByArea,
	placeOfCode,
	type AreaFacts,
	type AreaGroup,
	type AreaGroups,
	type AreaKind,
	type NamedPlace
} from './groups';
