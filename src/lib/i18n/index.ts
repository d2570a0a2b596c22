/**
 * Interface text in four languages (Paraglide JS; messages in ./messages, Dutch is the
 * source). The language is in the path: /en/..., /tr/..., /ar/...; Dutch has no prefix.
 */
import * as messages from '$lib/paraglide/messages';
import { deLocalizeUrl, getLocale, locales, localizeHref } from '$lib/paraglide/runtime';

export { m } from '$lib/paraglide/messages';
export { getLocale, localizeHref, locales, deLocalizeUrl };
export type Locale = (typeof locales)[number];

export const LANGUAGES: Record<Locale, { name: string; dir: 'ltr' | 'rtl' }> = {
	nl: { name: 'Nederlands', dir: 'ltr' },
	en: { name: 'English', dir: 'ltr' },
	tr: { name: 'Türkçe', dir: 'ltr' },
	ar: { name: 'العربية', dir: 'rtl' }
};

export type TermKind = 'need' | 'kind' | 'condition' | 'relation' | 'group' | 'forwhom' | 'delivery' | 'howtostart' | 'cost';

/** A taxonomy term in the page's language: term('need', 'respijtzorg', 'plain'). */
export function term(kind: TermKind, id: string, field: 'label' | 'plain' | 'short' = 'label'): string {
	const key = `${kind}_${id.replace(/-/g, '_')}_${field}`;
	const found = message(key);
	return found === key ? id : found;
}

/** A message looked up by its key, for texts keyed by data (quick starts, steps); the key itself when missing. */
export function message(key: string, inputs?: Record<string, unknown>): string {
	const found = (messages as unknown as Record<string, unknown>)[key];
	return typeof found === 'function' ? (found as (inputs?: Record<string, unknown>) => string)(inputs) : key;
}

/**
 * The lang attribute for a text from the data: set only where the text's language differs
 * from the page's, so screen readers pronounce a Dutch description on an English page as
 * Dutch (WCAG 3.1.2, language of parts).
 */
export function langOf(textLang: string): string | undefined {
	return textLang === getLocale() ? undefined : textLang;
}

/** The path without its language prefix, for comparing with route paths. */
export function routePath(url: URL): string {
	return deLocalizeUrl(url).pathname;
}
