/**
 * Interface text in four languages (Paraglide JS; messages in ./messages, Dutch is the
 * source). The language is in the path: /en/..., /tr/..., /ar/...; Dutch has no prefix.
 */
import {
	deLocalizeUrl,
	getLocale,
	locales,
	localizeHref as paraglideLocalizeHref
} from '$lib/paraglide/runtime';

export { m } from '$lib/paraglide/messages';
export { CONDITION_PHRASES, RELATION_PHRASES } from './terms';
// Separate modules, so a page that shows no taxonomy term (or only hulpvragen) loads none of
// the other terms' texts.
export { term, type TermKind } from './term';
export { needTerm } from './need-terms';
export { getLocale, locales, deLocalizeUrl };
export type Locale = (typeof locales)[number];

const localizedHrefs = new Map<string, string>();

/**
 * A path in the page's language (or the one asked for). Paraglide writes a language's start
 * page as "/en/"; the build has en.html, which "/en" finds on every host ("/en/" is a
 * folder without an index, so nginx refuses it).
 */
export function localizeHref(href: string, options?: { locale?: Locale }): string {
	// Paraglide parses a URL for each link; a list of offers repeats the same links often.
	const key = `${getLocale()} ${options?.locale ?? ''} ${href}`;
	let localized = localizedHrefs.get(key);
	if (localized === undefined) {
		localized = paraglideLocalizeHref(href, options).replace(/^(\/[a-z]{2})\/(?=$|[?#])/, '$1');
		localizedHrefs.set(key, localized);
	}
	return localized;
}

export const LANGUAGES: Record<Locale, { name: string; dir: 'ltr' | 'rtl' }> = {
	nl: { name: 'Nederlands', dir: 'ltr' },
	en: { name: 'English', dir: 'ltr' },
	tr: { name: 'Türkçe', dir: 'ltr' },
	ar: { name: 'العربية', dir: 'rtl' }
};

/**
 * The same page in every language, plus x-default (Dutch), for search engines. Only with
 * the site's own address (siteUrl in site.json): search engines take absolute links only.
 */
export function alternateLinks(
	path: string,
	siteUrl: string | undefined
): { hreflang: string; href: string }[] {
	if (!siteUrl) return [];
	const origin = siteUrl.replace(/\/$/, '');
	const links = locales.map((locale) => ({
		hreflang: locale,
		href: origin + localizeHref(path, { locale })
	}));
	return [...links, { hreflang: 'x-default', href: origin + localizeHref(path, { locale: 'nl' }) }];
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
