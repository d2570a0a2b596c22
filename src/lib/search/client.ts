/**
 * The browser side: fetch /zoekindex.json and the engine (with fuse.js) only when someone
 * types or submits a query, once per page load. Until then a page carries none of it.
 */
import type { SearchEngine } from './engine';
import type { SearchIndexData } from './build';

let loading: Promise<SearchEngine> | undefined;

/** The engine for an index; its code (and fuse.js) is a separate chunk, loaded here. */
export async function createSearchEngine(data: SearchIndexData): Promise<SearchEngine> {
	const { SearchEngine } = await import('./engine');
	return new SearchEngine(data);
}

export function loadSearch(
	fetchFn: typeof fetch = fetch,
	url = '/zoekindex.json'
): Promise<SearchEngine> {
	loading ??= fetchFn(url)
		.then((response) => {
			if (!response.ok) throw new Error(`${url}: ${response.status}`);
			return response.json() as Promise<SearchIndexData>;
		})
		.then(createSearchEngine)
		.catch((error: unknown) => {
			loading = undefined;
			throw error;
		});
	return loading;
}
