import type { Offer, Schedule } from '../data/schema';
import { KIND_BY_ID } from '../data/taxonomy';
import { isRecurring, meetsOn, parseByDay } from './rule';
import { amsterdamDate, amsterdamInstant, dayNumber, isoDate } from './zoned';

/** One meeting: a local date in Amsterdam with its times, and the instants they stand for. */
export interface Occurrence {
	start: Date;
	end: Date;
	/** YYYY-MM-DD in Europe/Amsterdam */
	date: string;
	/** HH:MM */
	opensAt: string;
	/** HH:MM */
	closesAt: string;
	description?: string;
}

/**
 * How far ahead a rule is searched: two years covers every interval the schema allows
 * (at most 12 months), so a rule that gives nothing in that time gives nothing at all.
 */
const SEARCH_DAYS = 2 * 366;

/** The schedules that give meeting dates: only a group whose kind meets has them. */
export function meetingSchedules(offer: Pick<Offer, 'kind' | 'schedules'>): Schedule[] {
	return KIND_BY_ID[offer.kind].meets ? (offer.schedules ?? []) : [];
}

function occurrenceOn(schedule: Schedule, date: string): Occurrence {
	const occurrence: Occurrence = {
		start: amsterdamInstant(date, schedule.opens_at),
		end: amsterdamInstant(date, schedule.closes_at),
		date,
		opensAt: schedule.opens_at,
		closesAt: schedule.closes_at
	};
	if (schedule.description !== undefined) occurrence.description = schedule.description;
	return occurrence;
}

function withinValidity(schedule: Schedule, date: string): boolean {
	return (
		(schedule.valid_from === undefined || date >= schedule.valid_from) &&
		(schedule.valid_to === undefined || date <= schedule.valid_to)
	);
}

function scheduleOccurrences(schedule: Schedule, from: Date, count: number): Occurrence[] {
	if (!isRecurring(schedule)) {
		if (schedule.dtstart === undefined || !withinValidity(schedule, schedule.dtstart)) return [];
		if (schedule.months_off?.includes(Number(schedule.dtstart.slice(5, 7)))) return [];
		const single = occurrenceOn(schedule, schedule.dtstart);
		return single.start >= from ? [single] : [];
	}
	const byday = parseByDay(schedule.byday);
	const firstDay = Math.max(
		dayNumber(amsterdamDate(from)),
		schedule.valid_from === undefined ? -Infinity : dayNumber(schedule.valid_from),
		schedule.dtstart === undefined ? -Infinity : dayNumber(schedule.dtstart)
	);
	const lastDay = Math.min(
		firstDay + SEARCH_DAYS,
		schedule.valid_to === undefined ? Infinity : dayNumber(schedule.valid_to)
	);
	const found: Occurrence[] = [];
	for (let day = firstDay; day <= lastDay && found.length < count; day++) {
		if (!meetsOn(schedule, byday, day)) continue;
		const occurrence = occurrenceOn(schedule, isoDate(day));
		if (occurrence.start >= from) found.push(occurrence);
	}
	return found;
}

/** The next `count` meetings that start at or after `from`, over all schedules, earliest first. */
export function nextOccurrences(
	schedules: readonly Schedule[],
	from: Date,
	count = 3
): Occurrence[] {
	if (count <= 0) return [];
	return schedules
		.flatMap((schedule) => scheduleOccurrences(schedule, from, count))
		.sort((a, b) => a.start.getTime() - b.start.getTime())
		.slice(0, count);
}
