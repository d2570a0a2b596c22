/**
 * Which wijk lacks which kind of help: for every wijk and hulpvraag, how many offers a
 * resident of that wijk can use, and how many of those are in the wijk itself. Pure.
 *
 * An offer counts for a wijk when it is located there, or when it is for the whole
 * gemeente: no wijk, no place on the map, or serviceArea "gemeente". That is the same rule
 * the resident's results use (`placeOf` in match), so this overview shows what a resident
 * of the wijk is offered.
 */
import { effectiveNeeds } from '../data/offer';
import type { AreaCollection, OfferFeature } from '../data/schema';
import { AANDACHTSPUNTEN, NEEDS, type Aandachtspunt, type NeedId } from '../data/taxonomy';

export interface WijkRef {
	code: string;
	name: string;
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

/** The wijken of gebieden.geojson by name, the order of the footer and the wijk pages. */
export function wijkenOf(areas: AreaCollection): WijkRef[] {
	return areas.features
		.filter((f) => f.properties.type === 'wijk')
		.map((f) => ({ code: f.properties.code, name: f.properties.name }))
		.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** The four aandachtspunten with their hulpvragen, from NEEDS[].aandachtspunt. */
export const AANDACHTSPUNT_GROUPS = AANDACHTSPUNTEN.map((punt) => ({
	...punt,
	needs: NEEDS.filter((need) => need.aandachtspunt === punt.id).map((need) => need.id) as NeedId[]
}));

type Reach = 'wijk' | 'gemeente' | undefined;

function reach({ properties: offer, geometry }: OfferFeature, wijk: string): Reach {
	if (offer.wijk === wijk) return 'wijk';
	if (!offer.wijk || !geometry || offer.serviceArea === 'gemeente') return 'gemeente';
	return undefined;
}

function status(total: number, inWijk: number): CellStatus {
	if (total === 0) return 'tekort';
	return inWijk === 0 ? 'alleen-gemeentebreed' : 'ok';
}

/** Counts the offers that reach the wijk and match `fits`; each offer counts once. */
function count(
	offers: readonly OfferFeature[],
	wijk: string,
	fits: (needs: readonly NeedId[]) => boolean
): CoverageCount {
	let total = 0;
	let inWijk = 0;
	for (const feature of offers) {
		const where = reach(feature, wijk);
		if (!where || !fits(effectiveNeeds(feature.properties))) continue;
		total++;
		if (where === 'wijk') inWijk++;
	}
	return { total, inWijk, status: status(total, inWijk) };
}

export function coverageByNeed(
	offers: readonly OfferFeature[],
	wijken: readonly WijkRef[]
): CoverageRow[] {
	return wijken.map((wijk) => ({
		wijk,
		cells: NEEDS.map((need) => ({
			need: need.id,
			...count(offers, wijk.code, (needs) => needs.includes(need.id))
		}))
	}));
}

/** The same table per aandachtspunt; an offer with two hulpvragen in one aandachtspunt counts once. */
export function coverageByAandachtspunt(
	offers: readonly OfferFeature[],
	wijken: readonly WijkRef[]
): AandachtspuntRow[] {
	return coverageByNeed(offers, wijken).map((row) => ({
		wijk: row.wijk,
		cells: AANDACHTSPUNT_GROUPS.map((group) => ({
			aandachtspunt: group.id,
			...count(offers, row.wijk.code, (needs) => needs.some((need) => group.needs.includes(need))),
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
