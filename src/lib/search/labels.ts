/**
 * The taxonomy in the site's other languages as extra synonyms: a visitor on /en types
 * "dementia" or "respite", one on /tr "demans". The words come from the message files,
 * so a new or better translation is searchable without touching synonyms.ts.
 *
 * Each label is a phrase ("respite care", "zorg voor uw partner"). In English, Turkish and
 * Arabic a word of a label counts on its own too ("respite") when, in that language, it
 * belongs to the labels of one concept only: "care" or "help" would mean everything.
 * Dutch words never get a meaning here: which Dutch word means what is for the beheerder
 * to say in synonyms.ts, so a phrase or word of that list, or a word with the stem of a
 * Dutch label's word ("problems", "problemen"), keeps its Dutch meaning.
 */
import * as messages from '../paraglide/messages';
import { baseLocale, locales } from '../paraglide/runtime';
import { FACET_VALUES, FACETS, type ConceptFacet, type ConceptKey } from './facets';
import { stem, tokenize } from './normalize';
import type { Meaning, Synonym } from './synonyms';

type Locale = (typeof locales)[number];
type MessageFunction = (inputs?: Record<string, never>, options?: { locale?: Locale }) => string;

/** The messages that name a concept: the answers' labels, and the reasons after "Past bij:". */
const LABEL_KEYS: Record<ConceptFacet, (id: string) => string[]> = {
	hulp: (id) => [`need_${id}_label`],
	soort: (id) => [`kind_${id}_label`],
	situatie: (id) => [`condition_${id}_label`, `search_reason_condition_${id}`],
	voor: (id) => [`search_reason_relation_${id}`],
	groep: (id) => [`search_reason_group_${id}`]
};

/** Shorter words are too often a small word of the language ("için", "for"), or a typo away from another. */
const MIN_WORD_LENGTH = 5;

/** Every concept with its labels in one language, as token lists. */
function labelsIn(locale: Locale): Map<ConceptKey, string[][]> {
	const labels = new Map<ConceptKey, string[][]>();
	for (const facet of FACETS) {
		for (const id of FACET_VALUES[facet]) {
			const texts = LABEL_KEYS[facet](id.replace(/-/g, '_')).flatMap((key) => {
				const found = (messages as unknown as Record<string, MessageFunction | undefined>)[key];
				return found ? [found({}, { locale })] : [];
			});
			labels.set(
				`${facet}:${id}`,
				texts.map(tokenize).filter((tokens) => tokens.length)
			);
		}
	}
	return labels;
}

/** Synonyms made from the labels; `known`: the beheerder's list, whose words keep their meaning. */
export function labelSynonyms(known: readonly Synonym[]): Synonym[] {
	const taken = new Set(
		known.flatMap((synonym) => synonym.say.map((say) => tokenize(say).join(' ')))
	);
	const dutch = labelsIn(baseLocale);
	const dutchStems = new Set([...dutch.values()].flat(2).map(stem));
	const says = new Map<ConceptKey, Set<string>>();
	const add = (key: ConceptKey, say: string) => {
		if (!taken.has(say)) says.set(key, (says.get(key) ?? new Set()).add(say));
	};

	for (const [key, labels] of dutch) for (const tokens of labels) add(key, tokens.join(' '));
	for (const locale of locales.filter((l) => l !== baseLocale)) {
		const labels = labelsIn(locale);
		const conceptsOfWord = new Map<string, Set<ConceptKey>>();
		for (const [key, list] of labels) {
			for (const word of list.flat())
				conceptsOfWord.set(word, (conceptsOfWord.get(word) ?? new Set()).add(key));
		}
		for (const [key, list] of labels) for (const tokens of list) add(key, tokens.join(' '));
		for (const [word, keys] of conceptsOfWord) {
			if (keys.size === 1 && word.length >= MIN_WORD_LENGTH && !dutchStems.has(stem(word)))
				add([...keys][0]!, word);
		}
	}

	return [...says].map(([key, say]) => {
		const [facet, id] = key.split(':') as [ConceptFacet, string];
		return { say: [...say], means: { [facet]: [id] } as Meaning };
	});
}
