/**
 * The message files are complete: every Dutch text has an English, Turkish and Arabic
 * version with the same {variables}, so no page falls back to Dutch in the middle.
 * Paths in the settings are relative to the folder that holds project.inlang.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TRANSLATION_LANGUAGES } from '../data/schema';

const i18nDir = dirname(fileURLToPath(import.meta.url));
const projectDir = join(i18nDir, 'project.inlang');
const settings = JSON.parse(readFileSync(join(projectDir, 'settings.json'), 'utf8')) as {
	baseLocale: string;
	locales: string[];
	'plugin.inlang.messageFormat': { pathPattern: string[] };
};
const { baseLocale, locales } = settings;
const others = locales.filter((locale) => locale !== baseLocale);

/** A message is a text, or plural variants: [{ match: { "count=one": "…", … } }]. */
type Message = string | [{ match: Record<string, string> }];

function messagesOf(pattern: string, locale: string): Record<string, Message> {
	const { $schema: _, ...messages } = JSON.parse(
		readFileSync(join(i18nDir, pattern.replace('{locale}', locale)), 'utf8')
	);
	return messages;
}

const textsOf = (message: Message) =>
	typeof message === 'string' ? [message] : Object.values(message[0].match);

/** Inputs the code passes in two forms, so each language can take the one its grammar needs. */
const SAME_INPUT: Record<string, string> = { kindLower: 'kind' };

/** The {variables} a message uses, over all its variants. */
const variables = (message: Message) =>
	[
		...new Set(
			textsOf(message).flatMap((text) =>
				[...text.matchAll(/\{(\w+)\}/g)].map((match) => SAME_INPUT[match[1]!] ?? match[1]!)
			)
		)
	].sort();

describe.each(settings['plugin.inlang.messageFormat'].pathPattern)('messages in %s', (pattern) => {
	const source = messagesOf(pattern, baseLocale);

	it.each(others)('has every Dutch text in %s, with the same variables', (locale) => {
		const translated = messagesOf(pattern, locale);
		const missing = Object.keys(source).filter(
			(key) => !translated[key] || textsOf(translated[key]).some((text) => !text.trim())
		);
		expect(missing, `missing in ${locale}`).toEqual([]);
		const extra = Object.keys(translated).filter((key) => !(key in source));
		expect(extra, `not in ${baseLocale}`).toEqual([]);
		const mismatched = Object.keys(source).filter(
			(key) => variables(source[key]!).join() !== variables(translated[key]!).join()
		);
		expect(mismatched, `other variables in ${locale}`).toEqual([]);
	});
});

describe('translated offer texts', () => {
	it('are possible in exactly the other interface languages', () => {
		expect([...TRANSLATION_LANGUAGES].sort()).toEqual([...others].sort());
	});
});
