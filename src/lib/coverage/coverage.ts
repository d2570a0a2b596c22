/**
 * Which wijk lacks which kind of help: for every wijk and hulpvraag, how many offers a
 * resident of that wijk can use, and how many of those are in the wijk itself. Pure.
 *
 * An offer counts for a wijk when it is located there, or when it is for the whole
 * gemeente: no wijk, no place on the map, or serviceArea "gemeente". That is the same rule
 * the resident's results use (`placeOf` in match), so this overview shows what a resident
 * of the wijk is offered.
 */
import { answerAreasOf, gemeenteOfOffer, wijkenOf, type AreaHierarchy } from '../areas';
import { effectiveNeeds } from '../data/offer';
import type { OfferFeature } from '../data/schema';
import { AANDACHTSPUNTEN, NEEDS, type Aandachtspunt, type NeedId } from '../data/taxonomy';
import { compareDutch } from '../i18n/dutch-order';

export interface WijkRef {
	code: string;
	name: string;
	/** In a region, a row can be a whole gemeente: its words then say "gemeente", not "wijk". */
	type?: 'gemeente';
}

/**
 * `tekort`: nothing at all for residents of the wijk.
 * `alleen-gemeentebreed`: only offers for the whole gemeente, none in the wijk itself.
 */
export type CellStatus = 'ok' | 'alleen-gemeentebreed' | 'tekort';

export interface CoverageCount {
	/** Offers a resident of the wijk can use: in the wijk plus gemeente-wide. */
	total: number;
	/** Of those, the offers located in the wijk itself. */
	inWijk: number;
	status: CellStatus;
}

export interface NeedCell extends CoverageCount {
	need: NeedId;
}

export interface CoverageRow {
	wijk: WijkRef;
	/** One cell per hulpvraag, in the order of NEEDS. */
	cells: NeedCell[];
}

export interface AandachtspuntCell extends CoverageCount {
	aandachtspunt: Aandachtspunt;
	/** The hulpvragen of this aandachtspunt with nothing in the wijk itself. */
	gaps: NeedId[];
}

export interface AandachtspuntRow {
	wijk: WijkRef;
	/** One cell per aandachtspunt, in the order of AANDACHTSPUNTEN. */
	cells: AandachtspuntCell[];
}

/** The four aandachtspunten with their hulpvragen, from NEEDS[].aandachtspunt. */
export const AANDACHTSPUNT_GROUPS = AANDACHTSPUNTEN.map((punt) => ({
	...punt,
	needs: NEEDS.filter((need) => need.aandachtspunt === punt.id).map((need) => need.id) as NeedId[]
}));

/** How an offer reaches an area's residents: in the area itself, from a wider area, or not. */
type Reach = 'wijk' | 'gemeente' | undefined;
type ReachOf = (feature: OfferFeature) => Reach;

/** Help without a place of its own: no area, no point, or for the whole gemeente. */
const placeless = ({ properties: offer, geometry }: OfferFeature) =>
	!offer.wijk || !geometry || offer.serviceArea === 'gemeente';

function reach(feature: OfferFeature, wijk: string): Reach {
	if (feature.properties.wijk === wijk) return 'wijk';
	return placeless(feature) ? 'gemeente' : undefined;
}

function status(total: number, inWijk: number): CellStatus {
	if (total === 0) return 'tekort';
	return inWijk === 0 ? 'alleen-gemeentebreed' : 'ok';
}

/** Counts the offers that reach the area and match `fits`; each offer counts once. */
function count(
	offers: readonly OfferFeature[],
	reachOf: ReachOf,
	fits: (needs: readonly NeedId[]) => boolean
): CoverageCount {
	let total = 0;
	let inWijk = 0;
	for (const feature of offers) {
		const where = reachOf(feature);
		if (!where || !fits(effectiveNeeds(feature.properties))) continue;
		total++;
		if (where === 'wijk') inWijk++;
	}
	return { total, inWijk, status: status(total, inWijk) };
}

/** An area's row: the area, and how each offer reaches its residents. */
export interface AreaReach {
	wijk: WijkRef;
	reach: ReachOf;
}

const byWijk = (wijken: readonly WijkRef[]): AreaReach[] =>
	wijken.map((wijk) => ({ wijk, reach: (feature) => reach(feature, wijk.code) }));

function rowsByNeed(offers: readonly OfferFeature[], areas: readonly AreaReach[]): CoverageRow[] {
	return areas.map(({ wijk, reach }) => ({
		wijk,
		cells: NEEDS.map((need) => ({
			need: need.id,
			...count(offers, reach, (needs) => needs.includes(need.id))
		}))
	}));
}

export function coverageByNeed(
	offers: readonly OfferFeature[],
	wijken: readonly WijkRef[] | readonly AreaReach[]
): CoverageRow[] {
	return rowsByNeed(offers, toReach(wijken));
}

function toReach(areas: readonly WijkRef[] | readonly AreaReach[]): AreaReach[] {
	return areas.map((a) => ('reach' in a ? a : byWijk([a])[0]!));
}

/**
 * A region's areas for the overview. `gemeenten`: each gemeente, reached by its own offers
 * ("in the gemeente") and by the region's (offers of no gemeente). `wijken`: each gemeente's
 * wijken, reached by their own offers, their gemeente's help without a place, and the
 * region's. `answerAreas`: what a resident answers (every wijk, and each gemeente without
 * wijken), for the shaded map and the aandachtspunt table.
 */
export function regionAreas(offers: readonly OfferFeature[], hierarchy: AreaHierarchy) {
	const gemeenteOf = new Map(
		offers.map((f) => [
			f,
			gemeenteOfOffer(hierarchy, { wijk: f.properties.wijk, point: f.geometry?.coordinates })?.code
		])
	);
	const byName = (a: WijkRef, b: WijkRef) => compareDutch(a.name, b.name);
	const gemeenten: AreaReach[] = [...hierarchy.gemeenten]
		.map((g) => ({ code: g.code, name: g.name, type: 'gemeente' as const }))
		.sort(byName)
		.map((wijk): AreaReach => ({
			wijk,
			reach: (f) => {
				const own = gemeenteOf.get(f);
				return own === wijk.code ? 'wijk' : own === undefined ? 'gemeente' : undefined;
			}
		}));
	const wijkenPerGemeente = gemeenten.map(({ wijk: gemeente }) => ({
		gemeente,
		wijken: wijkenOf(hierarchy, gemeente.code)
			.map((w) => ({ code: w.code, name: w.name }))
			.sort(byName)
			.map((wijk): AreaReach => ({
				wijk,
				reach: (f) => {
					if (f.properties.wijk === wijk.code) return 'wijk';
					const own = gemeenteOf.get(f);
					if (own === undefined) return 'gemeente';
					return own === gemeente.code && (placeless(f) || f.properties.wijk === gemeente.code)
						? 'gemeente'
						: undefined;
				}
			}))
	}));
	// In the table's order (by name), the areas the one answer-area rule names.
	const answerCodes = new Set(answerAreasOf(hierarchy).map((a) => a.code));
	const answerAreas = gemeenten
		.flatMap((g, i) => [g, ...wijkenPerGemeente[i]!.wijken])
		.filter((row) => answerCodes.has(row.wijk.code));
	return { gemeenten, wijkenPerGemeente, answerAreas };
}

/** The same table per aandachtspunt; an offer with two hulpvragen in one aandachtspunt counts once. */
export function coverageByAandachtspunt(
	offers: readonly OfferFeature[],
	wijken: readonly WijkRef[] | readonly AreaReach[]
): AandachtspuntRow[] {
	const areas = toReach(wijken);
	return rowsByNeed(offers, areas).map((row, i) => ({
		wijk: row.wijk,
		cells: AANDACHTSPUNT_GROUPS.map((group) => ({
			aandachtspunt: group.id,
			...count(offers, areas[i]!.reach, (needs) =>
				needs.some((need) => group.needs.includes(need))
			),
			gaps: row.cells
				.filter((cell) => cell.status !== 'ok' && group.needs.includes(cell.need))
				.map((cell) => cell.need)
		}))
	}));
}

export interface WijkGaps {
	wijk: WijkRef;
	/** Hulpvragen with nothing at all for this wijk. */
	tekort: NeedId[];
	/** Hulpvragen with only gemeente-wide offers. */
	alleenGemeentebreed: NeedId[];
	/**
	 * How strongly the map shades the wijk: 0 every hulpvraag is in the wijk, 1 one or two
	 * are not, 2 three or more are not, or one has no offer at all.
	 */
	level: 0 | 1 | 2;
}

export function gapsOf(row: CoverageRow): WijkGaps {
	const tekort = row.cells.filter((cell) => cell.status === 'tekort').map((cell) => cell.need);
	const alleenGemeentebreed = row.cells
		.filter((cell) => cell.status === 'alleen-gemeentebreed')
		.map((cell) => cell.need);
	const missing = tekort.length + alleenGemeentebreed.length;
	const level = missing === 0 ? 0 : tekort.length > 0 || missing >= 3 ? 2 : 1;
	return { wijk: row.wijk, tekort, alleenGemeentebreed, level };
}
