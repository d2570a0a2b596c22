import { describe, expect, it } from 'vitest';
import type { Offer, Schedule } from '../data';
import { offerToICalendar, offerUrl } from './index';

const weekly: Schedule = { freq: 'WEEKLY', byday: 'TU', opens_at: '19:30', closes_at: '21:30' };
const offer = (overrides: Partial<Offer>): Offer => ({
	id: 'lotgenotengroep-nah',
	name: 'Lotgenotengroep NAH',
	summary: 'Praat met anderen die zorgen voor iemand met hersenletsel.',
	kind: 'lotgenotengroep',
	forWhom: 'mantelzorger',
	howToStart: 'aanmelden',
	cost: 'gratis',
	lastVerified: '2026-01-15',
	schedules: [weekly],
	...overrides
});
const now = new Date('2026-01-01T00:00:00Z');
/** The file with folded lines joined again (RFC 5545 section 3.1). */
const unfolded = (ics: string | null) => ics?.replace(/\r\n[ \t]/g, '') ?? '';

describe('offerToICalendar', () => {
	it('an offer whose kind does not meet has no calendar, even with opening hours', () => {
		expect(
			offerToICalendar(offer({ kind: 'steunpunt-mantelzorg' }), null, 'https://example.nl', now)
		).toBeNull();
	});

	it('a group without schedules has no calendar', () => {
		expect(
			offerToICalendar(offer({ schedules: undefined }), null, 'https://example.nl', now)
		).toBeNull();
		expect(offerToICalendar(offer({ schedules: [] }), null, 'https://example.nl', now)).toBeNull();
	});

	it('a group whose schedules have all ended has no calendar', () => {
		const ended = { ...weekly, valid_to: '2025-12-31' };
		expect(
			offerToICalendar(offer({ schedules: [ended] }), null, 'https://example.nl', now)
		).toBeNull();
	});

	it('an ended schedule is left out but keeps the UIDs of the others stable', () => {
		const ics = unfolded(
			offerToICalendar(
				offer({ schedules: [{ ...weekly, valid_to: '2025-12-31' }, weekly] }),
				null,
				'https://example.nl',
				now
			)
		);
		expect(ics.match(/^UID:.*$/gm)).toEqual(['UID:lotgenotengroep-nah-1@mantelzorgkaart']);
	});

	it('without a site address the event has no link rather than a wrong one', () => {
		const ics = unfolded(offerToICalendar(offer({}), null, undefined, now));
		expect(ics).toContain('BEGIN:VEVENT');
		expect(ics).not.toMatch(/^URL/m);
		expect(ics).not.toContain('/aanbod/');
	});

	it('the DTSTAMP is in UTC and the file does not depend on the build machine', () => {
		const ics = unfolded(offerToICalendar(offer({}), null, 'https://example.nl', now));
		expect(ics).toMatch(/^DTSTAMP:20260101T000000Z$/m);
		expect(ics).toMatch(/^DTSTART;TZID=Europe\/Amsterdam:20260106T193000$/m);
		expect(ics).toMatch(/^DTEND;TZID=Europe\/Amsterdam:20260106T213000$/m);
	});

	it('WEEKLY rules name weekdays without a position, as RFC 5545 requires', () => {
		const ics = unfolded(
			offerToICalendar(
				offer({ schedules: [{ ...weekly, byday: '1TU,TH' }] }),
				null,
				'https://example.nl',
				now
			)
		);
		expect(ics).toMatch(/^RRULE:FREQ=WEEKLY;BYDAY=TU,TH$/m);
	});

	it('MONTHLY rules keep the position of the weekday', () => {
		const ics = unfolded(
			offerToICalendar(
				offer({ schedules: [{ ...weekly, freq: 'MONTHLY', byday: '1TU,-1TH' }] }),
				null,
				'https://example.nl',
				now
			)
		);
		expect(ics).toMatch(/^RRULE:FREQ=MONTHLY;BYDAY=\+1TU,-1TH$/m);
	});

	it('an offer with a place but no address has its position as GEO', () => {
		const ics = unfolded(
			offerToICalendar(
				offer({}),
				{ type: 'Point', coordinates: [5.12, 52.09] },
				'https://example.nl',
				now
			)
		);
		expect(ics).toMatch(/^GEO:52.09;5.12$/m);
		expect(ics).not.toMatch(/^LOCATION/m);
	});
});

describe('offerUrl', () => {
	it('joins the site address and the offer id with one slash', () => {
		expect(offerUrl('a', 'https://example.nl/')).toBe('https://example.nl/aanbod/a');
		expect(offerUrl('a', 'https://example.nl/kaart')).toBe('https://example.nl/kaart/aanbod/a');
		expect(offerUrl('a', undefined)).toBeUndefined();
	});
});
