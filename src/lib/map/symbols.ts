/**
 * A symbol per hulpvraag, so a marker says what it is without colour (WCAG 1.4.1).
 * Each symbol is a few stroked paths on a 24×24 grid, drawn as inline SVG: no icon font,
 * no sprite, no request.
 */
import { NEED_BY_ID, NEEDS, type NeedId } from '../data/taxonomy';
import { NEED_COLOURS } from './palette';

const circle = (cx: number, cy: number, r: number) =>
	`M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;

export const NEED_SYMBOLS: Record<NeedId, readonly string[]> = {
	// an "i" in a circle
	'informatie-advies': [circle(12, 12, 9), 'M12 11v6', 'M12 7.5v.5'],
	// two people side by side
	begeleiding: [
		circle(8.5, 8, 3),
		'M3 20a5.5 5.5 0 0 1 11 0',
		circle(16.5, 9, 2.5),
		'M15 14.2a4.5 4.5 0 0 1 6 4.3'
	],
	// a heart
	'emotionele-steun': [
		'M12 20s-7.5-4.6-7.5-10.2A4.2 4.2 0 0 1 12 7.4a4.2 4.2 0 0 1 7.5 2.4C19.5 15.4 12 20 12 20z'
	],
	// an open book
	educatie: [
		'M2.5 5.5h6a3.5 3.5 0 0 1 3.5 3.5v11a2.5 2.5 0 0 0-2.5-2.5h-7z',
		'M21.5 5.5h-6A3.5 3.5 0 0 0 12 9v11a2.5 2.5 0 0 1 2.5-2.5h7z'
	],
	// a shopping basket
	'praktische-hulp': ['M3 10h18l-2 10H5z', 'M8 10l4-6 4 6', 'M9 14v3', 'M15 14v3'],
	// a cup with steam: a moment for yourself
	respijtzorg: [
		'M4 10h12v4a5 5 0 0 1-5 5H9a5 5 0 0 1-5-5z',
		'M16 11h1.5a2.5 2.5 0 0 1 0 5H16',
		'M8 3.5v3',
		'M12 3.5v3'
	],
	// a euro sign
	'financiele-hulp': ['M17.5 6.5a7 7 0 1 0 0 11', 'M4 10.5h9', 'M4 13.5h9'],
	// a house
	'materiele-hulp': ['M3 11.5 12 4l9 7.5', 'M5.5 9.5V20h13V9.5', 'M10 20v-5h4v5']
};

export interface NeedStyle {
	id: NeedId;
	label: string;
	colour: string;
	symbol: readonly string[];
}

export const NEED_STYLES: readonly NeedStyle[] = NEEDS.map((need) => ({
	id: need.id,
	label: need.label,
	colour: NEED_COLOURS[need.id],
	symbol: NEED_SYMBOLS[need.id]
}));

export function needStyle(id: NeedId): NeedStyle {
	return { id, label: NEED_BY_ID[id].label, colour: NEED_COLOURS[id], symbol: NEED_SYMBOLS[id] };
}
