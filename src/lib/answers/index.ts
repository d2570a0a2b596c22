/**
 * The resident's answers live in the URL query, so a link, reload or the back button
 * restores them. Parsing drops anything unknown or malformed without an error.
 */
import { KM_CHOICES, parsePostcode, type Km } from '../location';
import { ANSWER_TAXONOMY } from './taxonomy';
import { type ConditionId, type GroupId, type NeedId, type RelationId } from '../data/taxonomy';

export interface Answers {
	voor: RelationId[];
	situatie: ConditionId[];
	hulp: NeedId[];
	groep: GroupId[];
	wijk?: string;
	/** Free text that narrows the results, trimmed, at most Q_MAX_LENGTH characters. */
	q?: string;
	/** The naaste's postcode, for distances: "1234AB" or "1234". */
	pc?: string;
	/** Only places within this many kilometres of the postcode or location. */
	km?: Km;
}

export const EMPTY_ANSWERS: Answers = { voor: [], situatie: [], hulp: [], groep: [] };

/** Keys in the order they appear in a URL. */
export const ANSWER_KEYS = ['voor', 'situatie', 'hulp', 'groep', 'wijk'] as const;
export type AnswerKey = (typeof ANSWER_KEYS)[number];

/** Search and distance: they narrow the results but answer no question, so matching does not know them. */
export const FILTER_KEYS = ['q', 'pc', 'km'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const Q_MAX_LENGTH = 100;

// Long values are hostile or broken; no valid id comes close.
const MAX_VALUE_LENGTH = 64;
const MAX_VALUES_PER_KEY = 20;

/** The known ids among a key's values, each once, in order. A plain check: the page needs no zod. */
function pick<T extends string>(params: URLSearchParams, key: string, ids: readonly T[]): T[] {
	const values: T[] = [];
	for (const raw of params.getAll(key).slice(0, MAX_VALUES_PER_KEY)) {
		for (const part of raw.split(',')) {
			const value = part.trim();
			if (part.length > MAX_VALUE_LENGTH || !(ids as readonly string[]).includes(value)) continue;
			if (!values.includes(value as T)) values.push(value as T);
		}
	}
	return values;
}

/** Spaces collapsed, control characters out, cut at Q_MAX_LENGTH; empty is no query. */
export function cleanQuery(raw: string | null | undefined): string | undefined {
	const text = (raw ?? '')
		.replace(/[\p{C}\s]+/gu, ' ')
		.trim()
		.slice(0, Q_MAX_LENGTH)
		.trim();
	return text || undefined;
}

function parseKm(raw: string | null): Km | undefined {
	return KM_CHOICES.find((km) => String(km) === raw);
}

/** `wijkCodes`: the codes from gebieden.geojson; an unknown wijk is dropped. */
export function parseAnswers(params: URLSearchParams, wijkCodes: ReadonlySet<string>): Answers {
	const wijk = params.get('wijk') ?? undefined;
	const answers: Answers = {
		voor: pick(params, 'voor', ANSWER_TAXONOMY.voor.ids),
		situatie: pick(params, 'situatie', ANSWER_TAXONOMY.situatie.ids),
		hulp: pick(params, 'hulp', ANSWER_TAXONOMY.hulp.ids),
		groep: pick(params, 'groep', ANSWER_TAXONOMY.groep.ids),
		wijk: wijk !== undefined && wijkCodes.has(wijk) ? wijk : undefined
	};
	const q = cleanQuery(params.get('q'));
	const pc = parsePostcode((params.get('pc') ?? '').slice(0, MAX_VALUE_LENGTH))?.code;
	const km = parseKm(params.get('km'));
	// Only present keys, so answers without search or distance compare equal to before.
	return { ...answers, ...(q && { q }), ...(pc && { pc }), ...(km && { km }) };
}

export function answersToParams(answers: Partial<Answers>): URLSearchParams {
	const params = new URLSearchParams();
	for (const key of ANSWER_KEYS) {
		const value = answers[key];
		for (const item of Array.isArray(value) ? value : value ? [value] : [])
			params.append(key, item);
	}
	for (const key of FILTER_KEYS) {
		const value = answers[key];
		if (value !== undefined && value !== '') params.append(key, String(value));
	}
	return params;
}

/** "?voor=partner&hulp=respijtzorg", or "" when nothing was answered. */
export function answersToQuery(answers: Partial<Answers>): string {
	const query = answersToParams(answers).toString();
	return query ? `?${query}` : '';
}

export function withoutAnswer(answers: Answers, key: AnswerKey | FilterKey): Answers {
	if (key === 'wijk' || (FILTER_KEYS as readonly string[]).includes(key))
		return { ...answers, [key]: undefined };
	return { ...answers, [key]: [] };
}

export function hasAnswers(answers: Answers): boolean {
	return ANSWER_KEYS.some((key) => {
		const value = answers[key];
		return Array.isArray(value) ? value.length > 0 : value !== undefined;
	});
}

export { QUICK_STARTS, type QuickStart } from './quick-starts';
export { STEPS, stepIndex, type Step } from './steps';
export { describeAnswers } from './describe';
export { ANSWER_TAXONOMY, type ListAnswerKey } from './taxonomy';
export { answerLabels, loosenHint, type AnswerLabel } from './labels';
