/**
 * PDOK's public, keyless services as this project uses them: one place for their addresses
 * and for the shape of `fetch` they are called with (a parameter, so tests run on recorded
 * answers). Browser-safe: the opt-in postcode lookup and the data scripts both use it.
 */
import type { Position } from '../data/schema';

export const LOCATIESERVER_URL = 'https://api.pdok.nl/bzk/locatieserver/search/v3_1/free';

/** CBS wijken en buurten of one year, as OGC API Features. */
export const wijkenEnBuurtenBase = (jaar: number) =>
	`https://api.pdok.nl/cbs/wijken-en-buurten-${jaar}/ogc/v1`;

export const POSTCODE4_BASE = 'https://api.pdok.nl/cbs/postcode4/ogc/v1';

export type FetchLike = (
	url: string,
	init?: { headers?: Record<string, string>; signal?: AbortSignal }
) => Promise<Response>;

/** "POINT(4.89 52.37)" → [4.89, 52.37]: how the Locatieserver writes a point. */
export function parseWktPoint(wkt: string): Position | undefined {
	const match = /^POINT\s*\(\s*(-?[\d.]+)\s+(-?[\d.]+)\s*\)$/i.exec(wkt.trim());
	if (!match) return undefined;
	const lon = Number(match[1]);
	const lat = Number(match[2]);
	return Number.isFinite(lon) && Number.isFinite(lat) ? [lon, lat] : undefined;
}

/** "9993 ab" and "9993AB" are the same postcode. */
export const samePostcode = (a: string, b: string) =>
	a.replace(/\s/g, '').toUpperCase() === b.replace(/\s/g, '').toUpperCase();

/** BRT-Achtergrondkaart as OGC API Tiles and Styles (Mapbox Vector Tiles, Web Mercator). */
export const BRT_ACHTERGRONDKAART_BASE = 'https://api.pdok.nl/kadaster/brt-achtergrondkaart/ogc/v1';
export const BRT_ACHTERGRONDKAART_STYLE = `${BRT_ACHTERGRONDKAART_BASE}/styles/standaard__webmercatorquad?f=mapbox`;
export const BRT_ATTRIBUTION = 'Kaartgegevens © Kadaster (BRT-Achtergrondkaart, CC BY 4.0)';
