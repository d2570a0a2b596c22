/**
 * Postcodes: the centre of every PC4 area in the gemeente, so "waar woont uw naaste?"
 * works offline from a postcode alone.
 */
import { buildHierarchy } from '../../areas';
import type { AreaCollection, AreaGeometry } from '../../data/schema';
import { bboxOf, isInside, polygonCentroid, roundCoordinate } from '../../geo';
import type { FetchLike } from '../../pdok';
import { downloadGebieden, polygonsOfCbs, toGeometry } from './cbs-areas';
import { PdokError } from './http';
import { fetchAllFeatures, postcode4Url, type OgcFeature } from './ogc';

export interface PostcodeEntry {
	lon: number;
	lat: number;
	wijk?: string;
}

export interface PostcodeIndex {
	pc4: Record<string, PostcodeEntry>;
}

function postcodeOf(properties: Record<string, unknown> | null): string | undefined {
	const value = properties?.postcode ?? properties?.postcode4 ?? properties?.pc4;
	const text =
		typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	return /^[1-9]\d{3}$/.test(text) ? text : undefined;
}

/**
 * PC4 features → centre points of the areas whose centre lies in the gemeente, each with
 * the wijk that holds it. When a postcode appears for several years, the newest wins.
 */
export function buildPostcodes(
	pc4Features: readonly OgcFeature[],
	gebieden: AreaCollection
): PostcodeIndex {
	const { gemeenten, wijken } = buildHierarchy(gebieden.features);
	const outline = gemeenten[0];
	if (!outline) throw new PdokError('De gebieden hebben geen gemeente.');
	const newest = new Map<string, { year: number; geometry: AreaGeometry }>();
	for (const feature of pc4Features) {
		const postcode = postcodeOf(feature.properties);
		const geometry = toGeometry(polygonsOfCbs(feature.geometry));
		if (!postcode || !geometry) continue;
		const year = Number(feature.properties?.jaarcode ?? 0) || 0;
		const known = newest.get(postcode);
		if (!known || year > known.year) newest.set(postcode, { year, geometry });
	}
	const pc4: Record<string, PostcodeEntry> = {};
	for (const [postcode, { geometry }] of [...newest.entries()].sort(([a], [b]) =>
		a.localeCompare(b)
	)) {
		const centre = polygonCentroid(geometry);
		if (!centre || !isInside(centre, outline.geometry)) continue;
		const wijk = wijken.find((w) => isInside(centre, w.geometry))?.code;
		pc4[postcode] = {
			lon: roundCoordinate(centre[0]),
			lat: roundCoordinate(centre[1]),
			...(wijk && { wijk })
		};
	}
	return { pc4 };
}

export async function downloadPostcodes(
	{ gemeentecode, jaar, pc4Jaar }: { gemeentecode: string; jaar: number; pc4Jaar: number },
	fetchFn: FetchLike = fetch
): Promise<{ postcodes: PostcodeIndex; gebieden: AreaCollection }> {
	const gebieden = await downloadGebieden({ gemeentecode, jaar }, fetchFn);
	const outline = buildHierarchy(gebieden.features).gemeenten[0]!;
	const features = await fetchAllFeatures(
		postcode4Url(pc4Jaar, bboxOf([outline.geometry])),
		fetchFn
	);
	const postcodes = buildPostcodes(features, gebieden);
	if (Object.keys(postcodes.pc4).length === 0) {
		throw new PdokError(
			`CBS postcode4 (${pc4Jaar}) gaf geen postcodegebieden in gemeente ${gemeentecode}. Probeer een ander jaar met --pc4-jaar.`
		);
	}
	return { postcodes, gebieden };
}
