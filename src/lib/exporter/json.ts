/**
 * The layout of the JSON files under data/: tabs, and coordinate pairs on one line, as
 * people write them by hand. Scripts that rewrite a data file use it, so a re-import
 * changes only the lines whose data changed.
 */
export interface JsonLayout {
	/** Objects whose values are all plain values go on one line (postcodes.json). */
	inlineFlatObjects?: boolean;
}

function isPlain(value: unknown): boolean {
	return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function layout(value: unknown, depth: number, options: JsonLayout): string {
	const indent = '\t'.repeat(depth + 1);
	const closing = '\t'.repeat(depth);
	if (Array.isArray(value)) {
		if (value.length === 0) return '[]';
		if (value.every((item) => typeof item === 'number'))
			return `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;
		return `[\n${value.map((item) => indent + layout(item, depth + 1, options)).join(',\n')}\n${closing}]`;
	}
	if (value !== null && typeof value === 'object') {
		const entries = Object.entries(value).filter(([, item]) => item !== undefined);
		if (entries.length === 0) return '{}';
		if (options.inlineFlatObjects && entries.every(([, item]) => isPlain(item))) {
			return `{ ${entries.map(([key, item]) => `${JSON.stringify(key)}: ${JSON.stringify(item)}`).join(', ')} }`;
		}
		return `{\n${entries.map(([key, item]) => `${indent}${JSON.stringify(key)}: ${layout(item, depth + 1, options)}`).join(',\n')}\n${closing}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

export function formatDataJson(value: unknown, options: JsonLayout = {}): string {
	return `${layout(value, 0, options)}\n`;
}
