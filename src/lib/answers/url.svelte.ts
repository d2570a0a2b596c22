/**
 * The answers of the page's own URL. A prerendered page cannot read the query string at
 * build time, so the HTML shows no answers and the browser fills them in; reading
 * `page.url` inside a `$derived` keeps them in step with every navigation.
 */
import { browser } from '$app/environment';
import { page } from '$app/state';
import { EMPTY_ANSWERS, parseAnswers, type Answers } from './index';

/** `areaCodes`: the codes the area answer may hold; anything else is dropped. */
export function answersFromUrl(areaCodes: Iterable<string>): Answers {
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup made and read at once, not state
	return browser ? parseAnswers(page.url.searchParams, new Set(areaCodes)) : EMPTY_ANSWERS;
}
