import type { AnswerKey } from './index';

export interface Step {
	slug: string;
	key: AnswerKey;
	question: string;
	hint: string;
	multiple: boolean;
}

export const STEPS: Step[] = [
	{ slug: 'voor-wie', key: 'voor', question: 'Voor wie zorgt u?', hint: 'Kies wat het beste past.', multiple: false },
	{
		slug: 'situatie',
		key: 'situatie',
		question: 'Wat speelt er bij uw naaste?',
		hint: 'U mag meer dan één antwoord kiezen.',
		multiple: true
	},
	{
		slug: 'hulp',
		key: 'hulp',
		question: 'Waarmee wilt u hulp?',
		hint: 'U mag meer dan één antwoord kiezen.',
		multiple: true
	},
	{
		slug: 'waar',
		key: 'wijk',
		question: 'Waar woont uw naaste?',
		hint: 'De hulp hangt af van de plek waar uw naaste woont.',
		multiple: false
	}
];

export function stepIndex(slug: string): number {
	return STEPS.findIndex((step) => step.slug === slug);
}
