/**
 * The answers as the results page lists them ("Voor wie: Mijn partner"), each with the
 * words that say what leaving it out would do. The area answer is named for what the area
 * is: in a region the answer may be a gemeente, and a gemeente is never called a wijk.
 */
import { m, term } from '../i18n';
import type { AnswerKey, Answers } from './index';
import { ANSWER_TAXONOMY, type ListAnswerKey } from './taxonomy';

export interface AnswerLabel {
	key: AnswerKey;
	/** "Voor wie", "Wijk" or "Gemeente". */
	label: string;
	/** The chosen values in words, in the order chosen. */
	values: string[];
}

const LABEL: Record<ListAnswerKey, () => string> = {
	voor: m.answer_label_voor,
	situatie: m.answer_label_situatie,
	hulp: m.answer_label_hulp,
	groep: m.answer_label_groep
};

const LOOSEN: Record<ListAnswerKey, () => string> = {
	voor: m.results_loosen_voor,
	situatie: m.results_loosen_situatie,
	hulp: m.results_loosen_hulp,
	groep: m.results_loosen_groep
};

const LIST_KEYS = Object.keys(ANSWER_TAXONOMY) as ListAnswerKey[];

/** The chosen answers, in question order; `area` names the area answer and says what kind it is. */
export function answerLabels(
	answers: Answers,
	area?: { name: string; kind: string }
): AnswerLabel[] {
	const labels: AnswerLabel[] = LIST_KEYS.filter((key) => answers[key].length).map((key) => ({
		key,
		label: LABEL[key](),
		values: answers[key].map((id) => term(ANSWER_TAXONOMY[key].vocabulary, id))
	}));
	if (answers.wijk)
		labels.push({
			key: 'wijk',
			label: area?.kind === 'gemeente' ? m.resultaten_answer_gemeente() : m.answer_label_wijk(),
			values: [area?.name ?? answers.wijk]
		});
	return labels;
}

/** What "Kijk niet naar …" leaves out, for the answer that would give the most extra results. */
export function loosenHint(key: AnswerKey, areaKind = 'wijk'): string {
	if (key !== 'wijk') return LOOSEN[key]();
	return areaKind === 'gemeente' ? m.resultaten_loosen_gemeente() : m.results_loosen_wijk();
}
