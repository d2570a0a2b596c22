/**
 * Free-text search. At build time `buildSearchIndex` makes /zoekindex.json; in the browser
 * `loadSearch` fetches it and the engine (with fuse.js, a separate chunk) only when someone
 * searches. The synonym list a beheerder extends is synonyms.ts.
 */
export {
	buildSearchIndex,
	toSearchDocument,
	INDEX_VERSION,
	type SearchDocument,
	type SearchIndexData
} from './build';
export type { SearchEngine, SearchHit, SearchResult } from './engine';
export { loadSearch, createSearchEngine } from './client';
export { narrowBySearch } from './narrow';
