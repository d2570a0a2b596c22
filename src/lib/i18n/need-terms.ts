/**
 * The hulpvraag terms on their own: the start page and every page's footer list the
 * hulpvragen, and need nothing else of the taxonomy's texts. Kept apart from ./terms so those
 * pages do not carry every term of every language.
 */
import { m } from '$lib/paraglide/messages';
import type { NeedId } from '../data/taxonomy';
import type { Text } from './terms';

export const NEED_TERMS: Record<NeedId, { label: Text; plain: Text; short: Text }> = {
	'informatie-advies': {
		label: m.need_informatie_advies_label,
		plain: m.need_informatie_advies_plain,
		short: m.need_informatie_advies_short
	},
	begeleiding: {
		label: m.need_begeleiding_label,
		plain: m.need_begeleiding_plain,
		short: m.need_begeleiding_short
	},
	'emotionele-steun': {
		label: m.need_emotionele_steun_label,
		plain: m.need_emotionele_steun_plain,
		short: m.need_emotionele_steun_short
	},
	educatie: {
		label: m.need_educatie_label,
		plain: m.need_educatie_plain,
		short: m.need_educatie_short
	},
	'praktische-hulp': {
		label: m.need_praktische_hulp_label,
		plain: m.need_praktische_hulp_plain,
		short: m.need_praktische_hulp_short
	},
	respijtzorg: {
		label: m.need_respijtzorg_label,
		plain: m.need_respijtzorg_plain,
		short: m.need_respijtzorg_short
	},
	'financiele-hulp': {
		label: m.need_financiele_hulp_label,
		plain: m.need_financiele_hulp_plain,
		short: m.need_financiele_hulp_short
	},
	'materiele-hulp': {
		label: m.need_materiele_hulp_label,
		plain: m.need_materiele_hulp_plain,
		short: m.need_materiele_hulp_short
	}
};

/** A hulpvraag's text in the page's language: needTerm('respijtzorg', 'plain'). */
export function needTerm(id: NeedId, field: 'label' | 'plain' | 'short' = 'label'): string {
	return NEED_TERMS[id][field]();
}
