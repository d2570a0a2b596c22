/**
 * The beheer message files (/overzicht, /insluiten) in all four languages. Paraglide falls
 * back to Dutch without a word when a translation is missing, so this test says it instead.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const LOCALES = ['nl', 'en', 'tr', 'ar'] as const;
type Pattern = string | [{ match: Record<string, string> }];

const files = Object.fromEntries(
	LOCALES.map((locale) => {
		const { $schema: _, ...messages } = JSON.parse(readFileSync(`src/lib/i18n/messages/beheer/${locale}.json`, 'utf8'));
		return [locale, messages as Record<string, Pattern>];
	})
);

/** The {variables} a message uses, over all its plural variants. */
function variables(pattern: Pattern): string[] {
	const texts = typeof pattern === 'string' ? [pattern] : Object.values(pattern[0].match);
	return [...new Set(texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((found) => found[1]!)))].toSorted();
}

/** Inputs the code passes in two forms, so each language can take the one its grammar needs. */
const SAME_INPUT: Record<string, string> = { kindLower: 'kind' };
const normalised = (pattern: Pattern) => [...new Set(variables(pattern).map((name) => SAME_INPUT[name] ?? name))].toSorted();

describe('beheer messages', () => {
	const keys = Object.keys(files.nl!).toSorted();

	it('use the prefixes of this area', () => {
		expect(keys.filter((key) => !/^(overzicht|review|embed)_/.test(key))).toEqual([]);
	});

	for (const locale of LOCALES.filter((l) => l !== 'nl')) {
		it(`${locale} has every key, and no key Dutch lacks`, () => {
			expect(Object.keys(files[locale]!).toSorted()).toEqual(keys);
		});

		it(`${locale} uses the same variables as Dutch, and is not a copy of it`, () => {
			const messages = files[locale]!;
			expect(Object.fromEntries(keys.map((key) => [key, normalised(messages[key]!)]))).toEqual(
				Object.fromEntries(keys.map((key) => [key, normalised(files.nl![key]!)]))
			);
			expect(keys.filter((key) => JSON.stringify(messages[key]) === JSON.stringify(files.nl![key]))).toEqual([]);
		});
	}
});
