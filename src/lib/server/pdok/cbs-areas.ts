/**
 * CBS gemeenten and wijken → gebieden.geojson. CBS polygons come in full detail and as
 * separate land and water parts; the map needs the land, in lon/lat, to a metre or so.
 */
import { z } from 'zod';
import {
	areaCollectionSchema,
	type AreaCollection,
	type AreaFeature,
	type AreaGeometry,
	type Position
} from '../../data/schema';
import type { FetchLike } from '../../pdok';
import { PdokError } from './http';
import { fetchAllFeatures, wijkenEnBuurtenUrl, type OgcFeature } from './ogc';

const positionSchema = z.tuple([z.number(), z.number()]).rest(z.number());
const polygonCoordinates = z.array(z.array(positionSchema));
const cbsGeometrySchema = z.discriminatedUnion('type', [
	z.object({ type: z.literal('Polygon'), coordinates: polygonCoordinates }),
	z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygonCoordinates) })
]);

/** Polygons get five decimals (about a metre): plenty for a plattegrond, and CBS outlines have many points. */
const DECIMALS = 5;
const roundTo = (value: number, decimals: number) =>
	Math.round(value * 10 ** decimals) / 10 ** decimals;

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

export function polygonsOfCbs(geometry: unknown): Position[][][] {
	const parsed = cbsGeometrySchema.safeParse(geometry);
	if (!parsed.success) return [];
	const polygons =
		parsed.data.type === 'Polygon' ? [parsed.data.coordinates] : parsed.data.coordinates;
	return polygons
		.map((polygon) => polygon.map(cleanRing).filter((ring) => ring.length >= 4))
		.filter((polygon) => polygon.length > 0);
}

export function toGeometry(polygons: Position[][][]): AreaGeometry | undefined {
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
