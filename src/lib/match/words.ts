/**
 * The words for where a group of results is. Each names the area for what it is (wijk,
 * gemeente or regio), so no text calls a gemeente a wijk or a region a gemeente.
 */
import { m } from '../i18n';
import type { AreaGroup, AreaGroups } from './groups';

export function groupHeading({ relation, place }: AreaGroup): string {
	const name = { name: place.name };
	if (place.kind === 'regio') return m.resultaten_wide_regio(name);
	const wijk = place.kind === 'wijk';
	if (relation === 'here')
		return wijk ? m.resultaten_here_wijk(name) : m.resultaten_here_gemeente(name);
	if (relation === 'near')
		return wijk ? m.resultaten_near_wijk(name) : m.resultaten_near_gemeente(name);
	// Help for a whole gemeente is never "for the wijk", even when it has a wijk code.
	return m.resultaten_wide_gemeente(name);
}

/** The one plain line when the chosen area has no or little help of its own. */
export function shortNotice({ chosen, short }: AreaGroups): string | undefined {
	if (short === 'none') return m.resultaten_none_here({ name: chosen.name });
	if (short === 'few') return m.resultaten_few_here({ name: chosen.name });
	return undefined;
}
