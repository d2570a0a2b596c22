/**
 * The RRULE of a recurring schedule, built with the `rrule` library so the iCalendar
 * text of the rule is written by a library, not by hand.
 */
import * as rruleModule from 'rrule';
import type { RRule as RRuleType } from 'rrule';
import { parseByDay, type RecurringSchedule } from '../schedule';

/*
 * `rrule` is published as CommonJS for Node and as ES modules only for bundlers. Node's ES
 * module loader (used when the site is prerendered and in the tests) then puts the whole
 * module under `default`, a bundler puts its names at the top: take whichever is there.
 */
const { RRule, Weekday } =
	(rruleModule as unknown as { default?: typeof rruleModule }).default ?? rruleModule;

const ALL_MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/**
 * FREQ and INTERVAL as in the schedule; BYDAY with positions for MONTHLY ("1TU", "-1TH")
 * and without for WEEKLY (RFC 5545 allows positions only in MONTHLY and YEARLY rules);
 * `months_off` as BYMONTH listing the other months; UNTIL the last moment of `valid_to`
 * (`until`, computed by the caller in UTC, as RFC 5545 requires next to a DTSTART with TZID).
 */
export function scheduleRule(schedule: RecurringSchedule, until: Date | undefined): RRuleType {
	const byweekday = parseByDay(schedule.byday).map(({ weekday, position }) => {
		const day = Weekday.fromStr(weekday);
		return schedule.freq === 'MONTHLY' && position !== undefined ? day.nth(position) : day;
	});
	const monthsOff = schedule.months_off ?? [];
	return new RRule({
		freq: schedule.freq === 'MONTHLY' ? RRule.MONTHLY : RRule.WEEKLY,
		...(schedule.interval !== undefined && schedule.interval > 1
			? { interval: schedule.interval }
			: {}),
		byweekday,
		...(monthsOff.length
			? { bymonth: ALL_MONTHS.filter((month) => !monthsOff.includes(month)) }
			: {}),
		...(until ? { until } : {})
	});
}
