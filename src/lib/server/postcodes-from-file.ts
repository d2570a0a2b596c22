/**
 * postcodes.json from a table on disk, without internet: a CSV of PC6 or PC4 postcodes
 * with either coordinates (lat/lon) or area codes, like CBS's postcode–wijk–buurt table
 * ("PC6;Buurt2024;Wijk2024;Gemeente2024", codes without their GM/WK/BU prefix). The
 * national table is cut down to the site's own areas.
 */
import Papa from 'papaparse';
import { areaAt, buildHierarchy, nearestGemeente, type Area, type AreaHierarchy } from '../areas';
import type { AreaCollection, Position } from '../data/schema';
import type { PostcodeFile } from '../location/postcode-file';
import { parsePostcode } from '../location/postcode';

export class PostcodesFileError extends Error {}

const normalizeHeader = (header: string) =>
	header
		.trim()
		.toLowerCase()
		.replace(/[^a-z0-9]/g, '');

/** The first column whose normalised header matches; CBS puts the year in it (wijk2024). */
function findColumn(headers: string[], patterns: RegExp[]): number {
	for (const pattern of patterns) {
		const index = headers.findIndex((h) => pattern.test(normalizeHeader(h)));
		if (index >= 0) return index;
	}
	return -1;
}

/** "050501" → "WK050501", "WK050501" stays: CBS's tables drop the prefix the maps carry. */
function areaCode(value: string, prefix: 'WK' | 'GM', digits: number): string | undefined {
	const text = value.trim().toUpperCase();
	if (!text) return undefined;
	if (/^\d+$/.test(text)) return `${prefix}${text.padStart(digits, '0')}`;
	return text;
}

/** A point well inside an area (for postcodes known only by their wijk): the middle of the widest span across its centre. */
function pointInside(area: Area): Position {
	const rings =
		area.geometry.type === 'Polygon'
			? [area.geometry.coordinates[0]!]
			: area.geometry.coordinates.map((p) => p[0]!);
	const ring = rings.reduce((a, b) => (b.length > a.length ? b : a));
	const lats = ring.map((p) => p[1]);
	const lat = (Math.min(...lats) + Math.max(...lats)) / 2;
	const crossings: number[] = [];
	for (let i = 1; i < ring.length; i++) {
		const [x1, y1] = ring[i - 1]!;
		const [x2, y2] = ring[i]!;
		if (y1 > lat !== y2 > lat) crossings.push(x1 + ((lat - y1) * (x2 - x1)) / (y2 - y1));
	}
	crossings.sort((a, b) => a - b);
	let best: Position = ring[0]!;
	let width = -1;
	for (let i = 1; i < crossings.length; i += 2) {
		if (crossings[i]! - crossings[i - 1]! > width) {
			width = crossings[i]! - crossings[i - 1]!;
			best = [(crossings[i]! + crossings[i - 1]!) / 2, lat];
		}
	}
	return best;
}

export interface PostcodesFromFileResult {
	postcodes: PostcodeFile;
	notes: string[];
}

/** Within this many metres of a gemeente a postcode centre still counts as the gemeente's. */
const EDGE_METRES = 200;

const round = (n: number) => Math.round(n * 1e6) / 1e6;

export function postcodesFromFile(csv: string, gebieden: AreaCollection): PostcodesFromFileResult {
	const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
	const [headers, ...rows] = parsed.data;
	if (!headers || rows.length === 0)
		throw new PostcodesFileError('bevat geen regels met postcodes');
	const column = {
		postcode: findColumn(headers, [/^pc6$/, /^postcode$/, /^pc4$/, /^postcode4$/, /^postcode6$/]),
		lat: findColumn(headers, [/^lat$/, /^latitude$/, /^breedtegraad$/]),
		lon: findColumn(headers, [/^lon$/, /^lng$/, /^longitude$/, /^lengtegraad$/]),
		wijk: findColumn(headers, [/^wijkcode$/, /^wijk(\d{4})?$/]),
		gemeente: findColumn(headers, [/^gemeentecode$/, /^gemeente(\d{4})?$/])
	};
	if (column.postcode < 0) {
		throw new PostcodesFileError(
			`heeft geen kolom met de postcode (PC6, PC4 of postcode); kolommen: ${headers.join(', ')}`
		);
	}
	const hasPoint = column.lat >= 0 && column.lon >= 0;
	if (!hasPoint && column.wijk < 0 && column.gemeente < 0) {
		throw new PostcodesFileError(
			`heeft geen lat en lon en geen wijk- of gemeentecode; kolommen: ${headers.join(', ')}`
		);
	}

	const hierarchy: AreaHierarchy = buildHierarchy(gebieden.features);
	const notes: string[] = [];
	const pc6: PostcodeFile['pc4'] = {};
	const pc4: PostcodeFile['pc4'] = {};
	const pc4Parts = new Map<string, { points: Position[]; wijken: string[] }>();
	let outside = 0;
	let unreadable = 0;

	for (const row of rows) {
		const postcode = parsePostcode(row[column.postcode] ?? '');
		if (!postcode) {
			unreadable++;
			continue;
		}
		let point: Position | undefined;
		let wijk: string | undefined;
		if (hasPoint) {
			const lat = Number(String(row[column.lat]).replace(',', '.'));
			const lon = Number(String(row[column.lon]).replace(',', '.'));
			if (!Number.isFinite(lat) || !Number.isFinite(lon)) {
				unreadable++;
				continue;
			}
			point = [lon, lat];
			if ((nearestGemeente(hierarchy, point)?.metres ?? Infinity) > EDGE_METRES) {
				outside++;
				continue;
			}
			const area = areaAt(hierarchy, point);
			wijk = area?.type === 'wijk' ? area.code : undefined;
		}
		const statedWijk = column.wijk >= 0 ? areaCode(row[column.wijk] ?? '', 'WK', 6) : undefined;
		const statedGemeente =
			column.gemeente >= 0 ? areaCode(row[column.gemeente] ?? '', 'GM', 4) : undefined;
		const wijkArea = statedWijk ? hierarchy.wijken.find((w) => w.code === statedWijk) : undefined;
		const gemeenteArea = statedGemeente
			? hierarchy.gemeenten.find((g) => g.code === statedGemeente)
			: undefined;
		if (!point) {
			const area = wijkArea ?? gemeenteArea;
			if (!area) {
				outside++;
				continue;
			}
			point = pointInside(area);
		}
		// A stated wijk wins over the one the point falls in: postcode centres near a border can lie over it.
		if (wijkArea) wijk = wijkArea.code;
		const entry = { lon: round(point[0]), lat: round(point[1]), ...(wijk ? { wijk } : {}) };
		if (postcode.letters) {
			pc6[postcode.label] = entry;
			const parts = pc4Parts.get(postcode.pc4) ?? { points: [], wijken: [] };
			parts.points.push(point);
			if (wijk) parts.wijken.push(wijk);
			pc4Parts.set(postcode.pc4, parts);
		} else {
			pc4[postcode.pc4] = entry;
		}
	}

	// PC4 from its PC6 rows when the table has no PC4 rows: the mean point and the most common wijk.
	for (const [code, { points, wijken }] of pc4Parts) {
		if (pc4[code]) continue;
		const counts = new Map<string, number>();
		for (const w of wijken) counts.set(w, (counts.get(w) ?? 0) + 1);
		const wijk = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
		const lon = points.reduce((s, p) => s + p[0], 0) / points.length;
		const lat = points.reduce((s, p) => s + p[1], 0) / points.length;
		pc4[code] = { lon: round(lon), lat: round(lat), ...(wijk ? { wijk } : {}) };
	}

	if (outside) notes.push(`${outside} postcodes liggen buiten uw gebieden en zijn overgeslagen.`);
	if (unreadable)
		notes.push(`${unreadable} regels zonder geldige postcode of coördinaten zijn overgeslagen.`);
	if (Object.keys(pc4).length === 0) {
		throw new PostcodesFileError(
			'geen enkele postcode ligt in de gebieden van gebieden.geojson: hoort dit bestand bij een andere gemeente?'
		);
	}
	const postcodes: PostcodeFile = Object.keys(pc6).length ? { pc4, pc6 } : { pc4 };
	return { postcodes, notes };
}
