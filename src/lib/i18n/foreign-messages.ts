/**
 * In the browser, the message modules hold Dutch only (scripts/messages-per-locale.ts); a page
 * in another language loads that language's messages once, before it starts (hooks.client.ts),
 * or before a navigation into it. On the server and in tests nothing is loaded: there every
 * message module still holds every language.
 */
import { loaders } from 'virtual:messages-per-locale';

type MessageFunction = (inputs: object) => string;

const tables = new Map<string, Record<string, MessageFunction>>();

export async function loadMessages(locale: string): Promise<void> {
	const load = loaders[locale];
	if (!load || tables.has(locale)) return;
	tables.set(locale, (await load()).default);
}

export function foreignMessage(locale: string, name: string, inputs: object): string {
	const message = tables.get(locale)?.[name];
	// A page in a language whose messages were not loaded is a fault in the site, not the data.
	if (!message) throw new Error(`Message ${name} for ${locale} is used before it was loaded`);
	return message(inputs);
}
