/**
 * The map's colours in one place. MapLibre paints the basemap on a canvas, where CSS
 * custom properties do not reach, so these are plain values; the HTML markers and the
 * legend take their hulpvraag colours from here too, so canvas and DOM always agree.
 */
import type { NeedId } from '../data/taxonomy';

export const BASEMAP_COLOURS = {
	/** Outside the gemeente: quiet, so the gemeente stands out. */
	outside: '#dde3df',
	land: '#f7f6f1',
	/** Neighbouring wijken get different tints (see `tint` in areas.ts). */
	wijkTints: ['#edf3ea', '#f4efe3', '#e8f0f3', '#f3eaee'],
	wijkBorder: '#7f8d86',
	gemeenteBorder: '#33403a',
	selectedFill: '#d3e5f2',
	selectedBorder: '#0b5a8a'
} as const;

/**
 * One colour per hulpvraag. Each is dark enough for a white symbol (at least 4.5:1,
 * tested) and differs in hue from its neighbours in the list; the symbol carries the
 * meaning as well, so no one depends on telling the colours apart (WCAG 1.4.1).
 */
export const NEED_COLOURS: Record<NeedId, string> = {
	'informatie-advies': '#1d5c96',
	begeleiding: '#6b3d99',
	'emotionele-steun': '#b0244f',
	educatie: '#805300',
	'praktische-hulp': '#2d7232',
	respijtzorg: '#006d74',
	'financiele-hulp': '#a3420b',
	'materiele-hulp': '#4a5560'
};

/** Relative luminance and contrast ratio as WCAG 2.x defines them. */
export function contrastRatio(a: string, b: string): number {
	const luminance = (hex: string) => {
		const [r, g, b] = [1, 3, 5].map((i) => {
			const c = parseInt(hex.slice(i, i + 2), 16) / 255;
			return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
	};
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (light! + 0.05) / (dark! + 0.05);
}
