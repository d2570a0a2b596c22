/**
 * Interface text left in Dutch on a page in another language. Texts from the data (names,
 * descriptions, addresses) are Dutch by right and are left out, as are parts marked with
 * another lang; what remains must not contain a word that only Dutch has.
 */
import type { Page } from 'playwright-core';
import { dataset, offers, wijken } from './example-data';

/**
 * Words that are Dutch and never English, Turkish or Arabic. A page in another language
 * that shows one of them outside a text from the data has interface text left in Dutch.
 */
const DUTCH_WORDS = new Set(
	'het een niet voor uw naar ook wordt zijn bij met geen kunt heeft hulp terug volgende vorige bekijk opslaan sluiten wat waar wie hoe welke zoeken wijk kies gegevens kaart lijst alle'.split(
		' '
	)
);

/** Everything the data says in Dutch: names, addresses, descriptions. Removed before looking for Dutch words. */
const dataTexts = [
	...offers.flatMap((o) => [
		o.name,
		o.summary,
		o.description,
		o.organization?.name,
		o.address?.street,
		o.address?.city,
		o.howToStartDetails,
		o.costDetails,
		...(o.accessibility ?? []),
		...(o.schedules ?? []).map((s) => s.description),
		...(o.phones ?? []).map((p) => p.description),
		o.source
	]),
	...wijken.map((w) => w.name),
	dataset.site.gemeente.name,
	dataset.site.beheerder.name,
	dataset.areas.attribution
]
	.filter((text): text is string => !!text)
	.sort((a, b) => b.length - a.length);

export function dutchLeftIn(texts: string[]): string[] {
	return texts.flatMap((text) => {
		// Addresses of pages name routes in Dutch (/vragen/waar); they are not words to read.
		let rest = text.replace(/https?:\/\/\S+/g, ' ');
		for (const data of dataTexts) rest = rest.split(data).join(' ');
		const words = rest.toLowerCase().match(/\p{L}+/gu) ?? [];
		return words.some((word) => DUTCH_WORDS.has(word)) ? [text.trim()] : [];
	});
}

/** The page's text and accessible attributes, outside parts marked as another language. */
async function interfaceTexts(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const pageLang = document.documentElement.lang;
		const ownLanguage = (element: Element | null) =>
			!element || (element.closest('[lang]')?.getAttribute('lang') ?? pageLang) === pageLang;
		const texts: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			if (
				!parent ||
				// A browser that runs scripts shows no <noscript>: its content is one unrendered text.
				parent.closest('script, style, noscript') ||
				!ownLanguage(parent) ||
				!node.textContent?.trim()
			)
				continue;
			texts.push(node.textContent);
		}
		for (const element of document.body.querySelectorAll(
			'[aria-label], [alt], [title], [placeholder], [aria-description]'
		)) {
			if (!ownLanguage(element)) continue;
			for (const name of ['aria-label', 'alt', 'title', 'placeholder', 'aria-description']) {
				const value = element.getAttribute(name);
				if (value?.trim()) texts.push(value);
			}
		}
		texts.push(document.title);
		return texts;
	});
}

/** The page's interface texts that still contain Dutch words. */
export async function dutchInterfaceText(page: Page): Promise<string[]> {
	return dutchLeftIn(await interfaceTexts(page));
}
