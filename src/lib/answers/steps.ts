import { m } from '../i18n';
import type { AnswerKey } from './index';

/** One question of the flow, with its texts in the page language. */
export interface Step {
	slug: string;
	key: AnswerKey;
	multiple: boolean;
	question: () => string;
	hint: () => string;
}

export const STEPS: Step[] = [
	{
		slug: 'voor-wie',
		key: 'voor',
		multiple: false,
		question: m.step_voor_question,
		hint: m.step_voor_hint
	},
	{
		slug: 'situatie',
		key: 'situatie',
		multiple: true,
		question: m.step_situatie_question,
		hint: m.step_situatie_hint
	},
	{
		slug: 'hulp',
		key: 'hulp',
		multiple: true,
		question: m.step_hulp_question,
		hint: m.step_hulp_hint
	},
	{
		slug: 'waar',
		key: 'wijk',
		multiple: false,
		question: m.step_wijk_question,
		hint: m.step_wijk_hint
	}
];

export function stepIndex(slug: string): number {
	return STEPS.findIndex((step) => step.slug === slug);
}
