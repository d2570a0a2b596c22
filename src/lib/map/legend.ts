/** The legend explains every marker by symbol and word, never by colour alone (WCAG 1.4.1). */
import type { NeedId } from '../data/taxonomy';
import type { Place } from './places';
import { NEED_STYLES, type NeedStyle } from './symbols';

/** The hulpvragen that are on the map, in the taxonomy's order; all of them when `places` is not given. */
export function legendNeeds(places?: readonly Place[]): NeedStyle[] {
	if (!places) return [...NEED_STYLES];
	const shown = new Set<NeedId>(places.map((p) => p.need));
	return NEED_STYLES.filter((style) => shown.has(style.id));
}
