/**
 * Wall-clock time in Europe/Amsterdam, the time zone of every Dutch gemeente.
 *
 * Meetings are stored as local dates and local times ("19:30"); a Date is an instant.
 * The conversion between them asks Intl for the offset, so the clock changes on the last
 * Sunday of March and of October come from the tz database, not from a rule written here.
 *
 * Local dates are handled as day numbers (days since 1970-01-01) so that adding a day is
 * adding 1: in UTC arithmetic there are no 23- or 25-hour days.
 */
import { dateTimeFormat } from '../data/dates';

export const TIME_ZONE = 'Europe/Amsterdam';

const MS_PER_DAY = 86_400_000;

// Made on first use, not on import: pages that only describe a schedule in words never need it.
const partsFormatter = () =>
	dateTimeFormat('en-US', {
		timeZone: TIME_ZONE,
		hourCycle: 'h23',
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
		hour: 'numeric',
		minute: 'numeric',
		second: 'numeric'
	});

interface WallClock {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
}

function wallClock(instant: number): WallClock {
	const clock: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
	for (const part of partsFormatter().formatToParts(new Date(instant))) {
		if (part.type in clock) clock[part.type as keyof WallClock] = Number(part.value);
	}
	return clock;
}

/** Milliseconds that Amsterdam's clock is ahead of UTC at this instant (1 or 2 hours). */
function offsetAt(instant: number): number {
	const c = wallClock(instant);
	const wholeSeconds = Math.floor(instant / 1000) * 1000;
	return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - wholeSeconds;
}

/** "2026-03-31" → day number. */
export function dayNumber(isoDate: string): number {
	const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
	return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Day number → "2026-03-31". */
export function isoDate(day: number): string {
	return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export interface CalendarDay {
	year: number;
	/** 1 = January */
	month: number;
	day: number;
	/** 0 = Monday … 6 = Sunday, the iCalendar week (WKST=MO). */
	weekday: number;
	daysInMonth: number;
}

export function calendarDay(day: number): CalendarDay {
	const date = new Date(day * MS_PER_DAY);
	const year = date.getUTCFullYear();
	const month = date.getUTCMonth() + 1;
	return {
		year,
		month,
		day: date.getUTCDate(),
		weekday: (date.getUTCDay() + 6) % 7,
		daysInMonth: new Date(Date.UTC(year, month, 0)).getUTCDate()
	};
}

/** The local date in Amsterdam at this instant, as "YYYY-MM-DD". */
export function amsterdamDate(instant: Date): string {
	const c = wallClock(instant.getTime());
	return isoDate(Math.round(Date.UTC(c.year, c.month - 1, c.day) / MS_PER_DAY));
}

/**
 * The instant at which Amsterdam's clock shows this date and time ("HH:MM").
 * A time that happens twice (the hour repeated in October) gives the first; a time that
 * does not happen (the hour skipped in March) gives the moment an hour later on the
 * clock, the way Temporal's "compatible" disambiguation does.
 */
export function amsterdamInstant(isoDate: string, time: string): Date {
	const [hour = 0, minute = 0] = time.split(':').map(Number);
	const asIfUtc = dayNumber(isoDate) * MS_PER_DAY + (hour * 60 + minute) * 60_000;
	const offsetBefore = offsetAt(asIfUtc - MS_PER_DAY);
	const offsetAfter = offsetAt(asIfUtc + MS_PER_DAY);
	const candidates = [asIfUtc - offsetBefore, asIfUtc - offsetAfter].filter(
		(instant) => asIfUtc - offsetAt(instant) === instant
	);
	if (candidates.length === 0) return new Date(asIfUtc - offsetBefore);
	return new Date(Math.min(...candidates));
}
