/**
 * The overview's sentences in the page's language: the modules beside this one return
 * counts and codes, this turns them into words. The CSV (csv.ts) stays Dutch on purpose.
 */
import { formatDistance } from '../geo';
import { getLocale, m, term } from '../i18n';
import type { Aandachtspunt, NeedId } from '../data/taxonomy';
import type { WijkGaps } from './coverage';
import type { OfferWarning } from './review';

/** Lower case inside a sentence; the locale matters for Turkish (İ → i). */
const lower = (text: string) => text.toLocaleLowerCase(getLocale());

/** "informatie en advies, educatie en respijtzorg" */
export function needList(needs: readonly NeedId[]): string {
	const names = needs.map((need) => lower(term('need', need)));
	return names.length <= 1
		? (names[0] ?? '')
		: m.join_and({ list: names.slice(0, -1).join(m.list_comma()), last: names.at(-1)! });
}

/** What a wijk (in a region: or a gemeente) lacks, in one or two sentences for the list beside the map. */
export function gapSentence({ wijk, tekort, alleenGemeentebreed }: WijkGaps): string {
	const gemeente = wijk.type === 'gemeente';
	if (!tekort.length && !alleenGemeentebreed.length)
		return gemeente ? m.gemeenten_overzicht_gaps_none() : m.overzicht_gaps_none();
	const needs = needList(alleenGemeentebreed);
	return [
		alleenGemeentebreed.length
			? gemeente
				? m.gemeenten_overzicht_gaps_regio({ needs })
				: m.overzicht_gaps_gemeentebreed({ needs })
			: '',
		tekort.length ? m.overzicht_gaps_tekort({ needs: needList(tekort) }) : ''
	]
		.filter(Boolean)
		.join(' ');
}

/** The badge under a wijk's name on the map: "alles in de wijk", "1 ontbreekt", "3 ontbreken". */
export function missingBadge(missing: number, gemeente = false): string {
	if (missing) return m.overzicht_badge_missing({ count: missing });
	return gemeente ? m.gemeenten_overzicht_map_level_0() : m.overzicht_map_level_0();
}

const AANDACHTSPUNT_TEXT: Record<Aandachtspunt, Record<'label' | 'explanation', () => string>> = {
	vinden: {
		label: m.overzicht_punt_vinden_label,
		explanation: m.overzicht_punt_vinden_explanation
	},
	versterken: {
		label: m.overzicht_punt_versterken_label,
		explanation: m.overzicht_punt_versterken_explanation
	},
	verlichten: {
		label: m.overzicht_punt_verlichten_label,
		explanation: m.overzicht_punt_verlichten_explanation
	},
	verbinden: {
		label: m.overzicht_punt_verbinden_label,
		explanation: m.overzicht_punt_verbinden_explanation
	}
};

export function aandachtspuntText(id: Aandachtspunt, field: 'label' | 'explanation'): string {
	return AANDACHTSPUNT_TEXT[id][field]();
}

export function warningText(warning: OfferWarning): string {
	switch (warning.kind) {
		case 'geen-telefoon':
			return warning.otherContact ? m.review_no_phone() : m.review_no_contact();
		case 'geen-tijden': {
			const kind = term('kind', warning.offerKind);
			// Dutch puts the kind inside the sentence in lower case; other languages quote the label as it is.
			return m.review_no_times({ kind, kindLower: lower(kind) });
		}
		case 'buiten-gemeente':
			return m.review_outside_gemeente({
				distance: formatDistance(warning.metres, getLocale()),
				gemeente: warning.gemeente
			});
		case 'begin-hier-geen-telefoon':
			return m.import_warning_first_contact_no_phone();
		case 'onbekend':
			return warning.field === 'cost'
				? m.import_warning_unknown_cost()
				: m.import_warning_unknown_start();
		case 'tekst-noemt':
			return warning.condition
				? m.import_warning_text_condition({
						condition: lower(term('condition', warning.condition))
					})
				: m.import_warning_text_group({ group: term('group', warning.group!) });
		case 'geen-situatie':
			return m.import_warning_no_situation();
		case 'dubbel':
			return m.import_warning_duplicate({ other: warning.other });
		case 'dubbel-organisatie':
			return m.import_warning_near_duplicate({ other: warning.other });
		case 'omschrijving-herhaalt':
			return m.import_warning_description_repeats();
		case 'anders':
			return warning.message;
	}
}
