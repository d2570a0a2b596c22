/**
 * Mijn lijstje: the offers a resident keeps. Stored only in this browser (localStorage)
 * and shared as a link with the ids in the query (`?ids=a,b,c`).
 */
import { OFFER_ID_PATTERN } from '../data/patterns';

export const STORAGE_KEY = 'mantelzorgkaart:lijstje';
const MAX_IDS = 50;
const isId = (value: unknown): value is string =>
	typeof value === 'string' && value.length <= 120 && OFFER_ID_PATTERN.test(value);

/** Known ids only, each once, in order; anything else is dropped. */
export function cleanIds(values: readonly unknown[], known?: ReadonlySet<string>): string[] {
	const ids: string[] = [];
	for (const value of values) {
		if (isId(value) && !ids.includes(value) && (!known || known.has(value))) ids.push(value);
		if (ids.length >= MAX_IDS) break;
	}
	return ids;
}

export function parseStoredIds(text: string | null): string[] {
	if (!text) return [];
	try {
		const value: unknown = JSON.parse(text);
		return Array.isArray(value) ? cleanIds(value) : [];
	} catch {
		return [];
	}
}

export function idsFromParams(params: URLSearchParams, known?: ReadonlySet<string>): string[] {
	return cleanIds(
		params.getAll('ids').flatMap((value) => value.split(',')),
		known
	);
}

export function idsToQuery(ids: readonly string[]): string {
	return ids.length ? `?ids=${ids.join(',')}` : '';
}

export function toggleId(ids: readonly string[], id: string): string[] {
	return ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];
}
