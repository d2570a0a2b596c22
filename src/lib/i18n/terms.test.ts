/**
 * The taxonomy's Dutch labels (used by the importer, the exports and data:check) and the
 * Dutch message files (used by the pages) say the same thing: a label changed in one place
 * only would make the spreadsheet and the site disagree.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
	CONDITIONS,
	COSTS,
	DELIVERY,
	FOR_WHOM,
	GROUPS,
	HOW_TO_START,
	KINDS,
	NEEDS,
	RELATIONS
} from '../data/taxonomy';
import { getLocale, overwriteGetLocale } from '../paraglide/runtime';
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

const pageLocale = getLocale;
afterEach(() => overwriteGetLocale(pageLocale));

type Terms = Record<string, Record<string, Text>>;

/** Every "list.id.field: taxonomy ≠ message" where the Dutch texts differ. */
function differences(
	name: string,
	list: readonly ({ id: string } & Record<string, unknown>)[],
	terms: Terms
): string[] {
	overwriteGetLocale(() => 'nl');
	return list.flatMap((entry) =>
		Object.entries(terms[entry.id] ?? {}).flatMap(([field, text]) =>
			entry[field] === text() ? [] : [`${name}.${entry.id}.${field}: ${entry[field]} ≠ ${text()}`]
		)
	);
}

describe('taxonomy labels and Dutch messages', () => {
	it.each([
		['needs', NEEDS, NEED_TERMS],
		['kinds', KINDS, KIND_TERMS],
		['conditions', CONDITIONS, CONDITION_TERMS],
		['relations', RELATIONS, RELATION_TERMS],
		['groups', GROUPS, GROUP_TERMS],
		['forWhom', FOR_WHOM, FORWHOM_TERMS],
		['delivery', DELIVERY, DELIVERY_TERMS],
		['howToStart', HOW_TO_START, HOWTOSTART_TERMS],
		['cost', COSTS, COST_TERMS]
	] as const)('say the same for %s', (name, list, terms) => {
		expect(Object.keys(terms).sort()).toEqual(list.map((entry) => entry.id).sort());
		expect(differences(name, list, terms as unknown as Terms)).toEqual([]);
	});
});
