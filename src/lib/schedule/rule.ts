/**
 * The HSDS 3.0 schedule as a rule over local dates: which days a group meets.
 *
 * Semantics follow iCalendar RRULE (RFC 5545) as far as HSDS borrows it:
 * - WEEKLY with BYDAY "MO,WE": those weekdays, every `interval` weeks. Weeks start on
 *   Monday (WKST=MO). A position in WEEKLY ("1TU") has no meaning in RFC 5545 and is
 *   read as the plain weekday.
 * - MONTHLY with BYDAY "1TU" (first Tuesday), "-1TH" (last Thursday), or a plain "TU"
 *   (every Tuesday of the month), every `interval` months.
 * - `interval` counts from the week or month of `dtstart`, else `valid_from`; a rule with
 *   neither counts from the week of Monday 5 January 1970, so the same weeks are chosen
 *   whatever day it is asked.
 * - `months_off` (ours, not HSDS): no meetings in those months; the interval still counts
 *   them.
 * - `valid_from`/`valid_to`: the first and last date on which it can happen, inclusive.
 * - Without `freq`, `dtstart` is the one date it happens.
 */
import type { Schedule } from '../data';
import { BYDAY_PATTERN } from '../data/patterns';
import { calendarDay, dayNumber, type CalendarDay } from './zoned';

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface ByDay {
	weekday: Weekday;
	/** 1 = first, 2 = second, -1 = last; absent: every such weekday. */
	position?: number;
}

/** A schedule that repeats: `freq` and `byday` are both set. */
export type RecurringSchedule = Schedule & Required<Pick<Schedule, 'freq' | 'byday'>>;

export function isRecurring(schedule: Schedule): schedule is RecurringSchedule {
	return schedule.freq !== undefined && schedule.byday !== undefined;
}

/** "1TU,-1TH" → [{ weekday: 'TU', position: 1 }, { weekday: 'TH', position: -1 }]. Unknown parts are left out. */
export function parseByDay(byday: string): ByDay[] {
	return byday.split(',').flatMap((part): ByDay[] => {
		const match = BYDAY_PATTERN.exec(part.trim());
		if (!match) return [];
		const weekday = match[2] as Weekday;
		return match[1] ? [{ weekday, position: Number(match[1]) }] : [{ weekday }];
	});
}

/** The weekdays a rule uses, positions dropped, in week order. */
export function weekdaysOf(byday: readonly ByDay[]): Weekday[] {
	const used = new Set(byday.map((b) => b.weekday));
	return WEEKDAYS.filter((w) => used.has(w));
}

/** 5 January 1970, a Monday: where week counting starts when a rule names no start. */
const EPOCH_MONDAY = 4;

function mondayOf(day: number): number {
	return day - calendarDay(day).weekday;
}

function positionMatches(date: CalendarDay, position: number): boolean {
	if (position > 0) return Math.ceil(date.day / 7) === position;
	return -Math.ceil((date.daysInMonth - date.day + 1) / 7) === position;
}

/** The day number from which `interval` counts. */
function anchorDay(schedule: Schedule): number {
	const start = schedule.dtstart ?? schedule.valid_from;
	return start === undefined ? EPOCH_MONDAY : dayNumber(start);
}

function inInterval(schedule: RecurringSchedule, day: number, date: CalendarDay): boolean {
	const interval = schedule.interval ?? 1;
	if (interval === 1) return true;
	const anchor = anchorDay(schedule);
	let steps: number;
	if (schedule.freq === 'WEEKLY') {
		steps = (mondayOf(day) - mondayOf(anchor)) / 7;
	} else {
		const start = calendarDay(anchor);
		steps = date.year * 12 + date.month - (start.year * 12 + start.month);
	}
	return ((steps % interval) + interval) % interval === 0;
}

/** Whether a recurring schedule meets on this day (valid_from/valid_to are checked by the caller). */
export function meetsOn(
	schedule: RecurringSchedule,
	byday: readonly ByDay[],
	day: number
): boolean {
	const date = calendarDay(day);
	if (schedule.months_off?.includes(date.month)) return false;
	const weekday = WEEKDAYS[date.weekday];
	const dayMatches = byday.some(
		(b) =>
			b.weekday === weekday &&
			(schedule.freq === 'WEEKLY' || b.position === undefined || positionMatches(date, b.position))
	);
	return dayMatches && inInterval(schedule, day, date);
}
