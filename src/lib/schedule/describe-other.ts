/**
 * Schedules in the other interface languages (English, Turkish, Arabic). Dutch has its own
 * hand-written grammar in describe.ts; here the sentence frames come from the message
 * files, so a translator can reorder words, and day and month names come from Intl.
 */
import { m } from '../i18n';
import { capitalize, joinAnd } from '../i18n/words';
import { intlLocale } from '../data/dates';
import type { Schedule } from '../data/schema';
import type { Occurrence } from './occurrences';
import { isRecurring, parseByDay, WEEKDAYS, weekdaysOf, type ByDay, type Weekday } from './rule';
import { TIME_ZONE } from './zoned';

type Locale = 'en' | 'tr' | 'ar';
type Frame = (inputs: Record<string, string>, options: { locale: Locale }) => string;

const POSITION: Record<number, Frame> = {
	1: m.schedule_position_1,
	2: m.schedule_position_2,
	3: m.schedule_position_3,
	4: m.schedule_position_4,
	5: m.schedule_position_5,
	[-1]: m.schedule_position_last,
	[-2]: m.schedule_position_last_2,
	[-3]: m.schedule_position_last_3,
	[-4]: m.schedule_position_last_4,
	[-5]: m.schedule_position_last_5
};

/** 1 January 2024 was a Monday. */
function dayName(weekday: Weekday, locale: Locale): string {
	const date = new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(weekday)));
	return new Intl.DateTimeFormat(intlLocale(locale), { weekday: 'long', timeZone: 'UTC' }).format(
		date
	);
}

function monthName(month: number, locale: Locale): string {
	return new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', timeZone: 'UTC' }).format(
		new Date(Date.UTC(2024, month - 1, 1))
	);
}

function dateIn(isoDate: string, locale: Locale, withYear = true): string {
	const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', timeZone: 'UTC' };
	if (withYear) options.year = 'numeric';
	return new Intl.DateTimeFormat(intlLocale(locale), options).format(
		new Date(`${isoDate}T00:00:00Z`)
	);
}

const list = (items: readonly string[], locale: Locale) => joinAnd(items, locale);
const comma = (locale: Locale) => (locale === 'ar' ? '، ' : ', ');

function weekdays(days: readonly Weekday[], locale: Locale): { text: string; isRange: boolean } {
	const indexes = days.map((d) => WEEKDAYS.indexOf(d));
	const consecutive = indexes.every((index, i) => i === 0 || index === (indexes[i - 1] ?? -2) + 1);
	const [first, last] = [days[0], days.at(-1)];
	if (first && last && days.length >= 3 && consecutive) {
		return {
			text: m.schedule_day_range(
				{ first: dayName(first, locale), last: dayName(last, locale) },
				{ locale }
			),
			isRange: true
		};
	}
	return {
		text: list(
			days.map((d) => dayName(d, locale)),
			locale
		),
		isRange: false
	};
}

function positionedWeekday(weekday: Weekday, parts: readonly ByDay[], locale: Locale): string {
	const positions = parts.filter((p) => p.weekday === weekday).map((p) => p.position);
	const numbered = positions.filter((p): p is number => p !== undefined);
	if (numbered.length < positions.length) return dayName(weekday, locale);
	const ordered = [...new Set(numbered)].sort((a, b) => (a > 0 === b > 0 ? a - b : b - a));
	const words = list(
		ordered.map((p) => POSITION[p]?.({}, { locale }) ?? String(p)),
		locale
	);
	return m.schedule_positioned_day({ positions: words, day: dayName(weekday, locale) }, { locale });
}

function rule(schedule: Schedule & { byday: string }, locale: Locale): string {
	const byday = parseByDay(schedule.byday);
	const count = schedule.interval ?? 1;
	if (schedule.freq === 'WEEKLY') {
		const { text: days, isRange } = weekdays(weekdaysOf(byday), locale);
		if (count === 2) return m.schedule_every_other_week({ days }, { locale });
		if (count > 2) return m.schedule_every_n_weeks({ count: String(count), days }, { locale });
		return isRange ? days : m.schedule_every_day({ days }, { locale });
	}
	const everyOne = byday.every((b) => b.position === undefined);
	const days = list(
		weekdaysOf(byday).map((w) => positionedWeekday(w, byday, locale)),
		locale
	);
	if (everyOne)
		return count > 1
			? m.schedule_every_n_months_every({ count: String(count), days }, { locale })
			: m.schedule_every_day({ days }, { locale });
	return count > 1
		? m.schedule_every_n_months_on({ count: String(count), days }, { locale })
		: m.schedule_monthly_on({ days }, { locale });
}

function period(
	from: string | undefined,
	to: string | undefined,
	locale: Locale
): string | undefined {
	if (from && to)
		return m.schedule_period_from_to(
			{ from: dateIn(from, locale, from.slice(0, 4) !== to.slice(0, 4)), to: dateIn(to, locale) },
			{ locale }
		);
	if (from) return m.schedule_period_from({ from: dateIn(from, locale) }, { locale });
	if (to) return m.schedule_period_to({ to: dateIn(to, locale) }, { locale });
	return undefined;
}

const latest = (a: string | undefined, b: string | undefined) =>
	a === undefined ? b : b === undefined ? a : a > b ? a : b;

export function describeScheduleIn(schedule: Schedule, locale: Locale): string {
	const times = m.schedule_times(
		{ opens: schedule.opens_at, closes: schedule.closes_at },
		{ locale }
	);
	if (!isRecurring(schedule)) {
		return capitalize(
			schedule.dtstart
				? m.schedule_once({ date: dateIn(schedule.dtstart, locale), times }, { locale })
				: times,
			locale
		);
	}
	const parts = [
		rule(schedule, locale),
		times,
		period(latest(schedule.valid_from, schedule.dtstart), schedule.valid_to, locale)
	];
	const monthsOff = [...new Set(schedule.months_off ?? [])].sort((a, b) => a - b);
	const pause = monthsOff.length
		? ` ${m.schedule_months_off(
				{
					months: list(
						monthsOff.map((n) => monthName(n, locale)),
						locale
					)
				},
				{ locale }
			)}`
		: '';
	return capitalize(parts.filter(Boolean).join(comma(locale)), locale) + pause;
}

export function formatOccurrenceIn(
	occurrence: Pick<Occurrence, 'start' | 'opensAt' | 'closesAt'>,
	locale: Locale
): string {
	const day = new Intl.DateTimeFormat(intlLocale(locale), {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: TIME_ZONE
	}).format(occurrence.start);
	return `${day}${comma(locale)}${m.schedule_times({ opens: occurrence.opensAt, closes: occurrence.closesAt }, { locale })}`;
}
