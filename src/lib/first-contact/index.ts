/**
 * The first contact ("Begin hier") and how a visitor reaches an organisation. Real first
 * contacts differ: one has a phone, another only walk-in hours or a website. The call to
 * action uses what the offer has, in a fixed order, so no page says "Bel …" without a
 * number. Pure: BeginHier, the footer, the print header, the embed and the offer page
 * all ask the same functions.
 */
import type { Offer, Schedule } from '../data/schema';
import { KIND_BY_ID, type KindId } from '../data/taxonomy';

/** What the pages need of the first contact; small, because every page carries it. */
export interface FirstContact {
	id: string;
	name: string;
	kind: KindId;
	phone?: string;
	url?: string;
	email?: string;
	/** Opening hours at which anyone can walk in. */
	walkIn?: Schedule[];
	/** Only a cost somebody stated: "free" is never assumed. */
	free: boolean;
}

export type ContactAction =
	| { type: 'bellen'; phone: string; href: string }
	| { type: 'binnenlopen'; schedules: Schedule[] }
	| { type: 'website'; url: string }
	| { type: 'mailen'; email: string; href: string };

/** A tel: link dials the digits only; spaces, hyphens and brackets are for the reader. */
export function telHref(phone: string): string {
	return `tel:${phone.replace(/[\s\-().]/g, '')}`;
}

/** The offer's own website first; else its organisation's. */
export function websiteOf(offer: Pick<Offer, 'url' | 'organization'>): string | undefined {
	return offer.url ?? offer.organization?.url;
}

export function toFirstContact(offer: Offer): FirstContact {
	const url = websiteOf(offer);
	// A group's schedule gives meeting dates, not hours to walk in with a question.
	const walkIn = KIND_BY_ID[offer.kind].meets ? undefined : offer.schedules;
	return {
		id: offer.id,
		name: offer.name,
		kind: offer.kind,
		...(offer.phones?.[0] && { phone: offer.phones[0].number }),
		...(url && { url }),
		...(offer.email && { email: offer.email }),
		...(walkIn?.length && { walkIn }),
		free: offer.cost === 'gratis'
	};
}

/**
 * The one way to reach a contact that the pages offer: a phone, else walk-in hours, else the
 * website, else e-mail. `walkIn: false` leaves walking in out, for a question that is
 * better asked by phone or in writing ("ask what it costs"). Undefined: the data gives no way.
 */
export function contactAction(
	contact: Pick<FirstContact, 'phone' | 'url' | 'email' | 'walkIn'>,
	{ walkIn = true }: { walkIn?: boolean } = {}
): ContactAction | undefined {
	if (contact.phone) return { type: 'bellen', phone: contact.phone, href: telHref(contact.phone) };
	if (walkIn && contact.walkIn?.length) return { type: 'binnenlopen', schedules: contact.walkIn };
	if (contact.url) return { type: 'website', url: contact.url };
	if (contact.email)
		return { type: 'mailen', email: contact.email, href: `mailto:${contact.email}` };
	return undefined;
}

/** Where to ask about something the data does not say, such as the cost: the organisation. */
export function askAction(offer: Offer): { who: string; action?: ContactAction } {
	return {
		who: offer.organization?.name ?? offer.name,
		action: contactAction(
			{ phone: offer.phones?.[0]?.number, url: websiteOf(offer), email: offer.email },
			{ walkIn: false }
		)
	};
}
