/**
 * Whatever text reaches the calendar writer, the file stays one calendar with one event per
 * meeting: an offer name with a line break (Alt+Enter in an Excel cell) or an injected
 * `END:VEVENT` is read back by an independent parser (ical.js) as the same text.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Offer } from '../data';
import { offerToICalendar } from './index';

const now = new Date('2026-01-01T00:00:00Z');
const group = (name: string): Offer => ({
	id: 'lotgenotengroep-nah',
	name,
	summary: 'Praat met anderen die zorgen voor iemand met hersenletsel.',
	kind: 'lotgenotengroep',
	forWhom: 'mantelzorger',
	howToStart: 'aanmelden',
	cost: 'gratis',
	lastVerified: '2026-01-15',
	schedules: [{ freq: 'WEEKLY', byday: 'TU', opens_at: '19:30', closes_at: '21:30' }]
});

/** An unknown or x- property keeps its escapes in ical.js; read it as the TEXT it is. */
const asText = (value: unknown) =>
	ICAL.design.icalendar.value.text!.fromICAL!(String(value)) as string;

function readBack(name: string) {
	const ics = offerToICalendar(group(name), null, 'https://example.nl', now)!;
	const root = new ICAL.Component(ICAL.parse(ics));
	const events = root.getAllSubcomponents('vevent');
	return {
		ics,
		events: events.length,
		summary: events[0]?.getFirstPropertyValue('summary'),
		name: asText(root.getFirstPropertyValue('name')),
		calname: asText(root.getFirstPropertyValue('x-wr-calname'))
	};
}

describe('text in the calendar file', () => {
	const names = {
		'a lone LF (Excel)': 'Lotgenotengroep\nNAH',
		CRLF: 'Lotgenotengroep\r\nNAH',
		'a lone CR': 'Lotgenotengroep\rNAH',
		'an injected event': 'Groep\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:Nep\nEND:VEVENT\nBEGIN:VEVENT',
		'semicolon, comma and backslash': 'Groep; dinsdag, 19:30 \\ Centrum',
		'a long name with accents and Arabic': `Ontmoetingsgroep één twee drie ${'مجموعة الدعم '.repeat(6)}`
	};
	for (const [what, name] of Object.entries(names)) {
		it(`a name with ${what} comes back as one event with the same text`, () => {
			const read = readBack(name);
			// A line break is a line break in iCalendar; which one the spreadsheet used is not kept.
			const expected = name.replace(/\r\n|\r/g, '\n');
			expect(read.events).toBe(1);
			expect(read.summary).toBe(expected);
			expect(read.name).toBe(expected);
			expect(read.calname).toBe(expected);
			// RFC 5545 3.1: no line longer than 75 octets.
			for (const line of read.ics.split('\r\n'))
				expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
		});
	}

	it('control characters that iCalendar cannot carry are left out', () => {
		const read = readBack('Groep\u0000\u0007\u001b NAH');
		expect(read.events).toBe(1);
		expect(read.summary).toBe('Groep NAH');
		expect(read.name).toBe('Groep NAH');
	});
});
