import { describe, expect, it } from 'vitest';
import { describeSchedule, formatOccurrence, nextOccurrences } from './index';

describe('describeSchedule', () => {
	it('says the first Tuesday of the month and the months off', () => {
		expect(
			describeSchedule({
				freq: 'MONTHLY',
				byday: '1TU',
				opens_at: '19:30',
				closes_at: '21:30',
				months_off: [8, 7]
			})
		).toBe('Elke eerste dinsdag van de maand, 19:30 tot 21:30 (niet in juli en augustus)');
	});

	it('says every Wednesday', () => {
		expect(
			describeSchedule({ freq: 'WEEKLY', byday: 'WE', opens_at: '10:00', closes_at: '12:00' })
		).toBe('Elke woensdag, 10:00 tot 12:00');
	});

	it('says Monday to Friday for working days', () => {
		expect(
			describeSchedule({
				freq: 'WEEKLY',
				byday: 'MO,TU,WE,TH,FR',
				opens_at: '09:00',
				closes_at: '17:00'
			})
		).toBe('Maandag tot en met vrijdag, 09:00 tot 17:00');
	});

	it('lists days that are not in a row', () => {
		expect(
			describeSchedule({ freq: 'WEEKLY', byday: 'MO,WE,FR', opens_at: '09:00', closes_at: '12:00' })
		).toBe('Elke maandag, woensdag en vrijdag, 09:00 tot 12:00');
	});

	it('says the last Thursday of the month', () => {
		expect(
			describeSchedule({ freq: 'MONTHLY', byday: '-1TH', opens_at: '19:30', closes_at: '21:30' })
		).toBe('Elke laatste donderdag van de maand, 19:30 tot 21:30');
	});

	it('says the first and third Tuesday of the month', () => {
		expect(
			describeSchedule({ freq: 'MONTHLY', byday: '3TU,1TU', opens_at: '14:00', closes_at: '16:00' })
		).toBe('Elke eerste en derde dinsdag van de maand, 14:00 tot 16:00');
	});

	it('says every other week', () => {
		expect(
			describeSchedule({
				freq: 'WEEKLY',
				interval: 2,
				byday: 'TU',
				opens_at: '10:00',
				closes_at: '11:30'
			})
		).toBe('Om de week op dinsdag, 10:00 tot 11:30');
	});

	it('says every three weeks and every two months', () => {
		expect(
			describeSchedule({
				freq: 'WEEKLY',
				interval: 3,
				byday: 'TU',
				opens_at: '10:00',
				closes_at: '11:30'
			})
		).toBe('Om de drie weken op dinsdag, 10:00 tot 11:30');
		expect(
			describeSchedule({
				freq: 'MONTHLY',
				interval: 2,
				byday: '1TU',
				opens_at: '10:00',
				closes_at: '11:30'
			})
		).toBe('Om de twee maanden op de eerste dinsdag, 10:00 tot 11:30');
	});

	it('says the one date of a single meeting', () => {
		expect(describeSchedule({ dtstart: '2027-03-12', opens_at: '19:00', closes_at: '21:30' })).toBe(
			'Op 12 maart 2027, 19:00 tot 21:30'
		);
	});

	it('says from when to when it runs', () => {
		expect(
			describeSchedule({
				freq: 'WEEKLY',
				byday: 'WE',
				opens_at: '10:00',
				closes_at: '12:00',
				valid_from: '2027-02-01',
				valid_to: '2027-06-30'
			})
		).toBe('Elke woensdag, 10:00 tot 12:00, van 1 februari tot 30 juni 2027');
		expect(
			describeSchedule({
				freq: 'MONTHLY',
				byday: '1TU',
				opens_at: '19:30',
				closes_at: '21:30',
				valid_from: '2026-12-01',
				valid_to: '2027-06-30',
				months_off: [7, 8]
			})
		).toBe(
			'Elke eerste dinsdag van de maand, 19:30 tot 21:30, van 1 december 2026 tot 30 juni 2027 (niet in juli en augustus)'
		);
		expect(
			describeSchedule({
				freq: 'WEEKLY',
				byday: 'WE',
				opens_at: '10:00',
				closes_at: '12:00',
				valid_from: '2027-02-01'
			})
		).toBe('Elke woensdag, 10:00 tot 12:00, vanaf 1 februari 2027');
		expect(
			describeSchedule({
				freq: 'WEEKLY',
				byday: 'WE',
				opens_at: '10:00',
				closes_at: '12:00',
				valid_to: '2027-06-30'
			})
		).toBe('Elke woensdag, 10:00 tot 12:00, tot 30 juni 2027');
	});
});

describe('formatOccurrence', () => {
	it('says the weekday, date and times of a meeting', () => {
		const [first] = nextOccurrences(
			[{ freq: 'MONTHLY', byday: '1TU', opens_at: '19:30', closes_at: '21:30' }],
			new Date('2026-01-01T00:00:00Z'),
			1
		);
		expect(first && formatOccurrence(first)).toBe('dinsdag 6 januari 2026, 19:30 tot 21:30');
	});
});
