import { describe, expect, it } from 'vitest';
import type { Offer } from '../data/schema';
import { overwriteGetLocale } from '../paraglide/runtime';
import { askAction, contactAction, telHref, toFirstContact } from './index';
import { actionLabel, firstContactPhrase } from './text';

const base: Offer = {
	id: 'wmo-loket-echt',
	name: 'Wmo-loket Echt',
	summary: 'Voor vragen over zorg en ondersteuning.',
	kind: 'wmo-loket',
	lastVerified: '2026-10-01'
};
const walkIn = { freq: 'WEEKLY', byday: 'TU', opens_at: '09:00', closes_at: '12:00' } as const;

describe('the call to action of a first contact uses what the offer has', () => {
	it('a phone number: call it', () => {
		const contact = toFirstContact({
			...base,
			phones: [{ number: '0475 12 34 56' }],
			url: 'https://www.echt.example',
			schedules: [walkIn]
		});
		expect(contactAction(contact)).toEqual({
			type: 'bellen',
			phone: '0475 12 34 56',
			href: 'tel:0475123456'
		});
	});

	it('a phone number stays left-to-right inside an Arabic sentence', () => {
		const action = contactAction({ phone: '0475 12 34 56' })!;
		overwriteGetLocale(() => 'ar');
		expect(actionLabel(action, 'x', 'ar')).toContain('\u20660475 12 34 56\u2069');
		overwriteGetLocale(() => 'nl');
		expect(actionLabel(action, 'x', 'nl')).toBe('Bel \u20660475 12 34 56\u2069');
	});

	it('no phone but walk-in hours: walk in, with the hours', () => {
		const contact = toFirstContact({
			...base,
			url: 'https://www.echt.example',
			schedules: [walkIn]
		});
		const action = contactAction(contact)!;
		expect(action.type).toBe('binnenlopen');
		expect(actionLabel(action, contact.name, 'nl')).toBe(
			'Loop binnen: Elke dinsdag, 09:00 tot 12:00'
		);
	});

	it('only a website: go to the website, and nothing about calling', () => {
		const contact = toFirstContact({ ...base, url: 'https://www.echt.example/wmo' });
		const action = contactAction(contact)!;
		expect(action).toEqual({ type: 'website', url: 'https://www.echt.example/wmo' });
		expect(actionLabel(action, contact.name, 'nl')).toBe('Ga naar de website van Wmo-loket Echt');
		expect(actionLabel(action, contact.name, 'nl')).not.toMatch(/bel/i);
	});

	it("the organisation's website when the offer has none of its own", () => {
		const contact = toFirstContact({
			...base,
			organization: { name: 'Gemeente Echt', url: 'https://www.echt.example' }
		});
		expect(contactAction(contact)).toEqual({ type: 'website', url: 'https://www.echt.example' });
	});

	it('only e-mail: mail', () => {
		const contact = toFirstContact({ ...base, email: 'wmo@echt.example' });
		expect(contactAction(contact)).toEqual({
			type: 'mailen',
			email: 'wmo@echt.example',
			href: 'mailto:wmo@echt.example'
		});
	});

	it('nothing at all: no action, so no page says "Bel" with nothing after it', () => {
		expect(contactAction(toFirstContact(base))).toBeUndefined();
	});

	it('a group that meets gives meeting dates, not walk-in hours', () => {
		const contact = toFirstContact({ ...base, kind: 'alzheimercafe', schedules: [walkIn] });
		expect(contact.walkIn).toBeUndefined();
	});

	it('says "free" only when the data says it is free', () => {
		expect(toFirstContact(base).free).toBe(false);
		expect(toFirstContact({ ...base, cost: 'gratis' }).free).toBe(true);
	});
});

describe('the wording follows the kind', () => {
	it.each([
		['steunpunt-mantelzorg', 'het steunpunt mantelzorg'],
		['wmo-loket', 'het Wmo-loket van de gemeente'],
		['sociaal-wijkteam', 'het sociaal wijkteam'],
		['clientondersteuning', 'een onafhankelijke cliëntondersteuner'],
		['informatiepunt', 'het informatiepunt in de wijk']
	] as const)('%s is "%s"', (kind, phrase) => {
		overwriteGetLocale(() => 'nl');
		expect(firstContactPhrase(kind)).toBe(phrase);
	});
});

describe('where to ask what nobody wrote down', () => {
	it('asks the organisation, by phone when there is one', () => {
		const ask = askAction({
			...base,
			organization: { name: 'Zorgboerderij De Linde' },
			phones: [{ number: '046 123 45 67' }],
			schedules: [walkIn]
		});
		expect(ask.who).toBe('Zorgboerderij De Linde');
		expect(ask.action).toMatchObject({ type: 'bellen', href: 'tel:0461234567' });
	});

	it('by its website rather than walk-in hours when there is no phone', () => {
		const ask = askAction({ ...base, url: 'https://www.echt.example', schedules: [walkIn] });
		expect(ask).toEqual({
			who: 'Wmo-loket Echt',
			action: { type: 'website', url: 'https://www.echt.example' }
		});
	});

	it('dials only the digits', () => {
		expect(telHref('(0475) 12-34 56')).toBe('tel:0475123456');
	});
});
