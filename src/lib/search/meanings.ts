/**
 * Finds synonyms in a query: which words or phrases mean which concepts. Phrases of
 * several words must appear whole (each word as written or with the same stem); a single
 * word may also be a longer form ("geheugenproblemen" → geheugen), the start of one
 * ("vergeetacht" → vergeetachtig) or have a typo ("alzhiemer" → alzheimer).
 */
import { compileSynonyms, type ConceptKey, type SynonymPhrase } from './concepts';
import { allowedTypos, editDistance, stem } from './normalize';

export interface Meaning {
	/** Concept → how sure (0-1). */
	concepts: Map<ConceptKey, number>;
	/** Other words to search for as well. */
	alsoSearch: string[];
	/** The word or phrase is in the synonym list as written, or with the same stem. */
	sure: boolean;
}

const QUALITY = { exact: 1, stem: 0.95, longer: 0.85, start: 0.8, typo: 0.85, perTypo: 0.1 };

function add(target: Meaning, phrase: SynonymPhrase, quality: number): void {
	for (const key of phrase.concepts)
		if ((target.concepts.get(key) ?? 0) < quality) target.concepts.set(key, quality);
	for (const word of phrase.alsoSearch)
		if (!target.alsoSearch.includes(word)) target.alsoSearch.push(word);
}

const empty = (sure: boolean): Meaning => ({ concepts: new Map(), alsoSearch: [], sure });

export class SynonymMatcher {
	private readonly singles: SynonymPhrase[] = [];
	private readonly singlesByStem = new Map<string, SynonymPhrase[]>();
	/** Phrases of several words by the stem of their first word, longest first. */
	private readonly phrasesByFirst = new Map<string, { stems: string[]; phrase: SynonymPhrase }[]>();

	constructor(phrases: readonly SynonymPhrase[] = compileSynonyms()) {
		for (const phrase of phrases) {
			const stems = phrase.tokens.map(stem);
			if (phrase.tokens.length === 1) {
				this.singles.push(phrase);
				this.singlesByStem.set(stems[0]!, [...(this.singlesByStem.get(stems[0]!) ?? []), phrase]);
			} else {
				const list = this.phrasesByFirst.get(stems[0]!) ?? [];
				list.push({ stems, phrase });
				list.sort((a, b) => b.stems.length - a.stems.length);
				this.phrasesByFirst.set(stems[0]!, list);
			}
		}
	}

	/** The longest phrase of several words that starts at `start`, given the stems of the query's words. */
	phraseAt(stems: readonly string[], start: number): (Meaning & { length: number }) | undefined {
		const matches = (this.phrasesByFirst.get(stems[start]!) ?? []).filter((p) =>
			p.stems.every((s, k) => stems[start + k] === s)
		);
		const length = Math.max(0, ...matches.map((p) => p.stems.length));
		if (!length) return undefined;
		// Phrases with the same stems ("weekend weg", "weekendje weg") may sit in different
		// entries: the words mean all of them.
		const meaning = empty(true);
		for (const found of matches)
			if (found.stems.length === length) add(meaning, found.phrase, QUALITY.exact);
		return { ...meaning, length };
	}

	/** What one word may mean. Exact or same-stem synonyms win; otherwise longer forms, starts and typos. */
	wordMeaning(word: string): Meaning {
		const sure = empty(true);
		for (const phrase of this.singlesByStem.get(stem(word)) ?? []) {
			add(sure, phrase, phrase.tokens[0] === word ? QUALITY.exact : QUALITY.stem);
		}
		if (sure.concepts.size || sure.alsoSearch.length) return sure;
		const maybe = empty(false);
		for (const phrase of this.singles) {
			const say = phrase.tokens[0]!;
			if (say.length >= 5 && word.startsWith(say)) add(maybe, phrase, QUALITY.longer);
			else if (word.length >= 5 && say.startsWith(word) && word.length >= say.length * 0.6)
				add(maybe, phrase, QUALITY.start);
			else {
				const typos = allowedTypos(Math.min(word.length, say.length));
				if (!typos || Math.abs(word.length - say.length) > typos) continue;
				const distance = editDistance(word, say, typos);
				if (distance <= typos) add(maybe, phrase, QUALITY.typo - QUALITY.perTypo * distance);
			}
		}
		return maybe;
	}
}
