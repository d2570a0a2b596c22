/**
 * The PDOK services this project uses, all public and keyless: the Locatieserver (address →
 * point) and the CBS OGC APIs (gemeente, wijken, postcode areas). Only the command-line
 * scripts call these, never a visitor's browser. `fetch` is a parameter so the tests run
 * on recorded answers and this machine needs no network to test them.
 */
import { z } from 'zod';
import { bboxOf, isInside } from '../geo';
import {
	areaCollectionSchema,
	type AreaCollection,
	type AreaFeature,
	type AreaGeometry,
	type Position
} from '../data/schema';

export type FetchLike = (
	url: string,
	init?: { headers?: Record<string, string>; signal?: AbortSignal }
) => Promise<Response>;

export const PDOK_OFFLINE = 'Kan PDOK niet bereiken: controleer de internetverbinding';

/** A failure with a Dutch message that a script can print as it is. */
export class PdokError extends Error {
	override name = 'PdokError';
}

const TIMEOUT_MS = 30_000;

async function getJson(url: string, fetchFn: FetchLike): Promise<unknown> {
	let response: Response;
	try {
		response = await fetchFn(url, {
			headers: { accept: 'application/geo+json, application/json' },
			signal: AbortSignal.timeout(TIMEOUT_MS)
		});
	} catch {
		throw new PdokError(`${PDOK_OFFLINE} (${new URL(url).origin}).`);
	}
	if (!response.ok) {
		throw new PdokError(`PDOK gaf een fout (${response.status} ${response.statusText}) bij ${url}`);
	}
	try {
		return await response.json();
	} catch {
		throw new PdokError(`PDOK gaf een antwoord dat geen JSON is, bij ${url}`);
	}
}

/* ----------------------------------------------------------------------------------
 * Locatieserver: one address → one point.
 * -------------------------------------------------------------------------------- */

export const LOCATIESERVER_URL = 'https://api.pdok.nl/bzk/locatieserver/search/v3_1/free';

const locatieserverSchema = z.object({
	response: z.object({
		numFound: z.number().optional(),
		docs: z.array(
			z.object({
				centroide_ll: z.string().optional(),
				postcode: z.string().optional(),
				weergavenaam: z.string().optional()
			})
		)
	})
});

export interface AddressQuery {
	street: string;
	/** Often missing in real lists: street and city alone find most addresses. */
	postcode?: string;
	city: string;
}

export interface GeocodeResult {
	position: Position;
	/** The address PDOK found, to show next to the beheerder's own. */
	label?: string;
	/** PDOK found this address under another postcode: probably the wrong place. */
	postcodeDiffers: boolean;
	/** The postcode PDOK has for the address ("1234 AB"), to fill one the sheet left out. */
	postcode?: string;
}

export function locatieserverUrl(address: AddressQuery): string {
	const q = [address.street, address.postcode, address.city].filter(Boolean).join(' ');
	return `${LOCATIESERVER_URL}?q=${encodeURIComponent(q)}&rows=1&fq=type:adres`;
}

/** "POINT(4.89 52.37)" → [4.89, 52.37]. */
export function parseWktPoint(wkt: string): Position | undefined {
	const match = /^POINT\s*\(\s*(-?[\d.]+)\s+(-?[\d.]+)\s*\)$/i.exec(wkt.trim());
	if (!match) return undefined;
	const lon = Number(match[1]);
	const lat = Number(match[2]);
	return Number.isFinite(lon) && Number.isFinite(lat) ? [lon, lat] : undefined;
}

const roundTo = (value: number, decimals: number) =>
	Math.round(value * 10 ** decimals) / 10 ** decimals;

/** Points get six decimals (about 10 cm), like the rest of data/; more only lengthens the files. */
const POINT_DECIMALS = 6;

/** The point of an address, or null when PDOK does not know it. Throws PdokError when PDOK cannot be reached. */
export async function geocodeAddress(
	address: AddressQuery,
	fetchFn: FetchLike = fetch
): Promise<GeocodeResult | null> {
	const url = locatieserverUrl(address);
	const parsed = locatieserverSchema.safeParse(await getJson(url, fetchFn));
	if (!parsed.success)
		throw new PdokError(`De Locatieserver gaf een onverwacht antwoord bij ${url}`);
	const doc = parsed.data.response.docs[0];
	const point = doc?.centroide_ll ? parseWktPoint(doc.centroide_ll) : undefined;
	if (!doc || !point) return null;
	const normalize = (postcode: string) => postcode.replace(/\s/g, '').toUpperCase();
	const found = doc.postcode && /^([1-9]\d{3})\s*([A-Z]{2})$/i.exec(doc.postcode.trim());
	return {
		position: [roundTo(point[0], POINT_DECIMALS), roundTo(point[1], POINT_DECIMALS)],
		label: doc.weergavenaam,
		postcodeDiffers:
			!!doc.postcode &&
			!!address.postcode &&
			normalize(doc.postcode) !== normalize(address.postcode),
		...(found && { postcode: `${found[1]} ${found[2]!.toUpperCase()}` })
	};
}

/* ----------------------------------------------------------------------------------
 * OGC API Features (CBS wijken en buurten, CBS postcode4): paged FeatureCollections.
 * -------------------------------------------------------------------------------- */

const ogcPageSchema = z.object({
	type: z.literal('FeatureCollection'),
	features: z.array(
		z.object({
			type: z.literal('Feature'),
			geometry: z.unknown(),
			properties: z.record(z.string(), z.unknown()).nullable()
		})
	),
	links: z
		.array(z.object({ rel: z.string(), href: z.string(), type: z.string().optional() }))
		.optional()
});

export type OgcFeature = z.infer<typeof ogcPageSchema>['features'][number];

const MAX_PAGES = 200;

/** Every feature of a collection query, following the `next` links page by page. */
export async function fetchAllFeatures(
	url: string,
	fetchFn: FetchLike = fetch
): Promise<OgcFeature[]> {
	const features: OgcFeature[] = [];
	const visited = new Set<string>();
	let next: string | undefined = url;
	while (next) {
		if (visited.has(next) || visited.size >= MAX_PAGES) {
			throw new PdokError(
				`PDOK blijft naar volgende pagina's verwijzen; gestopt na ${visited.size} pagina's bij ${url}`
			);
		}
		visited.add(next);
		const parsed = ogcPageSchema.safeParse(await getJson(next, fetchFn));
		if (!parsed.success) throw new PdokError(`PDOK gaf geen GeoJSON FeatureCollection bij ${next}`);
		features.push(...parsed.data.features);
		next = parsed.data.links?.find(
			(link) => link.rel === 'next' && (!link.type || link.type.includes('json'))
		)?.href;
	}
	return features;
}

export function wijkenEnBuurtenUrl(
	jaar: number,
	collection: 'gemeenten' | 'wijken',
	gemeentecode: string
): string {
	return `https://api.pdok.nl/cbs/wijken-en-buurten-${jaar}/ogc/v1/collections/${collection}/items?gemeentecode=${gemeentecode}&f=json&limit=1000`;
}

export function postcode4Url(
	jaarcode: number,
	bbox: readonly [number, number, number, number]
): string {
	return `https://api.pdok.nl/cbs/postcode4/ogc/v1/collections/postcode4/items?jaarcode=${jaarcode}&bbox=${bbox.join(',')}&f=json&limit=1000`;
}

/** "GM0505", "gm0505" and "0505" all mean gemeentecode GM0505; anything else is an error. */
export function parseGemeentecode(value: string): string | undefined {
	const match = /^(?:gm)?(\d{4})$/i.exec(value.trim());
	return match ? `GM${match[1]}` : undefined;
}

/* ----------------------------------------------------------------------------------
 * Geometry from CBS: the polygons come in full detail and as separate land and water
 * parts; the map needs the land, in lon/lat, to a metre or so.
 * -------------------------------------------------------------------------------- */

const positionSchema = z.tuple([z.number(), z.number()]).rest(z.number());
const polygonCoordinates = z.array(z.array(positionSchema));
const cbsGeometrySchema = z.discriminatedUnion('type', [
	z.object({ type: z.literal('Polygon'), coordinates: polygonCoordinates }),
	z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygonCoordinates) })
]);

/** Polygons get five decimals (about a metre): plenty for a plattegrond, and CBS outlines have many points. */
const DECIMALS = 5;

function cleanRing(ring: readonly (readonly number[])[]): Position[] {
	const out: Position[] = [];
	for (const point of ring) {
		const position: Position = [roundTo(point[0]!, DECIMALS), roundTo(point[1]!, DECIMALS)];
		const last = out[out.length - 1];
		if (!last || last[0] !== position[0] || last[1] !== position[1]) out.push(position);
	}
	const first = out[0];
	const last = out[out.length - 1];
	if (first && last && (first[0] !== last[0] || first[1] !== last[1]))
		out.push([first[0], first[1]]);
	return out;
}

function polygonsOfCbs(geometry: unknown): Position[][][] {
	const parsed = cbsGeometrySchema.safeParse(geometry);
	if (!parsed.success) return [];
	const polygons =
		parsed.data.type === 'Polygon' ? [parsed.data.coordinates] : parsed.data.coordinates;
	return polygons
		.map((polygon) => polygon.map(cleanRing).filter((ring) => ring.length >= 4))
		.filter((polygon) => polygon.length > 0);
}

function toGeometry(polygons: Position[][][]): AreaGeometry | undefined {
	if (polygons.length === 0) return undefined;
	return polygons.length === 1
		? { type: 'Polygon', coordinates: polygons[0]! }
		: { type: 'MultiPolygon', coordinates: polygons };
}

/** CBS marks the water parts of a gemeente or wijk with water = "JA"; the map shows land. */
function isWater(properties: Record<string, unknown> | null): boolean {
	return String(properties?.water ?? '').toUpperCase() === 'JA';
}

function stringProperty(
	properties: Record<string, unknown> | null,
	key: string
): string | undefined {
	const value = properties?.[key];
	return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function groupAreas(
	features: readonly OgcFeature[],
	codeKey: string,
	nameKey: string,
	type: 'gemeente' | 'wijk'
): AreaFeature[] {
	const groups = new Map<string, { name: string; polygons: Position[][][] }>();
	for (const feature of features) {
		if (isWater(feature.properties)) continue;
		const code = stringProperty(feature.properties, codeKey);
		const name = stringProperty(feature.properties, nameKey);
		if (!code || !name) continue;
		const group = groups.get(code) ?? { name, polygons: [] };
		group.polygons.push(...polygonsOfCbs(feature.geometry));
		groups.set(code, group);
	}
	return [...groups.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.flatMap(([code, { name, polygons }]) => {
			const geometry = toGeometry(polygons);
			return geometry
				? [{ type: 'Feature' as const, geometry, properties: { type, code, name } }]
				: [];
		});
}

export function attributionFor(jaar: number): string {
	return `Kadaster / Centraal Bureau voor de Statistiek, ${jaar}`;
}

/** CBS gemeenten and wijken features → our gebieden.geojson, checked with its schema. */
export function buildGebieden(
	gemeenten: readonly OgcFeature[],
	wijken: readonly OgcFeature[],
	{ gemeentecode, jaar }: { gemeentecode: string; jaar: number }
): AreaCollection {
	const gemeente = groupAreas(
		gemeenten.filter((f) => stringProperty(f.properties, 'gemeentecode') === gemeentecode),
		'gemeentecode',
		'gemeentenaam',
		'gemeente'
	);
	if (gemeente.length === 0) {
		throw new PdokError(
			`Gemeente ${gemeentecode} staat niet in CBS wijken en buurten ${jaar}. Klopt de gemeentecode en het jaar?`
		);
	}
	const wijkFeatures = groupAreas(
		wijken.filter((f) => stringProperty(f.properties, 'gemeentecode') === gemeentecode),
		'wijkcode',
		'wijknaam',
		'wijk'
	);
	if (wijkFeatures.length === 0)
		throw new PdokError(
			`CBS wijken en buurten ${jaar} heeft geen wijken voor gemeente ${gemeentecode}.`
		);
	const collection = {
		type: 'FeatureCollection' as const,
		attribution: attributionFor(jaar),
		features: [...gemeente, ...wijkFeatures]
	};
	const parsed = areaCollectionSchema.safeParse(collection);
	if (!parsed.success) {
		const first = parsed.error.issues[0];
		throw new PdokError(
			`De gebieden van CBS passen niet in gebieden.geojson: ${first?.path.join('.')} ${first?.message}`
		);
	}
	return parsed.data;
}

export async function downloadGebieden(
	{ gemeentecode, jaar }: { gemeentecode: string; jaar: number },
	fetchFn: FetchLike = fetch
): Promise<AreaCollection> {
	const gemeenten = await fetchAllFeatures(
		wijkenEnBuurtenUrl(jaar, 'gemeenten', gemeentecode),
		fetchFn
	);
	const wijken = await fetchAllFeatures(wijkenEnBuurtenUrl(jaar, 'wijken', gemeentecode), fetchFn);
	return buildGebieden(gemeenten, wijken, { gemeentecode, jaar });
}

/* ----------------------------------------------------------------------------------
 * Postcodes: the centre of every PC4 area in the gemeente, so "waar woont uw naaste?"
 * works offline from a postcode alone.
 * -------------------------------------------------------------------------------- */

export interface PostcodeEntry {
	lon: number;
	lat: number;
	wijk?: string;
}

export interface PostcodeIndex {
	pc4: Record<string, PostcodeEntry>;
}

/** Signed area and area-weighted centre of one ring (shoelace formula), in degrees. */
function ringMoments(ring: readonly Position[]): { area: number; x: number; y: number } {
	let area = 0;
	let x = 0;
	let y = 0;
	for (let i = 0; i < ring.length - 1; i++) {
		const [x0, y0] = ring[i]!;
		const [x1, y1] = ring[i + 1]!;
		const cross = x0 * y1 - x1 * y0;
		area += cross;
		x += (x0 + x1) * cross;
		y += (y0 + y1) * cross;
	}
	return { area: area / 2, x: x / 6, y: y / 6 };
}

/**
 * The centre of mass of a (multi)polygon, holes subtracted. Computed on lon/lat as a
 * plane: stretching one axis by cos(lat) moves no centroid, so this equals the centroid
 * on a local flat map at gemeente scale.
 */
export function polygonCentroid(geometry: AreaGeometry): Position | undefined {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	let area = 0;
	let x = 0;
	let y = 0;
	for (const polygon of polygons) {
		for (const [index, ring] of polygon.entries()) {
			// The outer ring adds, holes subtract, whichever way each ring winds.
			const moments = ringMoments(ring);
			const factor = (index === 0 ? 1 : -1) * Math.sign(moments.area);
			area += factor * moments.area;
			x += factor * moments.x;
			y += factor * moments.y;
		}
	}
	if (area === 0) return undefined;
	return [x / area, y / area];
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
	const outline = gebieden.features.find((f) => f.properties.type === 'gemeente');
	if (!outline) throw new PdokError('De gebieden hebben geen gemeente.');
	const wijken = gebieden.features.filter((f) => f.properties.type === 'wijk');
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
		const wijk = wijken.find((w) => isInside(centre, w.geometry))?.properties.code;
		pc4[postcode] = {
			lon: roundTo(centre[0], POINT_DECIMALS),
			lat: roundTo(centre[1], POINT_DECIMALS),
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
	const outline = gebieden.features.find((f) => f.properties.type === 'gemeente')!;
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
