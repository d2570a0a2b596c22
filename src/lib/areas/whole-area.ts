/**
 * What to call help that has no place of its own: "the whole gemeente" on a single
 * gemeente's site; in a region the region, or the gemeente the offer belongs to, never
 * "the whole gemeente" about the region.
 */
import { m } from '$lib/i18n';

export function wholeAreaText(
	regio: string | undefined,
	wijk: string | undefined,
	wijkName: string | undefined
): string {
	if (!regio) return m.card_whole_gemeente();
	if (!wijk) return m.gemeenten_card_whole_regio({ regio });
	return wijkName ? m.gemeenten_card_whole_area({ area: wijkName }) : m.card_whole_gemeente();
}
