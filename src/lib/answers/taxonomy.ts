import { CONDITION_IDS, GROUP_IDS, NEED_IDS, RELATION_IDS } from '../data/taxonomy';

/**
 * Each list answer and the taxonomy list it picks from: the ids the URL may hold and the
 * vocabulary its labels come from. The one table parsing, labels and matching share.
 */
export const ANSWER_TAXONOMY = {
	voor: { ids: RELATION_IDS, vocabulary: 'relation' },
	situatie: { ids: CONDITION_IDS, vocabulary: 'condition' },
	hulp: { ids: NEED_IDS, vocabulary: 'need' },
	groep: { ids: GROUP_IDS, vocabulary: 'group' }
} as const;
export type ListAnswerKey = keyof typeof ANSWER_TAXONOMY;
