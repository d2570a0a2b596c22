/**
 * The index's words and which offers hold them: the cheap first pass. A query word is
 * looked up as written, by stem, as a prefix (binary search in the sorted list), as the
 * tail of a compound and, only when none of that finds a close match, with typos. Typos are
 * scored by fuse.js, on the few index words that share most letter pairs with the query
 * word: fuzzy matching on short strings, never on whole offers.
 */
import Fuse from 'fuse.js/basic';
import { allowedTypos, stem } from './normalize';

export interface TermMatch {
	term: number;
	/** How sure the match is, 0-1. */
	quality: number;
}

export interface MatchOptions {
	/** Also a shorter index word that the query word starts with ("bewindvoering" → bewind). */
	heads?: boolean;
	/** Also an index word that ends in the query word ("oppas" → thuisoppas). */
	tails?: boolean;
}

export const MATCH_QUALITY = {
	exact: 1,
	stem: 0.95,
	prefix: 0.8,
	stemPrefix: 0.75,
	head: 0.7,
	tail: 0.55,
	typo: 0.7
};

/** fuse.js threshold: about one typo in five letters, two in seven to ten. */
const FUZZY_THRESHOLD = 0.3;
const MAX_PREFIX_TERMS = 400;
/** Typos are looked for at the start of index words, this many letters deep. */
const FUZZY_HEAD = 16;

function bigrams(word: string): string[] {
	const out: string[] = [];
	for (let i = 0; i < word.length - 1; i++) out.push(word.slice(i, i + 2));
	return out;
}

export class WordIndex {
	private readonly index: Map<string, number>;
	private readonly byStem = new Map<string, number[]>();
	private readonly decoded: ({ docs: Int32Array; masks: Uint8Array } | undefined)[];
	private bigramIndex?: Map<string, Int32Array>;
	private shared?: Uint8Array;

	constructor(
		readonly terms: readonly string[],
		private readonly encoded: readonly (readonly number[])[],
		private readonly documents: number
	) {
		this.index = new Map(terms.map((term, i) => [term, i]));
		terms.forEach((term, i) => {
			const key = stem(term);
			const list = this.byStem.get(key);
			if (list) list.push(i);
			else this.byStem.set(key, [i]);
		});
		this.decoded = new Array(terms.length);
	}

	termOf(word: string): number | undefined {
		return this.index.get(word);
	}

	termsWithStem(word: string): readonly number[] {
		return this.byStem.get(stem(word)) ?? [];
	}

	/** The offers that hold a term, and in which fields (bit mask); decoded on first use. */
	postings(term: number): { docs: Int32Array; masks: Uint8Array } {
		const known = this.decoded[term];
		if (known) return known;
		const encoded = this.encoded[term]!;
		const docs = new Int32Array(encoded.length);
		const masks = new Uint8Array(encoded.length);
		let doc = 0;
		for (let i = 0; i < encoded.length; i++) {
			doc += Math.floor(encoded[i]! / 16);
			docs[i] = doc;
			masks[i] = encoded[i]! % 16;
		}
		return (this.decoded[term] = { docs, masks });
	}

	/** Rare words say more than common ones. */
	idf(term: number): number {
		return Math.log(1 + this.documents / this.encoded[term]!.length);
	}

	/** Terms that start with `prefix`, by binary search in the sorted list. */
	private prefixRange(prefix: string): number[] {
		let low = 0;
		let high = this.terms.length;
		while (low < high) {
			const mid = (low + high) >>> 1;
			if (this.terms[mid]! < prefix) low = mid + 1;
			else high = mid;
		}
		const out: number[] = [];
		for (
			let i = low;
			i < this.terms.length && out.length < MAX_PREFIX_TERMS && this.terms[i]!.startsWith(prefix);
			i++
		)
			out.push(i);
		return out;
	}

	/** Every index word that `word` may mean, with how sure we are. */
	match(word: string, { heads = true, tails = true }: MatchOptions = {}): TermMatch[] {
		const found = new Map<number, number>();
		const add = (term: number, quality: number) => {
			if ((found.get(term) ?? 0) < quality) found.set(term, quality);
		};
		const exact = this.index.get(word);
		if (exact !== undefined) add(exact, MATCH_QUALITY.exact);
		const wordStem = stem(word);
		for (const term of this.byStem.get(wordStem) ?? []) add(term, MATCH_QUALITY.stem);
		if (word.length >= 3)
			for (const term of this.prefixRange(word)) add(term, MATCH_QUALITY.prefix);
		if (wordStem !== word)
			for (const term of this.prefixRange(wordStem)) add(term, MATCH_QUALITY.stemPrefix);
		for (let length = word.length - 1; heads && word.length >= 7 && length >= 5; length--) {
			const head = this.index.get(word.slice(0, length));
			if (head !== undefined) add(head, MATCH_QUALITY.head);
		}
		if (tails && wordStem.length >= 5) {
			for (let i = 0; i < this.terms.length; i++) {
				const term = this.terms[i]!;
				if (term.length >= wordStem.length + 3 && term.indexOf(wordStem, 3) >= 0)
					add(i, MATCH_QUALITY.tail);
			}
		}
		// A head alone is weak: "mantelzorgmakelar" starts with "mantelzorg" but means
		// "mantelzorgmakelaar", so a long word with only weak matches is also tried with typos.
		const strong = [...found.values()].some((quality) => quality >= MATCH_QUALITY.stemPrefix);
		if (!strong && word.length >= 5)
			for (const match of this.typos(word)) add(match.term, match.quality);
		return [...found].map(([term, quality]) => ({ term, quality }));
	}

	/** Index words that start like `word` with a typo or two. */
	private typos(word: string): TermMatch[] {
		const pairsOf = this.letterPairs();
		const shared = (this.shared ??= new Uint8Array(this.terms.length));
		const touched: number[] = [];
		const pairs = new Set(bigrams(word));
		for (const pair of pairs) {
			for (const term of pairsOf.get(pair) ?? []) {
				if (shared[term] === 0) touched.push(term);
				shared[term] = shared[term]! + 1;
			}
		}
		// Each typo breaks at most two letter pairs.
		const needed = Math.max(1, pairs.size - 2 * allowedTypos(word.length));
		const candidates = touched.filter((term) => shared[term]! >= needed);
		for (const term of touched) shared[term] = 0;
		if (!candidates.length) return [];
		const heads = candidates.map((term) =>
			this.terms[term]!.slice(0, word.length + allowedTypos(word.length))
		);
		const fuse = new Fuse(heads, {
			includeScore: true,
			threshold: FUZZY_THRESHOLD,
			ignoreLocation: true,
			isCaseSensitive: true
		});
		return fuse.search(word).map((result) => ({
			term: candidates[result.refIndex]!,
			quality: MATCH_QUALITY.typo * (1 - (result.score ?? 0))
		}));
	}

	/** Letter pair → the terms whose first letters hold it; built on the first typo. */
	private letterPairs(): Map<string, Int32Array> {
		if (this.bigramIndex) return this.bigramIndex;
		const lists = new Map<string, number[]>();
		this.terms.forEach((term, i) => {
			for (const pair of new Set(bigrams(term.slice(0, FUZZY_HEAD)))) {
				const list = lists.get(pair);
				if (list) list.push(i);
				else lists.set(pair, [i]);
			}
		});
		this.bigramIndex = new Map([...lists].map(([pair, list]) => [pair, Int32Array.from(list)]));
		return this.bigramIndex;
	}
}
