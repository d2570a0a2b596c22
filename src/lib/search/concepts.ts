/**
 * A concept is one value of the taxonomy that a query can mean: a hulpvraag, a situation,
 * a kind of offer, a relation or a group. Offers carry concepts as bits (see build.ts);
 * synonyms map words to them; the reason shown on a card is the concept's label.
 */
import {
	KINDS,
	NEEDS,
	type ConditionId,
	type GroupId,
	type RelationId
} from '../data/taxonomy';
import { FACETS, type ConceptFacet, type ConceptKey } from './facets';
import { tokenize } from './normalize';
import { SYNONYMS, type Meaning, type Synonym } from './synonyms';

export { FACETS, FACET_VALUES, type ConceptFacet, type ConceptKey } from './facets';

const CONDITION_LABEL: Record<ConditionId, string> = {
	dementie: 'dementie',
	psychisch: 'psychische problemen',
	'verstandelijke-beperking': 'verstandelijke beperking',
	lichamelijk: 'lichamelijke beperking of chronische ziekte',
	hersenletsel: 'hersenletsel',
	'ernstig-ziek': 'ernstige ziekte',
	'laatste-levensfase': 'laatste levensfase',
	'ouder-worden': 'ouder worden',
	verslaving: 'verslaving'
};

const RELATION_LABEL: Record<RelationId, string> = {
	partner: 'zorg voor uw partner',
	ouder: 'zorg voor uw ouder',
	kind: 'zorg voor uw kind',
	familie: 'zorg voor familie',
	'vriend-buur': 'zorg voor een vriend of buur'
};

const GROUP_LABEL: Record<GroupId, string> = {
	jong: 'jonge mantelzorgers',
	werkend: 'werk en mantelzorg',
	'65plus': 'mantelzorgers van 65 jaar of ouder',
	'nieuw-in-nederland': 'nieuw in Nederland'
};

/** "Wmo-loket" keeps its capital; other labels read as part of a sentence. */
const lowerFirst = (label: string) => (/^[A-Z][a-z]/.test(label) && !label.startsWith('Wmo') ? label[0]!.toLowerCase() + label.slice(1) : label);

/** How a concept reads after "Past bij:". */
export function conceptLabel(key: ConceptKey): string {
	const [facet, id] = key.split(':') as [ConceptFacet, string];
	switch (facet) {
		case 'hulp':
			return lowerFirst(NEEDS.find((n) => n.id === id)?.label ?? id);
		case 'soort':
			return lowerFirst(KINDS.find((k) => k.id === id)?.label ?? id);
		case 'situatie':
			return CONDITION_LABEL[id as ConditionId] ?? id;
		case 'voor':
			return RELATION_LABEL[id as RelationId] ?? id;
		case 'groep':
			return GROUP_LABEL[id as GroupId] ?? id;
	}
}

export function meaningToConcepts(meaning: Meaning): ConceptKey[] {
	return FACETS.flatMap((facet) => (meaning[facet] ?? []).map((id): ConceptKey => `${facet}:${id}`));
}

/** One phrase of the synonym list, ready to compare with query tokens. */
export interface SynonymPhrase {
	tokens: string[];
	concepts: ConceptKey[];
	/** Normalised words to search for as well. */
	alsoSearch: string[];
}

/** The synonym list as normalised phrases; an empty or duplicate phrase is merged, not an error. */
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

