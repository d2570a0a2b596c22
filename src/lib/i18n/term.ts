/**
 * Any taxonomy term by kind and id, for the pages that show offers (cards, filters, the
 * offer page). Apart from ./index so the start page and the footer, which show only
 * hulpvragen (./need-terms), do not load every term in every language.
 */
import {
	CONDITION_TERMS,
	COST_TERMS,
	DELIVERY_TERMS,
	FORWHOM_TERMS,
	GROUP_TERMS,
	HOWTOSTART_TERMS,
	KIND_TERMS,
	NEED_TERMS,
	RELATION_TERMS,
	type Text
} from './terms';

export type TermKind =
	| 'need'
	| 'kind'
	| 'condition'
	| 'relation'
	| 'group'
	| 'forwhom'
	| 'delivery'
	| 'howtostart'
	| 'cost';

type TermField = 'label' | 'plain' | 'short';

const TERMS: Record<TermKind, Record<string, Partial<Record<TermField, Text>>>> = {
	need: NEED_TERMS,
	kind: KIND_TERMS,
	condition: CONDITION_TERMS,
	relation: RELATION_TERMS,
	group: GROUP_TERMS,
	forwhom: FORWHOM_TERMS,
	delivery: DELIVERY_TERMS,
	howtostart: HOWTOSTART_TERMS,
	cost: COST_TERMS
};

/** A taxonomy term in the page's language: term('need', 'respijtzorg', 'plain'); the id itself when unknown. */
export function term(kind: TermKind, id: string, field: TermField = 'label'): string {
	return TERMS[kind][id]?.[field]?.() ?? id;
}
