/**
 * Small pieces of language every page needs, once: a list joined as the language joins it
 * ("a, b en c", "a, b and c", "أ، ب وج") and a first capital that follows the language
 * (Turkish i → İ).
 */
import { m } from '$lib/paraglide/messages';
import { getLocale, type Locale } from '$lib/paraglide/runtime';

export function joinAnd(items: readonly string[], locale: Locale = getLocale()): string {
	if (items.length <= 1) return items.join('');
	const list = items.slice(0, -1).join(m.list_comma({}, { locale }));
	return m.join_and({ list, last: items.at(-1)! }, { locale });
}

export function capitalize(text: string, locale: Locale = getLocale()): string {
	return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
