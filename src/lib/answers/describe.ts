import { CONDITION_BY_ID, NEED_BY_ID } from '../data/taxonomy';
import type { Answers } from './index';

const CONDITION_PHRASE: Record<string, string> = {
	dementie: 'dementie',
	psychisch: 'psychische problemen',
	'verstandelijke-beperking': 'een verstandelijke beperking',
	lichamelijk: 'een lichamelijke beperking of chronische ziekte',
	hersenletsel: 'hersenletsel',
	'ernstig-ziek': 'een ernstige ziekte',
	'laatste-levensfase': 'in de laatste levensfase',
	'ouder-worden': 'die ouder wordt',
	verslaving: 'een verslaving'
};

const RELATION_PHRASE: Record<string, string> = {
	partner: 'uw partner',
	ouder: 'uw ouder',
	kind: 'uw kind',
	familie: 'een familielid',
	'vriend-buur': 'een vriend of buur'
};

function joinDutch(parts: string[]): string {
	if (parts.length <= 1) return parts.join('');
	return `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`;
}

/**
 * The answers said back in plain words, for the results heading:
 * "Hulp om even tijd voor uzelf te hebben, voor iemand met dementie, in De Haven".
 */
export function describeAnswers(answers: Answers, wijkName?: string): string {
	const parts: string[] = [];
	const needs = joinDutch(answers.hulp.map((id) => NEED_BY_ID[id].short));
	parts.push(needs ? needs.charAt(0).toUpperCase() + needs.slice(1) : 'Alle hulp');
	const conditions = answers.situatie.map((id) => CONDITION_PHRASE[id] ?? CONDITION_BY_ID[id].label.toLowerCase());
	const withPhrases = conditions.filter((c) => !c.startsWith('die ') && !c.startsWith('in '));
	const otherPhrases = conditions.filter((c) => c.startsWith('die ') || c.startsWith('in '));
	const who = answers.voor.length ? joinDutch(answers.voor.map((id) => RELATION_PHRASE[id] ?? id)) : 'iemand';
	if (answers.voor.length || conditions.length) {
		const withPart = withPhrases.length ? ` met ${joinDutch(withPhrases)}` : '';
		const otherPart = otherPhrases.length ? ` ${joinDutch(otherPhrases)}` : '';
		parts.push(`voor ${who}${withPart}${otherPart}`);
	}
	if (wijkName) parts.push(`in ${wijkName}`);
	return parts.join(', ');
}
