/**
 * gebieden.geojson from a file on disk, without internet: a GeoJSON of gemeenten, wijken or
 * buurten as CBS publishes them (Wijk- en buurtkaart, in RD New EPSG:28992 or in WGS84).
 *
 * - Reprojection with proj4 (the standard JavaScript port of PROJ) and the RD New
 *   definition with its datum shift, so borders land within a metre of PDOK's own WGS84.
 * - Outlines a file does not carry (a gemeente around its wijken, wijken from buurten) are
 *   dissolved with polyclip-ts: the maintained TypeScript successor of polygon-clipping
 *   that @turf/union itself runs on, without turf's feature wrappers we do not need. Real
 *   borders do not meet exactly, so a union leaves slivers: tiny holes and crumbs are
 *   dropped by area, a real enclave (hectares) is kept.
 * - Simplified with simplify-js (Douglas-Peucker), so a plattegrond of a large gemeente
 *   stays a few hundred kilobytes.
 */
import proj4 from 'proj4';
import { union, type Geom } from 'polyclip-ts';
import simplify from 'simplify-js';
import { hierarchyProblems } from '../areas';
import type { AreaCollection, AreaFeature, AreaGeometry, Position } from '../data/schema';
import { areaCollectionSchema } from '../data/schema';

const RD_NEW =
	'+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 +ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';
const fromRd = proj4(RD_NEW, 'WGS84');

/** CBS's credit line (CC BY 4.0), written when the file is a CBS export and no --bron is given. */
export const CBS_ATTRIBUTION = 'Kadaster / Centraal Bureau voor de Statistiek';

export class AreasFileError extends Error {}

type Level = 'gemeente' | 'wijk' | 'buurt';

/** Property names CBS has used over the years, per level; the first present wins. */
const CODE_KEYS: Record<Level, string[]> = {
	gemeente: ['gemeentecode', 'GM_CODE', 'gm_code'],
	wijk: ['wijkcode', 'WK_CODE', 'wk_code'],
	buurt: ['buurtcode', 'BU_CODE', 'bu_code']
};
const NAME_KEYS: Record<Level, string[]> = {
	gemeente: ['gemeentenaam', 'GM_NAAM', 'gm_naam'],
	wijk: ['wijknaam', 'WK_NAAM', 'wk_naam'],
	buurt: ['buurtnaam', 'BU_NAAM', 'bu_naam']
};
const STAT_PREFIX: Record<string, Level> = { GM: 'gemeente', WK: 'wijk', BU: 'buurt' };

export interface AreasFromFileOptions {
	/** Property with each area's code, when not one of CBS's names. */
	code?: string;
	/** Property with each area's name. */
	naam?: string;
	/** The gemeente's name, when the file has wijken or buurten without `gemeentenaam`. */
	gemeentenaam?: string;
	/** The source's credit line; CBS files get CBS's. */
	bron?: string;
	/** Douglas-Peucker tolerance in metres. */
	simplifyMetres?: number;
	/** Holes and crumbs smaller than this many m² in a dissolved outline are slivers. */
	sliverSquareMetres?: number;
}

interface InputFeature {
	geometry: { type: string; coordinates: unknown } | null;
	properties: Record<string, unknown> | null;
}

interface SourceArea {
	level: Level;
	code: string;
	name: string;
	gemeente?: { code: string; name?: string };
	wijk?: { code: string; name?: string };
	polygons: Position[][][];
}

const textOf = (value: unknown) =>
	typeof value === 'string' && value.trim()
		? value.trim()
		: typeof value === 'number'
			? String(value)
			: undefined;
const pick = (props: Record<string, unknown>, keys: string[]) =>
	keys.map((k) => textOf(props[k])).find(Boolean);

function isRd(
	collection: { crs?: { properties?: { name?: unknown } } },
	sample: Position | undefined
): boolean {
	const crs = String(collection.crs?.properties?.name ?? '');
	if (/28992/.test(crs)) return true;
	if (/4326|CRS84/i.test(crs)) return false;
	// WGS84 degrees stay within ±180; RD metres in the Netherlands are thousands.
	return !!sample && (Math.abs(sample[0]) > 180 || Math.abs(sample[1]) > 90);
}

function polygonsOf(geometry: InputFeature['geometry'], label: string): Position[][][] {
	if (geometry?.type === 'Polygon') return [geometry.coordinates as Position[][]];
	if (geometry?.type === 'MultiPolygon') return geometry.coordinates as Position[][][];
	throw new AreasFileError(
		`${label}: heeft geen vlak (Polygon of MultiPolygon) maar ${geometry?.type ?? 'geen geometrie'}`
	);
}

function levelOf(props: Record<string, unknown>, options: AreasFromFileOptions): Level | undefined {
	const statcode =
		textOf(props.statcode) ?? (options.code ? textOf(props[options.code]) : undefined);
	const byStat = statcode ? STAT_PREFIX[statcode.slice(0, 2).toUpperCase()] : undefined;
	if (byStat) return byStat;
	if (pick(props, CODE_KEYS.buurt)) return 'buurt';
	if (pick(props, CODE_KEYS.wijk)) return 'wijk';
	if (pick(props, CODE_KEYS.gemeente)) return 'gemeente';
	return options.code ? 'gemeente' : undefined;
}

/** WK050501 → GM0505, BU05050100 → WK050501: CBS codes nest by their digits. */
const parentCode = (code: string, level: 'gemeente' | 'wijk') =>
	/^(WK|BU)\d{6}/.test(code)
		? level === 'gemeente'
			? `GM${code.slice(2, 6)}`
			: `WK${code.slice(2, 8)}`
		: undefined;

function readSource(
	raw: unknown,
	options: AreasFromFileOptions
): { areas: SourceArea[]; cbs: boolean; attribution?: string } {
	const collection = raw as {
		type?: unknown;
		features?: unknown;
		crs?: { properties?: { name?: unknown } };
		attribution?: unknown;
	};
	if (
		collection?.type !== 'FeatureCollection' ||
		!Array.isArray(collection.features) ||
		collection.features.length === 0
	) {
		throw new AreasFileError('is geen GeoJSON FeatureCollection met gebieden');
	}
	const features = collection.features as InputFeature[];
	const firstPolygon = features.find(
		(f) => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon'
	);
	const sample = firstPolygon
		? (polygonsOf(firstPolygon.geometry, '')[0]?.[0]?.[0] as Position | undefined)
		: undefined;
	const project = isRd(collection, sample)
		? ([x, y]: Position): Position => fromRd.forward([x, y]) as Position
		: ([lon, lat]: Position): Position => [lon, lat];
	const round = (n: number) => Math.round(n * 1e6) / 1e6;
	let cbs = false;
	const areas = features.map((feature, index): SourceArea => {
		const props = feature.properties ?? {};
		const label = `gebied #${index + 1}`;
		const level = levelOf(props, options);
		if (!level) {
			const keys = Object.keys(props).join(', ') || 'geen';
			throw new AreasFileError(
				`${label}: geen code gevonden (zoals gemeentecode, wijkcode, buurtcode of statcode); eigenschappen: ${keys}. Geef de naam van de eigenschap met --code`
			);
		}
		cbs ||= ['statcode', ...CODE_KEYS[level]].some((key) => key in props);
		const code =
			(options.code ? textOf(props[options.code]) : undefined) ??
			pick(props, CODE_KEYS[level]) ??
			textOf(props.statcode);
		const name =
			(options.naam ? textOf(props[options.naam]) : undefined) ??
			pick(props, NAME_KEYS[level]) ??
			textOf(props.statnaam);
		if (!code)
			throw new AreasFileError(
				`${label}: de eigenschap ${options.code ?? 'met de code'} ontbreekt`
			);
		if (!name)
			throw new AreasFileError(
				`${label} (${code}): geen naam gevonden (zoals wijknaam of statnaam); geef de eigenschap met --naam`
			);
		const gemeenteCode =
			level === 'gemeente'
				? undefined
				: (pick(props, CODE_KEYS.gemeente) ?? parentCode(code, 'gemeente'));
		const wijkCode =
			level === 'buurt' ? (pick(props, CODE_KEYS.wijk) ?? parentCode(code, 'wijk')) : undefined;
		return {
			level,
			code,
			name,
			gemeente: gemeenteCode
				? { code: gemeenteCode, name: pick(props, NAME_KEYS.gemeente) }
				: undefined,
			wijk: wijkCode ? { code: wijkCode, name: pick(props, NAME_KEYS.wijk) } : undefined,
			polygons: polygonsOf(feature.geometry, `${label} (${code})`).map((polygon) =>
				polygon.map((ring) => ring.map((p) => project(p).map(round) as Position))
			)
		};
	});
	const levels = new Set(areas.map((a) => a.level));
	if (levels.size > 1) {
		throw new AreasFileError(
			`bevat gebieden van verschillende soorten (${[...levels].join(', ')}); gebruik één bestand per soort`
		);
	}
	return { areas, cbs, attribution: textOf(collection.attribution) };
}

/** Planar area in m² of a lon/lat ring, on a flat plane around it: plenty for "is it a sliver". */
function ringSquareMetres(ring: Position[]): number {
	const lat0 = ((ring[0]?.[1] ?? 52) * Math.PI) / 180;
	const kx = 111_320 * Math.cos(lat0);
	const ky = 110_574;
	let twice = 0;
	for (let i = 1; i < ring.length; i++) {
		twice += ring[i - 1]![0] * kx * ring[i]![1] * ky - ring[i]![0] * kx * ring[i - 1]![1] * ky;
	}
	return Math.abs(twice / 2);
}

/** Union of the parts, then slivers out: holes and separate crumbs below the threshold. */
function dissolve(parts: Position[][][][], sliverSquareMetres: number): Position[][][] {
	// No snapping (polyclip-ts `setPrecision`): on real CBS borders any epsilon above 1e-8
	// made it fail to close rings; what does not meet exactly becomes a sliver, dropped below.
	const geoms = parts.flat() as Geom[];
	const merged = union(geoms[0]!, ...geoms.slice(1)) as Position[][][];
	return merged
		.filter(([outer]) => outer && ringSquareMetres(outer) >= sliverSquareMetres)
		.map(([outer, ...holes]) => [
			outer!,
			...holes.filter((hole) => ringSquareMetres(hole) >= sliverSquareMetres)
		]);
}

function simplifyRing(ring: Position[], tolerance: number): Position[] {
	const simplified = simplify(
		ring.map(([x, y]) => ({ x, y })),
		tolerance,
		true
	).map(({ x, y }) => [x, y] as Position);
	// A ring needs 4 positions (3 corners and the closing one); a tiny island keeps its shape.
	return simplified.length >= 4 ? simplified : ring;
}

function toGeometry(polygons: Position[][][], toleranceMetres: number): AreaGeometry {
	const tolerance = toleranceMetres / 111_320;
	const simplified = polygons.map((polygon) =>
		polygon.map((ring) => simplifyRing(ring, tolerance))
	);
	return simplified.length === 1
		? { type: 'Polygon', coordinates: simplified[0]! }
		: { type: 'MultiPolygon', coordinates: simplified };
}

export interface AreasFromFileResult {
	gebieden: AreaCollection;
	/** Lines for the person running the command: what was dissolved, what was guessed. */
	notes: string[];
}

/**
 * A parsed GeoJSON file → gebieden.geojson. Gemeenten stay gemeenten (several make a
 * region); wijken get their gemeente dissolved around them; buurten are dissolved into
 * wijken and those into the gemeente. `outline`: a file with the gemeente's own border,
 * used instead of dissolving one.
 */
export function areasFromFile(
	raw: unknown,
	options: AreasFromFileOptions = {},
	outline?: unknown
): AreasFromFileResult {
	const simplifyMetres = options.simplifyMetres ?? 5;
	const sliver = options.sliverSquareMetres ?? 5_000;
	const notes: string[] = [];
	const source = readSource(raw, options);
	const level = source.areas[0]!.level;
	const outlines =
		outline === undefined
			? []
			: readSource(outline, {}).areas.filter((a) => a.level === 'gemeente');

	const groupBy = <T>(items: T[], key: (item: T) => string) => {
		const groups = new Map<string, T[]>();
		for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
		return groups;
	};

	let wijken: SourceArea[] = [];
	if (level === 'buurt') {
		wijken = [...groupBy(source.areas, (b) => b.wijk?.code ?? '')].map(([code, buurten]) => {
			if (!code)
				throw new AreasFileError(
					`buurt ${buurten[0]!.code}: zegt niet bij welke wijk hij hoort (wijkcode)`
				);
			return {
				level: 'wijk',
				code,
				name: buurten[0]!.wijk?.name ?? code,
				gemeente: buurten[0]!.gemeente,
				polygons: dissolve(
					buurten.map((b) => b.polygons),
					sliver
				)
			};
		});
		notes.push(`${source.areas.length} buurten samengevoegd tot ${wijken.length} wijken.`);
	} else if (level === 'wijk') {
		wijken = source.areas;
	}

	const gemeenten: SourceArea[] =
		level === 'gemeente'
			? source.areas
			: [...groupBy(wijken, (w) => w.gemeente?.code ?? '')].map(([code, own]) => {
					if (!code)
						throw new AreasFileError(
							`wijk ${own[0]!.code}: zegt niet bij welke gemeente hij hoort (gemeentecode)`
						);
					const given = outlines.find((o) => o.code === code);
					const name = given?.name ?? own[0]!.gemeente?.name ?? options.gemeentenaam;
					if (!name)
						notes.push(
							`De naam van gemeente ${code} staat niet in het bestand; geef hem met --gemeentenaam.`
						);
					if (!given)
						notes.push(`De grens van ${name ?? code} is gemaakt uit ${own.length} wijken.`);
					return {
						level: 'gemeente',
						code,
						name: name ?? code,
						polygons:
							given?.polygons ??
							dissolve(
								own.map((w) => w.polygons),
								sliver
							)
					};
				});

	const feature = (area: SourceArea, type: 'gemeente' | 'wijk'): AreaFeature => ({
		type: 'Feature',
		geometry: toGeometry(area.polygons, simplifyMetres),
		properties: {
			type,
			code: area.code,
			name: area.name,
			...(type === 'wijk' && area.gemeente ? { gemeente: area.gemeente.code } : {})
		}
	});
	const attribution =
		options.bron ?? source.attribution ?? (source.cbs ? CBS_ATTRIBUTION : undefined);
	if (!attribution)
		notes.push('Geef met --bron de bronvermelding die de leverancier van het bestand vraagt.');
	const gebieden = areaCollectionSchema.parse({
		type: 'FeatureCollection',
		...(attribution ? { attribution } : {}),
		features: [
			...gemeenten.map((g) => feature(g, 'gemeente')),
			...wijken.map((w) => feature(w, 'wijk'))
		]
	});
	const problems = hierarchyProblems(gebieden.features);
	if (problems.length) {
		throw new AreasFileError(
			problems.map((p) => `${p.code ? `gebied ${p.code}: ` : ''}${p.message}`).join('\n')
		);
	}
	return { gebieden, notes };
}
