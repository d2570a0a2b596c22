/**
 * A concept is one value of the taxonomy that a query can mean: a hulpvraag, a situation,
 * a kind of offer, a relation or a group. Offers carry concepts as bits (see build.ts);
 * synonyms map words to them; the reason shown on a card is the concept's label.
 */
import type { ConditionId, GroupId, RelationId } from '../data/taxonomy';
import { getLocale, m, term } from '../i18n';
import { FACETS, type ConceptFacet, type ConceptKey } from './facets';
import { tokenize } from './normalize';
import { SYNONYMS, type Meaning, type Synonym } from './synonyms';

export { FACETS, FACET_VALUES, type ConceptFacet, type ConceptKey } from './facets';

/*
 * The answer labels of these facets are answers to a question ("Mijn partner", "Ik heb een
 * baan"); after "Past bij:" they read as a topic instead.
 */
const CONDITION_REASON: Record<ConditionId, () => string> = {
	dementie: m.search_reason_condition_dementie,
	psychisch: m.search_reason_condition_psychisch,
	'verstandelijke-beperking': m.search_reason_condition_verstandelijke_beperking,
	lichamelijk: m.search_reason_condition_lichamelijk,
	hersenletsel: m.search_reason_condition_hersenletsel,
	'ernstig-ziek': m.search_reason_condition_ernstig_ziek,
	'laatste-levensfase': m.search_reason_condition_laatste_levensfase,
	'ouder-worden': m.search_reason_condition_ouder_worden,
	verslaving: m.search_reason_condition_verslaving,
	autisme: m.import_search_reason_condition_autisme
};

const RELATION_REASON: Record<RelationId, () => string> = {
	partner: m.search_reason_relation_partner,
	ouder: m.search_reason_relation_ouder,
	kind: m.search_reason_relation_kind,
	familie: m.search_reason_relation_familie,
	'vriend-buur': m.search_reason_relation_vriend_buur
};

const GROUP_REASON: Record<GroupId, () => string> = {
	jong: m.search_reason_group_jong,
	werkend: m.search_reason_group_werkend,
	'65plus': m.search_reason_group_65plus,
	'nieuw-in-nederland': m.search_reason_group_nieuw_in_nederland
};

/**
 * Labels read as part of a sentence, so they start in lower case; names keep their capital
 * ("Wmo-loket", "Alzheimer café").
 */
function lowerFirst(label: string): string {
	if (!/^\p{Lu}\p{Ll}/u.test(label) || /^(Wmo|Alzheimer)\b/.test(label)) return label;
	return label[0]!.toLocaleLowerCase(getLocale()) + label.slice(1);
}

/** How a concept reads after "Past bij:", in the page's language. */
export function conceptLabel(key: ConceptKey): string {
	const [facet, id] = key.split(':') as [ConceptFacet, string];
	switch (facet) {
		case 'hulp':
			return lowerFirst(term('need', id));
		case 'soort':
			return lowerFirst(term('kind', id));
		case 'situatie':
			return CONDITION_REASON[id as ConditionId]?.() ?? id;
		case 'voor':
			return RELATION_REASON[id as RelationId]?.() ?? id;
		case 'groep':
			return GROUP_REASON[id as GroupId]?.() ?? id;
	}
}

export function meaningToConcepts(meaning: Meaning): ConceptKey[] {
	return FACETS.flatMap((facet) =>
		(meaning[facet] ?? []).map((id): ConceptKey => `${facet}:${id}`)
	);
}

/** One phrase of the synonym list, ready to compare with query tokens. */
export interface SynonymPhrase {
	tokens: string[];
	concepts: ConceptKey[];
	/** Normalised words to search for as well. */
	alsoSearch: string[];
}

/**
 * The synonym list as normalised phrases; an empty or duplicate phrase is merged, not an
 * error. The engine adds the taxonomy's labels in every language from the index.
 */
export function compileSynonyms(synonyms: readonly Synonym[] = SYNONYMS): SynonymPhrase[] {
	const byPhrase = new Map<string, SynonymPhrase>();
	for (const synonym of synonyms) {
		const concepts = meaningToConcepts(synonym.means);
		const alsoSearch = (synonym.alsoSearch ?? []).flatMap(tokenize);
		for (const say of synonym.say) {
			const tokens = tokenize(say);
			if (!tokens.length) continue;
			const key = tokens.join(' ');
			const known = byPhrase.get(key);
			if (known) {
				known.concepts = [...new Set([...known.concepts, ...concepts])];
				known.alsoSearch = [...new Set([...known.alsoSearch, ...alsoSearch])];
			} else byPhrase.set(key, { tokens, concepts, alsoSearch });
		}
	}
	return [...byPhrase.values()];
}
