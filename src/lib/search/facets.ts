/**
 * The taxonomy values an offer's concepts are stored as, in index order: the kind as a
 * position in KINDS, then bitmasks over NEEDS, CONDITIONS, RELATIONS and GROUPS.
 */
import { CONDITIONS, GROUPS, KINDS, NEEDS, RELATIONS } from '../data/taxonomy';

/** The facets use the URL's words (hulp, situatie, voor, groep), plus soort for the kind of offer. */
export type ConceptFacet = 'soort' | 'hulp' | 'situatie' | 'voor' | 'groep';

/** "hulp:respijtzorg", "situatie:dementie", "soort:alzheimercafe", "voor:ouder", "groep:jong". */
export type ConceptKey = `${ConceptFacet}:${string}`;

export const FACETS: readonly ConceptFacet[] = ['soort', 'hulp', 'situatie', 'voor', 'groep'];

export const FACET_VALUES: Record<ConceptFacet, readonly string[]> = {
	soort: KINDS.map((k) => k.id),
	hulp: NEEDS.map((n) => n.id),
	situatie: CONDITIONS.map((c) => c.id),
	voor: RELATIONS.map((r) => r.id),
	groep: GROUPS.map((g) => g.id)
};
