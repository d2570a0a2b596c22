import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as messages from '$lib/paraglide/messages';
import * as registry from '$lib/paraglide/registry.js';
import { localeModule, splitMessage } from '../../scripts/messages-per-locale';

const DIR = 'src/lib/paraglide/messages';
const SETTINGS = { baseLocale: 'nl', locales: ['nl', 'en', 'tr', 'ar'] };
const files = readdirSync(DIR).filter((file) => file.endsWith('.js') && file !== '_index.js');
const split = (file: string) =>
	splitMessage(readFileSync(join(DIR, file), 'utf8'), SETTINGS, '/foreign.ts');
type Message = (inputs: Record<string, unknown>, options?: { locale?: string }) => string;
const compiled = (source: string) =>
	new Function('registry', `return ${source}`)(registry) as Message;

/** Inputs for every parameter a message names; counts that pick each plural form. */
function inputsFor(source: string): Record<string, unknown>[] {
	const names = [...new Set([...source.matchAll(/i\?\.(\w+)/g)].map((match) => match[1]!))];
	return [1, 2, 5].map((count) =>
		Object.fromEntries(
			names.map((name) => [name, /count|aantal|n$/.test(name) ? count : `«${name}»`])
		)
	);
}

describe('messages per locale', () => {
	it('gives the same text as Paraglide for every message, language and plural form', () => {
		expect(files.length).toBeGreaterThan(500);
		for (const file of files) {
			const { name, base, foreign } = split(file);
			const original = (messages as unknown as Record<string, Message>)[name]!;
			const own = new Map([['nl', base], ...foreign]);
			for (const locale of SETTINGS.locales)
				for (const inputs of inputsFor(readFileSync(join(DIR, file), 'utf8')))
					expect(compiled(own.get(locale)!)(inputs), `${name} in ${locale}`).toBe(
						original(inputs, { locale })
					);
		}
	});

	it('keeps only Dutch in the message module, and looks the others up', () => {
		const { baseModule } = split('results_fit.js');
		expect(baseModule).toContain('Hulp die bij u past');
		expect(baseModule).not.toContain('Help that fits you');
		expect(baseModule).toContain(`foreignMessage(locale, "results_fit", inputs)`);
		expect(baseModule).toContain(`from "/foreign.ts"`);
	});

	it('puts every message of a language in its module, with the plural helper where needed', () => {
		const all = files.map(split);
		const english = localeModule('en', all, '/registry.js');
		expect(english).toContain('results_fit: () => {');
		expect(english).toContain('Help that fits you');
		expect(english).not.toContain('Hulp die bij u past');
		expect(english).toContain(`import * as registry from "/registry.js"`);
		expect(english.match(/^\t\w+: /gm)).toHaveLength(files.length);
	});
});
