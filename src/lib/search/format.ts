/** The shape of /zoekindex.json, shared by the build (build.ts) and the browser (engine.ts). */
import type { Synonym } from './synonyms';

export const INDEX_VERSION = 2;

/** The text fields, strongest first. The number is the bit in a posting's field mask. */
export const FIELDS = ['name', 'labels', 'summary', 'description'] as const;
export type Field = (typeof FIELDS)[number];

export interface SearchIndexData {
	version: typeof INDEX_VERSION;
	ids: string[];
	names: string[];
	/** Every normalised word, sorted, so prefixes are one binary search away. */
	terms: string[];
	/**
	 * Per term, its postings: (document number − previous document number) × 16 + field
	 * mask. Delta coding keeps the numbers small and the JSON short.
	 */
	postings: number[][];
	/** A term's written form when it differs: "alzheimercafe" → "alzheimercafé". */
	display: Record<string, string>;
	/** Per document, five numbers: the kind's position in KINDS, then bitmasks of needs, conditions, relations, groups. */
	concepts: number[];
	/** The taxonomy's labels in every language as synonyms (see labels.ts). */
	labelSynonyms: Synonym[];
}
