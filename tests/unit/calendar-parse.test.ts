/**
 * The calendar files read back by an independent iCalendar parser (ical.js, not the
 * ical-generator that wrote them): the meetings a phone's calendar will show must be the
 * dates and times worked out by hand, on both sides of a clock change.
 */
import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { offerToICalendar } from '../../src/lib/calendar';
import type { Offer, OfferFeature, Schedule } from '../../src/lib/data';
import { meetingSchedules, nextOccurrences } from '../../src/lib/schedule';
import { checkDataDir, dataDir as exampleDataDir } from '../../src/lib/server/data';

interface ParsedEvent {
	uid: string;
	summary: string;
	location: string;
	description: string;
	url: string;
	startTzid: string;
	endTzid: string;
	rrule: string | undefined;
	/** The first `count` meetings, expanded by ical.js from DTSTART and RRULE. */
	meetings(count: number): { start: string; end: string }[];
}

function text(component: ICAL.Component, name: string): string {
	const value = component.getFirstPropertyValue(name);
	return typeof value === 'string' ? value : '';
}

function tzid(component: ICAL.Component, name: string): string {
	const parameter = component.getFirstProperty(name)?.getParameter('tzid');
	return typeof parameter === 'string' ? parameter : '';
}

/** Only the time zones the file itself defines are known: the VTIMEZONE must be right. */
function parseCalendar(ics: string): { timezones: string[]; events: ParsedEvent[] } {
	ICAL.TimezoneService.reset();
	const root = new ICAL.Component(ICAL.parse(ics));
	const timezones = root.getAllSubcomponents('vtimezone').map((vtimezone) => {
		ICAL.TimezoneService.register(vtimezone);
		return text(vtimezone, 'tzid');
	});
	const events = root.getAllSubcomponents('vevent').map((vevent): ParsedEvent => {
		const event = new ICAL.Event(vevent);
		const rrule = vevent.getFirstPropertyValue('rrule');
		return {
			uid: event.uid,
			summary: event.summary,
			location: event.location,
			description: event.description,
			url: text(vevent, 'url'),
			startTzid: tzid(vevent, 'dtstart'),
			endTzid: tzid(vevent, 'dtend'),
			rrule: rrule ? rrule.toString() : undefined,
			meetings(count) {
				const toIso = (time: ICAL.Time) => time.toJSDate().toISOString();
				if (!event.isRecurring())
					return [{ start: toIso(event.startDate), end: toIso(event.endDate) }].slice(0, count);
				const expansion = event.iterator();
				const meetings: { start: string; end: string }[] = [];
				while (meetings.length < count && !expansion.complete) {
					const next = expansion.next();
					if (!next) break;
					const details = event.getOccurrenceDetails(next);
					meetings.push({ start: toIso(details.startDate), end: toIso(details.endDate) });
				}
				return meetings;
			}
		};
	});
	return { timezones, events };
}

const group = (schedules: Schedule[], overrides: Partial<Offer> = {}): Offer => ({
	id: 'alzheimercafe-de-linde',
	name: 'Alzheimercafé De Linde',
	summary: 'Praat met anderen over dementie, met koffie en een gast die iets vertelt.',
	kind: 'alzheimercafe',
	forWhom: 'beiden',
	howToStart: 'binnenlopen',
	cost: 'gratis',
	lastVerified: '2026-01-15',
	address: { street: 'Lindelaan 4', postcode: '1234 AB', city: 'Ergenshuizen' },
	phones: [{ number: '0123 45 67 89', description: 'steunpunt' }],
	schedules,
	...overrides
});
const point: OfferFeature['geometry'] = { type: 'Point', coordinates: [5.12, 52.09] };
const siteUrl = 'https://mantelzorg.ergenshuizen.nl';
const evening = { opens_at: '19:30', closes_at: '21:30' } as const;

function calendarOf(offer: Offer, now: string, geometry: OfferFeature['geometry'] = point) {
	const ics = offerToICalendar(offer, geometry, siteUrl, new Date(now));
	if (ics === null) throw new Error(`${offer.id} has no calendar`);
	return parseCalendar(ics);
}

function onlyEvent(offer: Offer, now: string): ParsedEvent {
	const { events } = calendarOf(offer, now);
	expect(events).toHaveLength(1);
	const [event] = events;
	if (!event) throw new Error('no event');
	return event;
}

beforeEach(() => {
	ICAL.TimezoneService.reset();
});

describe('calendar files read back by ical.js', () => {
	it('a group on the last Thursday keeps 19:30 when summer time starts', () => {
		const event = onlyEvent(
			group([{ freq: 'MONTHLY', byday: '-1TH', ...evening }]),
			'2026-03-01T00:00:00Z'
		);
		expect(event.rrule).toMatch(/FREQ=MONTHLY/);
		expect(event.rrule).toMatch(/BYDAY=-1TH/);
		expect(event.meetings(3)).toEqual([
			{ start: '2026-03-26T18:30:00.000Z', end: '2026-03-26T20:30:00.000Z' },
			{ start: '2026-04-30T17:30:00.000Z', end: '2026-04-30T19:30:00.000Z' },
			{ start: '2026-05-28T17:30:00.000Z', end: '2026-05-28T19:30:00.000Z' }
		]);
	});

	it('a group on the first Tuesday keeps 19:30 when summer time ends', () => {
		const event = onlyEvent(
			group([{ freq: 'MONTHLY', byday: '1TU', ...evening }]),
			'2026-09-15T00:00:00Z'
		);
		expect(event.meetings(3).map((m) => m.start)).toEqual([
			'2026-10-06T17:30:00.000Z',
			'2026-11-03T18:30:00.000Z',
			'2026-12-01T18:30:00.000Z'
		]);
	});

	it('a monthly group skips July and August in the calendar too', () => {
		const event = onlyEvent(
			group([{ freq: 'MONTHLY', byday: '1TU', months_off: [7, 8], ...evening }]),
			'2026-06-01T00:00:00Z'
		);
		expect(event.rrule).toMatch(/BYMONTH=1,2,3,4,5,6,9,10,11,12/);
		expect(event.meetings(3).map((m) => m.start)).toEqual([
			'2026-06-02T17:30:00.000Z',
			'2026-09-01T17:30:00.000Z',
			'2026-10-06T17:30:00.000Z'
		]);
	});

	it('every second week stops after valid_to, which still has a meeting', () => {
		const event = onlyEvent(
			group([
				{
					freq: 'WEEKLY',
					interval: 2,
					byday: 'WE',
					valid_from: '2026-02-04',
					valid_to: '2026-03-04',
					opens_at: '10:00',
					closes_at: '11:30'
				}
			]),
			'2026-01-01T00:00:00Z'
		);
		expect(event.rrule).toMatch(/INTERVAL=2/);
		expect(event.rrule).toMatch(/UNTIL=\d{8}T\d{6}Z/);
		expect(event.meetings(10).map((m) => m.start)).toEqual([
			'2026-02-04T09:00:00.000Z',
			'2026-02-18T09:00:00.000Z',
			'2026-03-04T09:00:00.000Z'
		]);
	});

	it('a group that starts later begins on its first date, not today', () => {
		const event = onlyEvent(
			group([{ freq: 'WEEKLY', byday: 'MO,TH', valid_from: '2026-04-01', ...evening }]),
			'2026-01-01T00:00:00Z'
		);
		expect(event.meetings(3).map((m) => m.start)).toEqual([
			'2026-04-02T17:30:00.000Z',
			'2026-04-06T17:30:00.000Z',
			'2026-04-09T17:30:00.000Z'
		]);
	});

	it('a single date is one event without a rule', () => {
		const event = onlyEvent(
			group([
				{
					dtstart: '2027-03-12',
					opens_at: '19:00',
					closes_at: '21:30',
					description: 'Informatieavond'
				}
			]),
			'2026-11-01T00:00:00Z'
		);
		expect(event.rrule).toBeUndefined();
		expect(event.meetings(5)).toEqual([
			{ start: '2027-03-12T18:00:00.000Z', end: '2027-03-12T20:30:00.000Z' }
		]);
		expect(event.description).toContain('Informatieavond');
	});

	it('times carry TZID Europe/Amsterdam, defined in the file itself', () => {
		const { timezones, events } = calendarOf(
			group([{ freq: 'MONTHLY', byday: '1TU', ...evening }]),
			'2026-01-01T00:00:00Z'
		);
		expect(timezones).toEqual(['Europe/Amsterdam']);
		expect(events.map((e) => [e.startTzid, e.endTzid])).toEqual([
			['Europe/Amsterdam', 'Europe/Amsterdam']
		]);
	});

	it('an event says what, where, whom to call and where to read more', () => {
		const event = onlyEvent(
			group([{ freq: 'MONTHLY', byday: '1TU', ...evening }]),
			'2026-01-01T00:00:00Z'
		);
		expect(event.summary).toBe('Alzheimercafé De Linde');
		expect(event.location).toBe('Lindelaan 4, 1234 AB Ergenshuizen');
		expect(event.description).toContain('Praat met anderen over dementie');
		expect(event.description).toContain('0123 45 67 89');
		expect(event.description).toContain(`${siteUrl}/aanbod/alzheimercafe-de-linde`);
		expect(event.url).toBe(`${siteUrl}/aanbod/alzheimercafe-de-linde`);
		expect(event.uid).toBe('alzheimercafe-de-linde-0@mantelzorgkaart');
	});

	it('each schedule is its own event with a stable UID', () => {
		const { events } = calendarOf(
			group([
				{ freq: 'MONTHLY', byday: '1TU', ...evening },
				{ freq: 'MONTHLY', byday: '-1TH', opens_at: '14:00', closes_at: '16:00' }
			]),
			'2026-01-01T00:00:00Z'
		);
		expect(events.map((e) => e.uid)).toEqual([
			'alzheimercafe-de-linde-0@mantelzorgkaart',
			'alzheimercafe-de-linde-1@mantelzorgkaart'
		]);
	});
});

/*
 * The example data (data/, or DATA_DIR): every offer that gets a calendar file, read
 * back by ical.js, gives the same meetings as nextOccurrences.
 */
const dataDir = exampleDataDir();

describe('calendar files of the example data', () => {
	const now = new Date();
	const loadOffers = (): OfferFeature[] => {
		const { result, readErrors } = checkDataDir(dataDir);
		if (readErrors.length || !result.dataset)
			throw new Error(`example data does not load: ${readErrors.join('; ')}`);
		return result.dataset.offers;
	};

	it('offers with meetings have a calendar, others have none', () => {
		for (const { properties: offer, geometry } of loadOffers()) {
			const upcoming = meetingSchedules(offer).some((s) => nextOccurrences([s], now, 1).length > 0);
			expect(offerToICalendar(offer, geometry, siteUrl, now) !== null, offer.id).toBe(upcoming);
		}
	});

	it('ical.js expands each calendar to the meetings nextOccurrences gives', () => {
		let checked = 0;
		for (const { properties: offer, geometry } of loadOffers()) {
			const ics = offerToICalendar(offer, geometry, siteUrl, now);
			if (ics === null) continue;
			const { timezones, events } = parseCalendar(ics);
			expect(timezones, offer.id).toEqual(['Europe/Amsterdam']);
			const schedules = meetingSchedules(offer);
			for (const event of events) {
				const index = Number(/-(\d+)@mantelzorgkaart$/.exec(event.uid)?.[1]);
				const schedule = schedules[index];
				if (!schedule) throw new Error(`${event.uid}: no schedule ${index}`);
				const expected = nextOccurrences([schedule], now, 12).map((o) => ({
					start: o.start.toISOString(),
					end: o.end.toISOString()
				}));
				expect(event.meetings(12), event.uid).toEqual(expected);
				expect(event.summary, event.uid).toBe(offer.name);
				expect(event.startTzid, event.uid).toBe('Europe/Amsterdam');
				if (offer.address) expect(event.location, event.uid).toContain(offer.address.postcode);
				for (const phone of offer.phones ?? [])
					expect(event.description, event.uid).toContain(phone.number);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(0);
	});
});
