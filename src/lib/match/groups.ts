/**
 * Honest "near you": results for an area say where each offer is. What lies in the chosen
 * area comes first under its own name; then each neighbouring wijk or gemeente, by name;
 * then what serves a whole gemeente or the region. When the chosen area has little, the page
 * says so in one line instead of passing off the neighbours' help as local. Pure: the page
 * hands in the area lists it already has (the layout's gemeenten with their wijken).
 */
import type { GemeenteChoice } from '../areas';
import { compareMatches, MIN_RESULTS, type Match } from './index';
import { compareDutch } from '../i18n/dutch-order';

export type AreaKind = 'wijk' | 'gemeente' | 'regio';

export interface NamedPlace {
	/** Absent for the region: it is no area of gebieden.geojson. */
	code?: string;
	name: string;
	kind: AreaKind;
}

export interface AreaGroup {
	/** here: in the chosen area; near: in a neighbouring area; wide: for a whole gemeente or the region. */
	relation: 'here' | 'near' | 'wide';
	place: NamedPlace;
	matches: Match[];
}

export interface AreaGroups {
	/** The chosen area, named for what it is. */
	chosen: NamedPlace;
	/** Only groups with offers, in reading order. */
	groups: AreaGroup[];
	/** The chosen area has no or too few offers while other groups have some: the page says so. */
	short?: 'none' | 'few';
}

export interface AreaFacts {
	gemeenten: readonly GemeenteChoice[];
	/** The region's name, in a site of several gemeenten. */
	regio?: string;
}

/** Area code → the code of its gemeente (a gemeente is its own), for matching across gemeenten. */
export function gemeenteCodes(gemeenten: readonly GemeenteChoice[]): Map<string, string> {
	return new Map(
		gemeenten.flatMap((g) => [g, ...g.wijken].map((area): [string, string] => [area.code, g.code]))
	);
}

/** The area a code names, as a place with its kind; undefined for an unknown code. */
export function placeOfCode(facts: AreaFacts, code: string): NamedPlace | undefined {
	for (const g of facts.gemeenten) {
		if (g.code === code) return { code, name: g.name, kind: 'gemeente' };
		const wijk = g.wijken.find((w) => w.code === code);
		if (wijk) return { code, name: wijk.name, kind: 'wijk' };
	}
	return undefined;
}

/** Nearest first when the distance is known; then the better fit, then the name. */
export function compareWithinGroup(a: Match, b: Match): number {
	return (a.distance ?? Infinity) - (b.distance ?? Infinity) || compareMatches(a, b);
}

/** The whole area an offer without a place of its own serves: its gemeente, else the region. */
function wideArea(match: Match, facts: AreaFacts, gemeenteOf: Map<string, string>): NamedPlace {
	const code = match.listing.wijk && gemeenteOf.get(match.listing.wijk);
	const gemeente = code ? placeOfCode(facts, code) : undefined;
	if (gemeente) return gemeente;
	if (facts.gemeenten.length === 1) {
		const only = facts.gemeenten[0]!;
		return { code: only.code, name: only.name, kind: 'gemeente' };
	}
	return { name: facts.regio ?? '', kind: 'regio' };
}

/**
 * The fitting offers for `chosen` (the area answer), grouped by where they are. `matches`
 * come from `matchOffers` with the same answer: their `place` says in, next to or for all.
 */
export function groupByArea(
	matches: readonly Match[],
	chosen: string,
	facts: AreaFacts
): AreaGroups | undefined {
	const chosenPlace = placeOfCode(facts, chosen);
	if (!chosenPlace) return undefined;
	const gemeenteOf = gemeenteCodes(facts.gemeenten);
	const byKey = new Map<string, AreaGroup>();
	const add = (relation: AreaGroup['relation'], place: NamedPlace, match: Match) => {
		const key = `${relation}:${place.code ?? ''}`;
		const group = byKey.get(key) ?? { relation, place, matches: [] };
		group.matches.push(match);
		byKey.set(key, group);
	};
	for (const match of matches) {
		const near = match.listing.wijk && placeOfCode(facts, match.listing.wijk);
		if (match.place === 'wijk') add('here', chosenPlace, match);
		else if (match.place === 'buurwijk' && near) add('near', near, match);
		else if (match.place !== 'elders') add('wide', wideArea(match, facts, gemeenteOf), match);
	}
	const groups = [...byKey.values()];
	for (const group of groups) group.matches.sort(compareWithinGroup);
	const here = groups.filter((g) => g.relation === 'here');
	const nearby = groups.filter((g) => g.relation === 'near').sort(byClosest);
	// The chosen gemeente's own before the region's.
	const wide = groups
		.filter((g) => g.relation === 'wide')
		.sort((a, b) => Number(a.place.kind === 'regio') - Number(b.place.kind === 'regio'));
	const inChosen = here[0]?.matches.length ?? 0;
	const others = nearby.length + wide.length;
	return {
		chosen: chosenPlace,
		groups: [...here, ...nearby, ...wide],
		short: others && inChosen < MIN_RESULTS ? (inChosen ? 'few' : 'none') : undefined
	};
}

/** The neighbour with the nearest offer first; without distances, the one with most offers, then by name. */
function byClosest(a: AreaGroup, b: AreaGroup): number {
	const closest = (g: AreaGroup) => g.matches[0]?.distance ?? Infinity;
	return (
		closest(a) - closest(b) ||
		b.matches.length - a.matches.length ||
		compareDutch(a.place.name, b.place.name)
	);
}
