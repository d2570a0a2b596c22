import { describe, expect, it } from 'vitest';
import type { Schedule } from '../data';
import { describeSchedule, formatOccurrence, nextOccurrences } from './index';

const alzheimercafe: Schedule = {
	freq: 'MONTHLY',
	byday: '1TU',
	opens_at: '19:30',
	closes_at: '21:30',
	months_off: [8, 7]
};

describe('describeSchedule in other languages', () => {
	it('says the first Tuesday of the month and the months off in English', () => {
		expect(describeSchedule(alzheimercafe, 'en')).toBe(
			'Every first Tuesday of the month, 19:30 to 21:30 (not in July and August)'
		);
	});

	it('puts Turkish words in Turkish order', () => {
		expect(describeSchedule(alzheimercafe, 'tr')).toBe(
			'Her ayın ilk Salı günü, 19:30–21:30 (Temmuz ve Ağustos hariç)'
		);
		expect(
			describeSchedule({ freq: 'WEEKLY', byday: 'WE', opens_at: '10:00', closes_at: '12:00' }, 'tr')
		).toBe('Her Çarşamba, 10:00–12:00');
	});

	it('writes Arabic with the weekday before its position and an Arabic comma', () => {
		expect(
			describeSchedule(
				{ freq: 'MONTHLY', byday: '-1TH', opens_at: '19:30', closes_at: '21:30' },
				'ar'
			)
		).toBe('الخميس الأخير من كل شهر، من 19:30 إلى 21:30');
	});

	it('says a range of days, every other week and a period in English', () => {
		expect(
			describeSchedule(
				{ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '17:00' },
				'en'
			)
		).toBe('Monday to Friday, 09:00 to 17:00');
		expect(
			describeSchedule(
				{ freq: 'WEEKLY', interval: 2, byday: 'TU', opens_at: '10:00', closes_at: '11:30' },
				'en'
			)
		).toBe('Every other week on Tuesday, 10:00 to 11:30');
		expect(
			describeSchedule(
				{
					freq: 'WEEKLY',
					byday: 'MO,WE',
					opens_at: '10:00',
					closes_at: '12:00',
					valid_from: '2027-02-01',
					valid_to: '2027-06-30'
				},
				'en'
			)
		).toBe('Every Monday and Wednesday, 10:00 to 12:00, from 1 February to 30 June 2027');
	});

	it('says a single meeting on a date', () => {
		expect(
			describeSchedule({ dtstart: '2027-03-12', opens_at: '19:00', closes_at: '21:30' }, 'en')
		).toBe('On 12 March 2027, 19:00 to 21:30');
	});

	it('keeps the Dutch wording for Dutch and for a language it does not know', () => {
		expect(describeSchedule(alzheimercafe, 'nl')).toBe(
			'Elke eerste dinsdag van de maand, 19:30 tot 21:30 (niet in juli en augustus)'
		);
		expect(describeSchedule(alzheimercafe, 'xx')).toBe(describeSchedule(alzheimercafe));
	});
});

describe('formatOccurrence in other languages', () => {
	it('writes the date the way the language does', () => {
		const [first] = nextOccurrences([alzheimercafe], new Date('2026-01-01T00:00:00Z'), 1);
		expect(first && formatOccurrence(first, 'en')).toBe('Tuesday, 6 January 2026, 19:30 to 21:30');
		expect(first && formatOccurrence(first, 'tr')).toBe('6 Ocak 2026 Salı, 19:30–21:30');
	});
});
