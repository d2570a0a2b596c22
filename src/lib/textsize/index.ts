/** The text-size control (A, A+, A++): it scales the root font size, so every rem grows with it. */
export const TEXT_SIZE_KEY = 'mantelzorgkaart:tekstgrootte';

export const TEXT_SIZES = [
	{ id: 'normaal', label: 'A', scale: 1 },
	{ id: 'groter', label: 'A+', scale: 1.25 },
	{ id: 'grootst', label: 'A++', scale: 1.5 }
] as const;

export type TextSizeId = (typeof TEXT_SIZES)[number]['id'];

export function parseTextSize(value: string | null): TextSizeId {
	return TEXT_SIZES.find((size) => size.id === value)?.id ?? 'normaal';
}

/** The root font size as a percentage of the browser's own setting, so a visitor's preference still counts. */
export function rootFontSize(id: TextSizeId): string {
	return `${TEXT_SIZES.find((size) => size.id === id)!.scale * 100}%`;
}
