/**
 * The resident's answers live in the URL query, so a link, reload or the back button
 * restores them. Parsing drops anything unknown or malformed without an error.
 */
import { z } from 'zod';
import {
	CONDITION_IDS,
	GROUP_IDS,
	NEED_IDS,
	RELATION_IDS,
	type ConditionId,
	type GroupId,
	type NeedId,
	type RelationId
} from '../data/taxonomy';

export interface Answers {
	voor: RelationId[];
	situatie: ConditionId[];
	hulp: NeedId[];
	groep: GroupId[];
	wijk?: string;
}

export const EMPTY_ANSWERS: Answers = { voor: [], situatie: [], hulp: [], groep: [] };

/** Keys in the order they appear in a URL. */
export const ANSWER_KEYS = ['voor', 'situatie', 'hulp', 'groep', 'wijk'] as const;
export type AnswerKey = (typeof ANSWER_KEYS)[number];

// Long values are hostile or broken; no valid id comes close.
const MAX_VALUE_LENGTH = 64;
const MAX_VALUES_PER_KEY = 20;

function pick<T extends string>(params: URLSearchParams, key: string, schema: z.ZodType<T>): T[] {
	const values: T[] = [];
	for (const raw of params.getAll(key).slice(0, MAX_VALUES_PER_KEY)) {
		for (const part of raw.split(',')) {
			if (part.length > MAX_VALUE_LENGTH) continue;
			const parsed = schema.safeParse(part.trim());
			if (parsed.success && !values.includes(parsed.data)) values.push(parsed.data);
		}
	}
	return values;
}

/** `wijkCodes`: the codes from gebieden.geojson; an unknown wijk is dropped. */
export function parseAnswers(params: URLSearchParams, wijkCodes: ReadonlySet<string>): Answers {
	const wijk = params.get('wijk') ?? undefined;
	return {
		voor: pick(params, 'voor', z.enum(RELATION_IDS)),
		situatie: pick(params, 'situatie', z.enum(CONDITION_IDS)),
		hulp: pick(params, 'hulp', z.enum(NEED_IDS)),
		groep: pick(params, 'groep', z.enum(GROUP_IDS)),
		wijk: wijk !== undefined && wijkCodes.has(wijk) ? wijk : undefined
	};
}

export function answersToParams(answers: Partial<Answers>): URLSearchParams {
	const params = new URLSearchParams();
	for (const key of ANSWER_KEYS) {
		const value = answers[key];
		for (const item of Array.isArray(value) ? value : value ? [value] : []) params.append(key, item);
	}
	return params;
}

/** "?voor=partner&hulp=respijtzorg", or "" when nothing was answered. */
export function answersToQuery(answers: Partial<Answers>): string {
	const query = answersToParams(answers).toString();
	return query ? `?${query}` : '';
}

export function withoutAnswer(answers: Answers, key: AnswerKey): Answers {
	return key === 'wijk' ? { ...answers, wijk: undefined } : { ...answers, [key]: [] };
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
