/**
 * The area hierarchy of one site: a gemeente with or without wijken, or a region of
 * several gemeenten, each with optional wijken. The one place that answers "which
 * gemeenten are there", "which wijken has this gemeente", "which area holds this point"
 * and "what is this code called", so pages, the check and the importer never each
 * reinvent it. Pure: works on the parsed gebieden.geojson, in the build and the browser.
 */
import type { AreaGeometry, Position } from '../data/schema';
import { distanceToArea, isInside } from '../geo';
import { compareDutch } from '../i18n/dutch-order';
import { answerAreasBy } from './question';

export type AreaType = 'gemeente' | 'wijk';

/** The shape of a gebieden.geojson feature this module needs (the schema's, structurally). */
export interface AreaInput {
	geometry: AreaGeometry;
	properties: { type: AreaType; code: string; name: string; gemeente?: string };
}

export interface Area {
	type: AreaType;
	code: string;
	name: string;
	/** The gemeente's code: its own for a gemeente, its parent's for a wijk. */
	gemeente: string;
	geometry: AreaGeometry;
}

export interface AreaHierarchy {
	/** Every area, gemeenten first, in file order. */
	areas: readonly Area[];
	gemeenten: readonly Area[];
	wijken: readonly Area[];
	/** The code of the site's gemeente when there is exactly one. */
	single?: string;
}

/**
 * The wijk's gemeente is the `gemeente` property, or the only gemeente when there is one.
 * A wijk whose gemeente is unknown keeps an empty parent; `hierarchyProblems` reports it.
 */
export function buildHierarchy(features: readonly AreaInput[]): AreaHierarchy {
	const gemeenteFeatures = features.filter((f) => f.properties.type === 'gemeente');
	const single = gemeenteFeatures.length === 1 ? gemeenteFeatures[0]!.properties.code : undefined;
	const toArea = (f: AreaInput): Area => ({
		type: f.properties.type,
		code: f.properties.code,
		name: f.properties.name,
		gemeente:
			f.properties.type === 'gemeente'
				? f.properties.code
				: (f.properties.gemeente ?? single ?? ''),
		geometry: f.geometry
	});
	const gemeenten = gemeenteFeatures.map(toArea);
	const wijken = features.filter((f) => f.properties.type === 'wijk').map(toArea);
	return { areas: [...gemeenten, ...wijken], gemeenten, wijken, single };
}

export function areaByCode(hierarchy: AreaHierarchy, code: string): Area | undefined {
	return hierarchy.areas.find((a) => a.code === code);
}

export function wijkenOf(hierarchy: AreaHierarchy, gemeente: string): Area[] {
	return hierarchy.wijken.filter((w) => w.gemeente === gemeente);
}

/**
 * The areas a visitor can answer with, with their outlines: the wijken, and in a region the
 * gemeenten without wijken (see `answerAreasBy`). Neighbours, coverage rows and the
 * question all count these, in file order.
 */
export function answerAreasOf(hierarchy: AreaHierarchy): Area[] {
	return answerAreasBy(hierarchy.gemeenten, (g) => wijkenOf(hierarchy, g.code));
}

/** A site of several gemeenten: its words say "gemeente" and "regio", not "wijk" and "gemeente". */
export function isRegion(hierarchy: AreaHierarchy): boolean {
	return hierarchy.gemeenten.length > 1;
}

/** The gemeente an area code belongs to: the gemeente itself, or a wijk's gemeente. */
export function gemeenteOf(hierarchy: AreaHierarchy, code?: string): Area | undefined {
	const area = code ? areaByCode(hierarchy, code) : undefined;
	return area && hierarchy.gemeenten.find((g) => g.code === area.gemeente);
}

export interface AreaRef {
	code: string;
	name: string;
}

/** Areas as the pages list them: code and name, by Dutch name order. */
export function byName<T extends AreaRef>(areas: readonly T[]): AreaRef[] {
	return areas
		.map((a) => ({ code: a.code, name: a.name }))
		.sort((a, b) => compareDutch(a.name, b.name));
}

/**
 * The wijk list of the footer, the overview and the wijk pages: every wijk by name. The one
 * place that filters the features for wijken, so no page keeps its own copy of the rule.
 */
export function wijkList(hierarchy: AreaHierarchy): AreaRef[] {
	return byName(hierarchy.wijken);
}

/**
 * The gemeente an offer belongs to: the gemeente of its area code, else the gemeente that
 * holds its point, else the nearest one. Undefined for an offer with neither (region-wide).
 */
export function gemeenteOfOffer(
	hierarchy: AreaHierarchy,
	offer: { wijk?: string; point?: Position }
): Area | undefined {
	return (
		gemeenteOf(hierarchy, offer.wijk) ??
		(offer.point ? nearestGemeente(hierarchy, offer.point)?.gemeente : undefined)
	);
}

/** "WK050501 (Binnenstad)": how error lists name an area, so a beheerder recognises it. */
export function labelOf(hierarchy: AreaHierarchy, code: string): string {
	const area = areaByCode(hierarchy, code);
	return area ? `${code} (${area.name})` : code;
}

/** Case, diacritics, punctuation and spacing do not count: "Sint-Jozef" = "sint jozef". */
export function normalizeAreaName(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/**
 * A cell from a spreadsheet → an area code: a code (any case) or a name (case and
 * diacritics ignored). A name shared by two areas (a wijk called like its gemeente)
 * resolves to the wijk only when `type` asks for it; otherwise it stays ambiguous.
 */
export function resolveArea(
	hierarchy: AreaHierarchy,
	text: string,
	type?: AreaType
): { code: string } | { ambiguous: string[] } | undefined {
	const wanted = text.trim();
	if (!wanted) return undefined;
	const candidates = type ? hierarchy.areas.filter((a) => a.type === type) : hierarchy.areas;
	const byCode = candidates.find((a) => a.code.toUpperCase() === wanted.toUpperCase());
	if (byCode) return { code: byCode.code };
	const name = normalizeAreaName(wanted);
	const byName = candidates.filter((a) => normalizeAreaName(a.name) === name);
	if (byName.length === 1) return { code: byName[0]!.code };
	if (byName.length > 1) return { ambiguous: byName.map((a) => a.code) };
	return undefined;
}

/** The smallest area holding the point: its wijk, else its gemeente, else none. */
export function areaAt(hierarchy: AreaHierarchy, point: Position): Area | undefined {
	return (
		hierarchy.wijken.find((w) => isInside(point, w.geometry)) ??
		hierarchy.gemeenten.find((g) => isInside(point, g.geometry))
	);
}

/** The gemeente holding the point, or the nearest one with its distance when none does. */
export function nearestGemeente(
	hierarchy: AreaHierarchy,
	point: Position
): { gemeente: Area; metres: number } | undefined {
	let best: { gemeente: Area; metres: number } | undefined;
	for (const gemeente of hierarchy.gemeenten) {
		const metres = distanceToArea(point, gemeente.geometry);
		if (!best || metres < best.metres) best = { gemeente, metres };
		if (metres === 0) break;
	}
	return best;
}

export interface AreaConflict {
	stated: Area;
	actual: Area;
	/** How far the point lies outside the stated area. */
	metres: number;
}

/**
 * A point that lies in another area than its stated code, by more than `toleranceMetres`
 * (points on a border, geocoded to a house front, are not a conflict). Only areas of the
 * stated type are compared: a wijk code against wijken, a gemeente code against gemeenten.
 */
export function areaConflict(
	hierarchy: AreaHierarchy,
	code: string,
	point: Position,
	toleranceMetres = 50
): AreaConflict | undefined {
	const stated = areaByCode(hierarchy, code);
	if (!stated || isInside(point, stated.geometry)) return undefined;
	const pool = stated.type === 'wijk' ? hierarchy.wijken : hierarchy.gemeenten;
	const actual = pool.find((a) => isInside(point, a.geometry));
	if (!actual) return undefined;
	const metres = distanceToArea(point, stated.geometry);
	return metres > toleranceMetres ? { stated, actual, metres } : undefined;
}

export interface HierarchyProblem {
	code: string;
	message: string;
}

/** The largest distance from a wijk's outline to its gemeente: 0 when it lies fully inside. */
function furthestOutside(wijk: AreaGeometry, gemeente: AreaGeometry): number {
	const polygons = wijk.type === 'Polygon' ? [wijk.coordinates] : wijk.coordinates;
	let worst = 0;
	for (const [outer] of polygons) {
		// Every vertex is enough: borders are drawn vertex to vertex, and checking each one
		// keeps the cost linear in the wijk's size times the gemeente's.
		for (const vertex of outer ?? []) {
			if (isInside(vertex, gemeente)) continue;
			worst = Math.max(worst, distanceToArea(vertex, gemeente));
		}
	}
	return worst;
}

/** How far a wijk's border may stray over its gemeente's: generalised CBS borders differ by metres. */
export const WIJK_TOLERANCE_METRES = 100;

/** What makes the hierarchy unusable: duplicate codes, wijken without (or outside) their gemeente. */
export function hierarchyProblems(
	features: readonly AreaInput[],
	toleranceMetres = WIJK_TOLERANCE_METRES
): HierarchyProblem[] {
	const problems: HierarchyProblem[] = [];
	const hierarchy = buildHierarchy(features);
	if (hierarchy.gemeenten.length === 0) {
		problems.push({
			code: '',
			message: 'heeft geen gemeente (type "gemeente"): zet minstens de grens van de gemeente erin'
		});
	}
	const seen = new Set<string>();
	for (const area of hierarchy.areas) {
		if (seen.has(area.code))
			problems.push({
				code: area.code,
				message: `de code ${area.code} komt twee keer voor; elke code moet uniek zijn`
			});
		seen.add(area.code);
	}
	const gemeenteCodes = hierarchy.gemeenten.map((g) => labelOf(hierarchy, g.code)).join(', ');
	for (const wijk of hierarchy.wijken) {
		const gemeente = hierarchy.gemeenten.find((g) => g.code === wijk.gemeente);
		if (!gemeente) {
			problems.push({
				code: wijk.code,
				message: wijk.gemeente
					? `hoort bij gemeente "${wijk.gemeente}", maar die staat niet in het bestand; kies uit: ${gemeenteCodes}`
					: `zegt niet bij welke gemeente de wijk hoort: vul "gemeente" in met de code, kies uit: ${gemeenteCodes}`
			});
			continue;
		}
		const outside = furthestOutside(wijk.geometry, gemeente.geometry);
		if (outside > toleranceMetres) {
			problems.push({
				code: wijk.code,
				message: `ligt tot ${Math.round(outside)} m buiten de gemeente ${labelOf(hierarchy, gemeente.code)}; klopt de grens, of hoort de wijk bij een andere gemeente?`
			});
		}
	}
	return problems;
}

export {
	firstContactFor,
	firstContactsByGemeente,
	type FirstContactSettings
} from './first-contact';
export {
	answerAreas,
	answerAreasBy,
	asksWhere,
	gemeenteOfAnswer,
	stepsAsked,
	whereChoices,
	type GemeenteChoice,
	type NamedArea,
	type WhereChoice
} from './question';
