/**
 * Query time. A query becomes units: a word, or a synonym phrase such as "even weg".
 * Each unit scores offers by two routes:
 *
 * - words (word-index.ts): as written, by stem, prefix, compound tail, typo; two query
 *   words joined ("alzheimer cafe" → alzheimercafe) or one split ("alzheimercafe" →
 *   alzheimer + cafe); plus the words the synonym list adds;
 * - concepts (synonyms.ts): "alzheimer" means situatie dementie, "even weg" hulp
 *   respijtzorg; every offer with that concept matches.
 *
 * A unit keeps its better route and a share of the other. Scores are field weight ×
 * inverse document frequency; an offer that matches more of the query ranks higher.
 * Only offers that hold a query word or concept are ever touched.
 */
import {
	compileSynonyms,
	conceptLabel,
	FACETS,
	FACET_VALUES,
	type ConceptFacet,
	type ConceptKey
} from './concepts';
import { FIELDS, INDEX_VERSION, type SearchIndexData } from './format';
import { SynonymMatcher } from './meanings';
import { isStopword, stem, tokenize } from './normalize';
import { ScorePool, type Scores } from './scores';
import { SYNONYMS } from './synonyms';
import { MATCH_QUALITY, WordIndex, type TermMatch } from './word-index';

export interface SearchHit {
	id: string;
	/** The offer's position in the index. */
	index: number;
	name: string;
	score: number;
	/** Why it matched, for "Past bij: …": concept labels or the words that matched (empty beyond the first 500 hits). */
	reasons: string[];
}

export interface SearchResult {
	hits: SearchHit[];
	/** How many offers match, also beyond the limit. */
	total: number;
	/** Query words that match nothing at all, to say so plainly. */
	unknownWords: string[];
}

/** Name counts most; the taxonomy labels and the one-sentence summary next; the long description least. */
const FIELD_WEIGHT: Record<(typeof FIELDS)[number], number> = {
	name: 3,
	labels: 1.5,
	summary: 1.5,
	description: 0.7
};
const CONCEPT_WEIGHT = 1.6;
/** Words that only say for whom ("moeder", "werk") are context; the help asked for matters more. */
const CONTEXT_FACETS: readonly ConceptFacet[] = ['voor', 'groep'];
const CONTEXT_WEIGHT = 0.5;
/** A unit that matches by word and by concept is stronger than either: the weaker adds this share. */
const BOTH_ROUTES_BONUS = 0.3;
const QUALITY = { join: 1, split: 0.9, alsoSearch: 0.9 };
/** How much an offer that matches only part of the query keeps: 0.25 + 0.75 × coverage². */
const PARTIAL_FLOOR = 0.25;
/** An offer must score at least this share of the best one to be a result. */
const MIN_RELATIVE_SCORE = 0.12;
const MAX_REASONS = 3;
/** Nobody reads the reasons of the thousandth result; past this many hits they are left out. */
const MAX_EXPLAINED = 500;

interface Unit {
	/** Where the unit starts in the query's words: only neighbours are joined. */
	position: number;
	/** The words as the query has them, stopwords included: "even weg". */
	text: string;
	words: string[];
	concepts: Map<number, number>;
	/** Other words from the synonym list ("mantelzorgcompliment" → mantelzorgwaardering). */
	alsoSearch: string[];
	/** The synonym list knows these words as written: no guessing from a word's head. */
	sure: boolean;
	weight: number;
}

/** Field mask → weight: the strongest field, plus a little for each other field that has the word too. */
const MASK_WEIGHT = Array.from({ length: 1 << FIELDS.length }, (_, mask) => {
	const weights = FIELDS.filter((_, bit) => mask & (1 << bit)).map((field) => FIELD_WEIGHT[field]);
	return weights.length ? Math.max(...weights) + 0.1 * (weights.length - 1) : 0;
});

/**
 * The documents scoring at least `threshold`, best first (ties by position). With a
 * limit, a small heap keeps the best few instead of sorting tens of thousands.
 */
function topDocuments(
	scores: Scores,
	threshold: number,
	limit: number | undefined
): { top: number[]; total: number } {
	const value = scores.value;
	const better = (a: number, b: number) =>
		value[a]! > value[b]! || (value[a] === value[b] && a < b);
	const kept = scores.touched.filter((doc) => value[doc]! >= threshold);
	const total = kept.length;
	if (limit === undefined || kept.length <= limit)
		return { top: Array.from(kept.sort((a, b) => (better(a, b) ? -1 : 1))), total };
	// A min-heap of the best `limit` documents: its root is the weakest of them.
	const heap: number[] = [];
	const down = (i: number) => {
		for (;;) {
			const [left, right] = [2 * i + 1, 2 * i + 2];
			let weakest = i;
			if (left < heap.length && better(heap[weakest]!, heap[left]!)) weakest = left;
			if (right < heap.length && better(heap[weakest]!, heap[right]!)) weakest = right;
			if (weakest === i) return;
			[heap[i], heap[weakest]] = [heap[weakest]!, heap[i]!];
			i = weakest;
		}
	};
	for (const doc of kept) {
		if (heap.length < limit) {
			heap.push(doc);
			for (let i = heap.length - 1; i > 0;) {
				const parent = (i - 1) >> 1;
				if (!better(heap[parent]!, heap[i]!)) break;
				[heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
				i = parent;
			}
		} else if (better(doc, heap[0]!)) {
			heap[0] = doc;
			down(0);
		}
	}
	return { top: heap.sort((a, b) => (better(a, b) ? -1 : 1)), total };
}

export class SearchEngine {
	readonly size: number;
	private readonly data: SearchIndexData;
	private readonly wordIndex: WordIndex;
	private readonly synonyms: SynonymMatcher;
	private readonly pool: ScorePool;
	private readonly conceptKeys: ConceptKey[] = [];
	private readonly conceptIndex = new Map<ConceptKey, number>();
	private readonly conceptDocs: Int32Array[] = [];
	private readonly conceptIdf: number[] = [];

	constructor(
		data: SearchIndexData,
		synonyms = new SynonymMatcher(compileSynonyms([...SYNONYMS, ...data.labelSynonyms]))
	) {
		if (data.version !== INDEX_VERSION)
			throw new Error(`Zoekindex versie ${data.version} wordt niet ondersteund.`);
		this.data = data;
		this.size = data.ids.length;
		this.wordIndex = new WordIndex(data.terms, data.postings, this.size);
		this.synonyms = synonyms;
		this.pool = new ScorePool(this.size);
		this.indexConcepts();
	}

	/** Per concept, the offers that have it; facet and bit order as in build.ts. */
	private indexConcepts(): void {
		const lists = new Map<ConceptKey, number[]>();
		for (const facet of FACETS)
			for (const id of FACET_VALUES[facet]) lists.set(`${facet}:${id}`, []);
		for (let doc = 0; doc < this.size; doc++) {
			const base = doc * FACETS.length;
			FACETS.forEach((facet, f) => {
				const value = this.data.concepts[base + f]!;
				if (facet === 'soort') {
					const kind = FACET_VALUES.soort[value];
					if (kind) lists.get(`soort:${kind}`)!.push(doc);
					return;
				}
				FACET_VALUES[facet].forEach((id, bit) => {
					if (value & (1 << bit)) lists.get(`${facet}:${id}`)!.push(doc);
				});
			});
		}
		for (const [key, docs] of lists) {
			this.conceptIndex.set(key, this.conceptKeys.length);
			this.conceptKeys.push(key);
			this.conceptDocs.push(Int32Array.from(docs));
			this.conceptIdf.push(docs.length ? Math.log(1 + this.size / docs.length) : 0);
		}
	}

	search(query: string, { limit }: { limit?: number } = {}): SearchResult {
		try {
			return this.run(query, limit);
		} finally {
			this.pool.releaseAll();
		}
	}

	private run(query: string, limit: number | undefined): SearchResult {
		const units = this.units(query);
		if (!units.length) return { hits: [], total: 0, unknownWords: [] };

		const wordRoutes = units.map((unit) => this.wordScores(unit));
		const conceptRoutes = units.map((unit) => this.conceptScores(unit));
		this.joinNeighbours(units, wordRoutes);
		this.splitCompounds(units, wordRoutes);
		const unitScores = units.map((_, u) => this.combineRoutes(wordRoutes[u]!, conceptRoutes[u]!));

		const total = this.pool.get();
		const matched = this.pool.get();
		let activeWeight = 0;
		const unknownWords: string[] = [];
		units.forEach((unit, u) => {
			const scores = unitScores[u]!;
			if (!scores.touched.length) {
				unknownWords.push(unit.words.join(' '));
				return;
			}
			activeWeight += unit.weight;
			for (const doc of scores.touched) {
				total.add(doc, scores.value[doc]! * unit.weight, 0);
				matched.add(doc, unit.weight, 0);
			}
		});

		const final = this.pool.get();
		let best = 0;
		for (const doc of total.touched) {
			const coverage = matched.value[doc]! / activeWeight;
			const score = total.value[doc]! * (PARTIAL_FLOOR + (1 - PARTIAL_FLOOR) * coverage * coverage);
			final.max(doc, score, 0);
			if (score > best) best = score;
		}
		const { top, total: count } = topDocuments(final, best * MIN_RELATIVE_SCORE, limit);
		const hits = top.map((doc, rank) => ({
			id: this.data.ids[doc]!,
			index: doc,
			name: this.data.names[doc]!,
			score: final.value[doc]!,
			reasons: rank < MAX_EXPLAINED ? this.reasons(doc, units, wordRoutes, conceptRoutes) : []
		}));
		return { hits, total: count, unknownWords };
	}

	/** Query words → units; a synonym phrase of several words wins over its single words. */
	private units(query: string): Unit[] {
		const tokens = tokenize(query);
		const stems = tokens.map(stem);
		const units: Unit[] = [];
		const stopUnits: Unit[] = [];
		for (let position = 0; position < tokens.length;) {
			const phrase = this.synonyms.phraseAt(stems, position);
			const words = tokens.slice(position, position + (phrase?.length ?? 1));
			const meaning = phrase ?? this.synonyms.wordMeaning(words[0]!);
			const concepts = new Map<number, number>();
			for (const [key, quality] of meaning.concepts)
				concepts.set(this.conceptIndex.get(key)!, quality);
			const unit: Unit = {
				position,
				text: words.join(' '),
				words: words.filter((w) => !isStopword(w)),
				concepts,
				alsoSearch: meaning.alsoSearch,
				sure: meaning.sure,
				weight: this.unitWeight(concepts)
			};
			if (phrase || !isStopword(words[0]!)) units.push(unit);
			else stopUnits.push({ ...unit, words });
			position += words.length;
		}
		// A query of only stopwords ("hulp") still searches on them.
		return units.length ? units : stopUnits;
	}

	private unitWeight(concepts: Map<number, number>): number {
		if (!concepts.size) return 1;
		const onlyContext = [...concepts.keys()].every((c) =>
			CONTEXT_FACETS.some((facet) => this.conceptKeys[c]!.startsWith(`${facet}:`))
		);
		return onlyContext ? CONTEXT_WEIGHT : 1;
	}

	private scoreTerms(matches: readonly TermMatch[], scores: Scores, factor = 1): void {
		for (const { term, quality } of matches) {
			const weight = quality * this.wordIndex.idf(term) * factor;
			const { docs, masks } = this.wordIndex.postings(term);
			for (let i = 0; i < docs.length; i++)
				scores.max(docs[i]!, weight * MASK_WEIGHT[masks[i]!]!, term);
		}
	}

	/** One word, or the mean over the words of a phrase; and the words the synonym list adds. */
	private wordScores({ words, alsoSearch, sure }: Unit): Scores {
		const scores = this.pool.get();
		for (const word of alsoSearch)
			this.scoreTerms(
				this.wordIndex.match(word, { heads: false, tails: false }),
				scores,
				QUALITY.alsoSearch
			);
		if (words.length <= 1) {
			if (words[0]) this.scoreTerms(this.wordIndex.match(words[0], { heads: !sure }), scores);
			return scores;
		}
		const perWord = words.map((word) => {
			const wordScores = this.pool.get();
			this.scoreTerms(this.wordIndex.match(word, { heads: !sure }), wordScores);
			return wordScores;
		});
		const sum = this.pool.get();
		for (const wordScores of perWord) {
			for (const doc of wordScores.touched)
				sum.add(doc, wordScores.value[doc]! / words.length, wordScores.source[doc]!);
		}
		for (const doc of sum.touched) scores.max(doc, sum.value[doc]!, sum.source[doc]!);
		return scores;
	}

	private conceptScores(unit: Unit): Scores {
		const scores = this.pool.get();
		for (const [concept, quality] of unit.concepts) {
			const weight = quality * this.conceptIdf[concept]! * CONCEPT_WEIGHT;
			for (const doc of this.conceptDocs[concept]!) scores.max(doc, weight, -(concept + 1));
		}
		return scores;
	}

	/** The better route per offer, plus a share of the other route when both match. */
	private combineRoutes(words: Scores, concepts: Scores): Scores {
		if (!concepts.touched.length) return words;
		if (!words.touched.length) return concepts;
		const combined = this.pool.get();
		for (const scores of [words, concepts]) {
			for (const doc of scores.touched) {
				const [w, c] = [words.value[doc]!, concepts.value[doc]!];
				combined.max(
					doc,
					Math.max(w, c) + BOTH_ROUTES_BONUS * Math.min(w, c),
					w >= c ? words.source[doc]! : concepts.source[doc]!
				);
			}
		}
		return combined;
	}

	/** "alzheimer cafe" also means "alzheimercafe": the joined word counts for both units. */
	private joinNeighbours(units: Unit[], wordRoutes: Scores[]): void {
		for (let u = 0; u + 1 < units.length; u++) {
			const [left, right] = [units[u]!, units[u + 1]!];
			if (
				left.words.length !== 1 ||
				right.words.length !== 1 ||
				right.position !== left.position + 1
			)
				continue;
			const matches = this.wordIndex
				.match(left.words[0]! + right.words[0]!, { heads: false, tails: false })
				.map((m) => (m.quality === MATCH_QUALITY.exact ? { ...m, quality: QUALITY.join } : m));
			if (!matches.length) continue;
			const joined = this.pool.get();
			this.scoreTerms(matches, joined);
			for (const doc of joined.touched) {
				wordRoutes[u]!.max(doc, joined.value[doc]!, joined.source[doc]!);
				wordRoutes[u + 1]!.max(doc, joined.value[doc]!, joined.source[doc]!);
			}
		}
	}

	/** "alzheimercafe" also means "alzheimer cafe": both parts must be in the offer. */
	private splitCompounds(units: Unit[], wordRoutes: Scores[]): void {
		units.forEach((unit, u) => {
			const word = unit.words.length === 1 ? unit.words[0]! : undefined;
			if (!word || word.length < 6) return;
			for (let cut = 3; cut <= word.length - 3; cut++) {
				const left = this.wordIndex.termOf(word.slice(0, cut));
				const rightWord = word.slice(cut);
				const right =
					this.wordIndex.termOf(rightWord) ?? this.wordIndex.termsWithStem(rightWord)[0];
				if (left === undefined || right === undefined) continue;
				const [leftScores, rightScores] = [this.pool.get(), this.pool.get()];
				this.scoreTerms([{ term: left, quality: QUALITY.split }], leftScores);
				this.scoreTerms([{ term: right, quality: QUALITY.split }], rightScores);
				for (const doc of leftScores.touched) {
					const other = rightScores.value[doc]!;
					if (other > 0) wordRoutes[u]!.max(doc, Math.min(leftScores.value[doc]!, other), left);
				}
			}
		});
	}

	/**
	 * Per unit, in query order: what matched by word (the index word as written, or the
	 * phrase) and what by concept ("respijtzorg"), the stronger first.
	 */
	private reasons(
		doc: number,
		units: Unit[],
		wordRoutes: Scores[],
		conceptRoutes: Scores[]
	): string[] {
		const reasons: string[] = [];
		units.forEach((unit, u) => {
			const byWord = wordRoutes[u]!.value[doc]!;
			const byConcept = conceptRoutes[u]!.value[doc]!;
			const found: [number, string][] = [];
			if (byWord > 0) {
				const term = this.data.terms[wordRoutes[u]!.source[doc]!]!;
				found.push([byWord, unit.words.length > 1 ? unit.text : (this.data.display[term] ?? term)]);
			}
			if (byConcept > 0)
				found.push([
					byConcept,
					conceptLabel(this.conceptKeys[-conceptRoutes[u]!.source[doc]! - 1]!)
				]);
			for (const [, reason] of found.sort((a, b) => b[0] - a[0]))
				if (!reasons.includes(reason)) reasons.push(reason);
		});
		return reasons.slice(0, MAX_REASONS);
	}
}
