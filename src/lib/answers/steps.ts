import type { AnswerKey } from './index';

/** One question of the flow; its text is in the message files as step_<key>_question and step_<key>_hint. */
export interface Step {
	slug: string;
	key: AnswerKey;
	multiple: boolean;
}

export const STEPS: Step[] = [
	{ slug: 'voor-wie', key: 'voor', multiple: false },
	{ slug: 'situatie', key: 'situatie', multiple: true },
	{ slug: 'hulp', key: 'hulp', multiple: true },
	{ slug: 'waar', key: 'wijk', multiple: false }
];

export function stepIndex(slug: string): number {
	return STEPS.findIndex((step) => step.slug === slug);
}
