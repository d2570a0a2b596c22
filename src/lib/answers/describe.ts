import { CONDITION_PHRASES, m, RELATION_PHRASES, term } from '../i18n';
import { capitalize, joinAnd } from '../i18n/words';
import type { Answers } from './index';

/** Conditions that read as "for someone who ..." rather than "for someone with ...". */
const NOT_WITH = new Set(['laatste-levensfase', 'ouder-worden']);

/**
 * The answers said back in plain words, for the results heading:
 * "Even tijd voor uzelf, voor uw partner met dementie, in De Haven".
 */
export function describeAnswers(answers: Answers, wijkName?: string): string {
	const parts: string[] = [];
	const needs = joinAnd(answers.hulp.map((id) => term('need', id, 'short')));
	parts.push(needs ? capitalize(needs) : m.describe_all());
	if (answers.voor.length || answers.situatie.length) {
		const who = answers.voor.length
			? joinAnd(answers.voor.map((id) => RELATION_PHRASES[id]()))
			: m.describe_someone();
		const withList = answers.situatie
			.filter((id) => !NOT_WITH.has(id))
			.map((id) => CONDITION_PHRASES[id]());
		const other = answers.situatie
			.filter((id) => NOT_WITH.has(id))
			.map((id) => CONDITION_PHRASES[id]());
		let forWhom: string = m.describe_for({ who });
		if (withList.length) forWhom += ` ${m.describe_with({ list: joinAnd(withList) })}`;
		if (other.length) forWhom += ` ${joinAnd(other)}`;
		parts.push(forWhom);
	}
	if (wijkName) parts.push(m.describe_in({ wijk: wijkName }));
	return parts.join(m.list_comma());
}
