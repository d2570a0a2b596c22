/**
 * The first contact in words that follow its kind ("Begin bij het Wmo-loket"), and the call
 * to action as a sentence. Static message references, like i18n/terms.ts, so a page only
 * carries the texts it uses.
 */
import { m } from '$lib/paraglide/messages';
import { describeSchedule } from '../schedule';
import type { FirstContactKindId, KindId } from '../data/taxonomy';
import type { ContactAction } from './index';

const KIND_PHRASES: Record<FirstContactKindId, () => string> = {
	'steunpunt-mantelzorg': m.echt_first_contact_steunpunt_mantelzorg,
	'wmo-loket': m.echt_first_contact_wmo_loket,
	clientondersteuning: m.echt_first_contact_clientondersteuning,
	'sociaal-wijkteam': m.echt_first_contact_sociaal_wijkteam,
	informatiepunt: m.echt_first_contact_informatiepunt
};

/** "het Wmo-loket van de gemeente"; data:check allows only first-contact kinds in site.json. */
export function firstContactPhrase(kind: KindId): string {
	return (KIND_PHRASES as Partial<Record<KindId, () => string>>)[kind]?.() ?? kind;
}

/**
 * A phone number or address kept left-to-right inside a sentence (Unicode isolates): in an
 * Arabic sentence "0475 50 60 72" would otherwise show its groups in reverse order.
 */
export function ltr(text: string): string {
	return `\u2066${text}\u2069`;
}

/** The walk-in hours in one line, in the page language. */
export function walkInTimes(
	action: Extract<ContactAction, { type: 'binnenlopen' }>,
	locale: string
) {
	return action.schedules.map((s) => describeSchedule(s, locale)).join('; ');
}

/** The call to action as a button or link text: "Bel 0475 …", "Loop binnen: …". */
export function actionLabel(action: ContactAction, name: string, locale: string): string {
	switch (action.type) {
		case 'bellen':
			return m.echt_action_call({ phone: ltr(action.phone) });
		case 'binnenlopen':
			return m.echt_action_walk_in({ times: walkInTimes(action, locale) });
		case 'website':
			return m.echt_action_website({ name });
		case 'mailen':
			return m.echt_action_mail({ email: ltr(action.email) });
	}
}
