import type { ClientInit } from '@sveltejs/kit';
import { loadMessages } from '$lib/i18n/foreign-messages';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';

/**
 * Paraglide finds the language by parsing the page's URL, for every message a page shows:
 * a list of offers asks hundreds of times while it hydrates. The language only changes with
 * the address, so it is looked up once per address.
 * A page in another language than Dutch loads its messages before it hydrates.
 */
export const init: ClientInit = async () => {
	const fromUrl = getLocale;
	let href: string | undefined;
	let locale = fromUrl();
	overwriteGetLocale(() => {
		if (location.href !== href) {
			href = location.href;
			locale = fromUrl();
		}
		return locale;
	});
	await loadMessages(locale);
};
