import { describe, expect, it } from 'vitest';
import type { Schedule } from '../data';
import { meetingSchedules, nextOccurrences } from './index';

const evening = { opens_at: '19:30', closes_at: '21:30' } as const;
const at = (iso: string) => new Date(iso);
const starts = (schedules: Schedule[], from: string, count = 3) =>
	nextOccurrences(schedules, at(from), count).map((o) => o.start.toISOString());
const dates = (schedules: Schedule[], from: string, count = 3) =>
	nextOccurrences(schedules, at(from), count).map((o) => o.date);

describe('nextOccurrences', () => {
	it('a monthly group meets on the first Tuesday of the month', () => {
		expect(dates([{ freq: 'MONTHLY', byday: '1TU', ...evening }], '2026-01-01T00:00:00Z')).toEqual([
			'2026-01-06',
			'2026-02-03',
			'2026-03-03'
		]);
	});

	it('a monthly group meets on the last Thursday of the month', () => {
		expect(
			dates([{ freq: 'MONTHLY', byday: '-1TH', ...evening }], '2026-01-01T00:00:00Z', 4)
		).toEqual(['2026-01-29', '2026-02-26', '2026-03-26', '2026-04-30']);
	});

	it('a weekly group meets every week on its day', () => {
		expect(
			dates(
				[{ freq: 'WEEKLY', byday: 'WE', opens_at: '10:00', closes_at: '12:00' }],
				'2026-01-01T00:00:00Z'
			)
		).toEqual(['2026-01-07', '2026-01-14', '2026-01-21']);
	});

	it('a group that meets on several weekdays gives each of them', () => {
		expect(
			dates([{ freq: 'WEEKLY', byday: 'MO,WE', ...evening }], '2026-01-01T00:00:00Z', 4)
		).toEqual(['2026-01-05', '2026-01-07', '2026-01-12', '2026-01-14']);
	});

	it('every second week (interval 2) counts from valid_from', () => {
		const schedule: Schedule = {
			freq: 'WEEKLY',
			interval: 2,
			byday: 'TU',
			valid_from: '2026-01-06',
			...evening
		};
		expect(dates([schedule], '2026-01-01T00:00:00Z')).toEqual([
			'2026-01-06',
			'2026-01-20',
			'2026-02-03'
		]);
		expect(dates([schedule], '2026-01-07T00:00:00Z')).toEqual([
			'2026-01-20',
			'2026-02-03',
			'2026-02-17'
		]);
	});

	it('every second week keeps the same weeks whatever day it is asked', () => {
		const schedule: Schedule = { freq: 'WEEKLY', interval: 2, byday: 'TU', ...evening };
		const fromJanuary = dates([schedule], '2026-01-01T00:00:00Z', 6);
		const fromLater = dates([schedule], `${fromJanuary[1]}T00:00:00Z`, 5);
		expect(fromLater).toEqual(fromJanuary.slice(1));
	});

	it('every second month (interval 2) counts from dtstart', () => {
		const schedule: Schedule = {
			freq: 'MONTHLY',
			interval: 2,
			byday: '1TU',
			dtstart: '2026-01-06',
			...evening
		};
		expect(dates([schedule], '2026-01-01T00:00:00Z')).toEqual([
			'2026-01-06',
			'2026-03-03',
			'2026-05-05'
		]);
	});

	it('a monthly group skips July and August', () => {
		const schedule: Schedule = { freq: 'MONTHLY', byday: '1TU', months_off: [7, 8], ...evening };
		expect(dates([schedule], '2026-06-10T00:00:00Z')).toEqual([
			'2026-09-01',
			'2026-10-06',
			'2026-11-03'
		]);
	});

	it('a 19:30 meeting stays at 19:30 when the clocks go forward (29 March 2026)', () => {
		expect(
			starts([{ freq: 'WEEKLY', byday: 'TU', ...evening }], '2026-03-23T00:00:00Z', 2)
		).toEqual(['2026-03-24T18:30:00.000Z', '2026-03-31T17:30:00.000Z']);
	});

	it('a 19:30 meeting stays at 19:30 when the clocks go back (25 October 2026)', () => {
		expect(
			starts([{ freq: 'WEEKLY', byday: 'TU', ...evening }], '2026-10-19T00:00:00Z', 2)
		).toEqual(['2026-10-20T17:30:00.000Z', '2026-10-27T18:30:00.000Z']);
	});

	it('a meeting on the Sunday the clocks change is at its local time', () => {
		const sunday: Schedule = { freq: 'WEEKLY', byday: 'SU', opens_at: '10:00', closes_at: '12:00' };
		const [march] = nextOccurrences([sunday], at('2026-03-28T12:00:00Z'), 1);
		const [october] = nextOccurrences([sunday], at('2026-10-24T12:00:00Z'), 1);
		expect(march?.start.toISOString()).toBe('2026-03-29T08:00:00.000Z');
		expect(march?.end.toISOString()).toBe('2026-03-29T10:00:00.000Z');
		expect(october?.start.toISOString()).toBe('2026-10-25T09:00:00.000Z');
	});

	it('a schedule whose valid_to has passed has nothing upcoming', () => {
		const ended: Schedule = { freq: 'WEEKLY', byday: 'WE', valid_to: '2025-06-30', ...evening };
		expect(nextOccurrences([ended], at('2026-01-01T00:00:00Z'))).toEqual([]);
	});

	it('valid_to is the last day it can happen', () => {
		const ending: Schedule = { freq: 'WEEKLY', byday: 'WE', valid_to: '2026-01-14', ...evening };
		expect(dates([ending], '2026-01-01T00:00:00Z')).toEqual(['2026-01-07', '2026-01-14']);
	});

	it('a schedule with valid_from in the future starts then', () => {
		const later: Schedule = { freq: 'WEEKLY', byday: 'WE', valid_from: '2026-09-01', ...evening };
		expect(dates([later], '2026-01-01T00:00:00Z')).toEqual([
			'2026-09-02',
			'2026-09-09',
			'2026-09-16'
		]);
	});

	it('a single dtstart date is one meeting, and none once it has started', () => {
		const once: Schedule = {
			dtstart: '2027-03-12',
			opens_at: '19:00',
			closes_at: '21:30',
			description: 'Informatieavond'
		};
		expect(nextOccurrences([once], at('2026-01-01T00:00:00Z'))).toEqual([
			{
				start: at('2027-03-12T18:00:00Z'),
				end: at('2027-03-12T20:30:00Z'),
				date: '2027-03-12',
				opensAt: '19:00',
				closesAt: '21:30',
				description: 'Informatieavond'
			}
		]);
		expect(nextOccurrences([once], at('2027-03-12T18:00:00Z'))).toHaveLength(1);
		expect(nextOccurrences([once], at('2027-03-12T18:00:01Z'))).toEqual([]);
	});

	it('a meeting that has already started today is not the next one', () => {
		const weekly: Schedule = { freq: 'WEEKLY', byday: 'TU', ...evening };
		expect(dates([weekly], '2026-01-06T18:45:00Z', 1)).toEqual(['2026-01-13']);
		expect(dates([weekly], '2026-01-06T18:30:00Z', 1)).toEqual(['2026-01-06']);
	});

	it('meetings of several schedules are merged in time order', () => {
		const schedules: Schedule[] = [
			{ freq: 'MONTHLY', byday: '-1TH', ...evening },
			{ freq: 'MONTHLY', byday: '1TU', opens_at: '14:00', closes_at: '16:00' }
		];
		expect(dates(schedules, '2026-01-01T00:00:00Z', 4)).toEqual([
			'2026-01-06',
			'2026-01-29',
			'2026-02-03',
			'2026-02-26'
		]);
	});

	it('a rule that never meets within two years gives nothing instead of searching forever', () => {
		const never: Schedule = {
			freq: 'MONTHLY',
			byday: '5MO',
			months_off: [1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
			...evening
		};
		expect(nextOccurrences([never], at('2026-01-01T00:00:00Z'))).toEqual([]);
	});

	it('a group that meets on every Tuesday of the month (MONTHLY without a position)', () => {
		expect(
			dates([{ freq: 'MONTHLY', byday: 'TU', ...evening }], '2026-02-01T00:00:00Z', 5)
		).toEqual(['2026-02-03', '2026-02-10', '2026-02-17', '2026-02-24', '2026-03-03']);
	});
});

describe('meetingSchedules', () => {
	const schedules: Schedule[] = [{ freq: 'WEEKLY', byday: 'TU', ...evening }];

	it('a group that meets has its schedules as meetings', () => {
		expect(meetingSchedules({ kind: 'alzheimercafe', schedules })).toEqual(schedules);
	});

	it('opening hours of a steunpunt are no meetings', () => {
		expect(meetingSchedules({ kind: 'steunpunt-mantelzorg', schedules })).toEqual([]);
	});
});
