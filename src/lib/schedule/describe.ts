/**
 * Schedules and meetings in plain words (B1), in every interface language: "Elke eerste
 * dinsdag van de maand, 19:30 tot 21:30 (niet in juli en augustus)". One grammar for all
 * languages: the sentence frames come from the message files, so a translator can reorder
 * words. Dutch day and month names are written out rather than taken from Intl, so the
 * Dutch words never change with the ICU version of the build machine; the other languages
 * take them from Intl.
 */
import { m } from '../i18n';
import { capitalize, joinAnd } from '../i18n/words';
import { dateTimeFormat, intlLocale } from '../data/dates';
import type { Schedule } from '../data/schema';
import type { Occurrence } from './occurrences';
import { isRecurring, parseByDay, WEEKDAYS, weekdaysOf, type ByDay, type Weekday } from './rule';
import { calendarDay, dayNumber, TIME_ZONE } from './zoned';

type Locale = 'nl' | 'en' | 'tr' | 'ar';
type Frame = (inputs: Record<string, string>, options: { locale: Locale }) => string;

const DAY_NAMES: Record<Weekday, string> = {
	MO: 'maandag',
	TU: 'dinsdag',
	WE: 'woensdag',
	TH: 'donderdag',
	FR: 'vrijdag',
	SA: 'zaterdag',
	SU: 'zondag'
};

const MONTH_NAMES = [
	'januari',
	'februari',
	'maart',
	'april',
	'mei',
	'juni',
	'juli',
	'augustus',
	'september',
	'oktober',
	'november',
	'december'
] as const;

/** Dutch B1 writes small counts as words: "om de drie weken". */
const DUTCH_NUMBER_WORDS: Record<number, string> = {
	2: 'twee',
	3: 'drie',
	4: 'vier',
	5: 'vijf',
	6: 'zes',
	7: 'zeven',
	8: 'acht',
	9: 'negen',
	10: 'tien',
	11: 'elf',
	12: 'twaalf'
};

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

const asLocale = (locale: string): Locale =>
	locale === 'en' || locale === 'tr' || locale === 'ar' ? locale : 'nl';

export function dutchMonthName(month: number): string {
	return MONTH_NAMES[month - 1] ?? String(month);
}

/** 1 January 2024 was a Monday. */
function dayName(weekday: Weekday, locale: Locale): string {
	if (locale === 'nl') return DAY_NAMES[weekday];
	const date = new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(weekday)));
	return dateTimeFormat(intlLocale(locale), { weekday: 'long', timeZone: 'UTC' }).format(date);
}

function monthName(month: number, locale: Locale): string {
	if (locale === 'nl') return dutchMonthName(month);
	return dateTimeFormat(intlLocale(locale), { month: 'long', timeZone: 'UTC' }).format(
		new Date(Date.UTC(2024, month - 1, 1))
	);
}

/** "6 januari 2026"; `withYear: false` gives "6 januari". */
function dateIn(isoDate: string, locale: Locale, withYear = true): string {
	if (locale === 'nl') {
		const { year, month, day } = calendarDay(dayNumber(isoDate));
		const dayAndMonth = `${day} ${dutchMonthName(month)}`;
		return withYear ? `${dayAndMonth} ${year}` : dayAndMonth;
	}
	const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', timeZone: 'UTC' };
	if (withYear) options.year = 'numeric';
	return dateTimeFormat(intlLocale(locale), options).format(new Date(`${isoDate}T00:00:00Z`));
}

const countIn = (count: number, locale: Locale) =>
	(locale === 'nl' ? DUTCH_NUMBER_WORDS[count] : undefined) ?? String(count);
const list = (items: readonly string[], locale: Locale) => joinAnd(items, locale);
const comma = (locale: Locale) => (locale === 'ar' ? '، ' : ', ');

/** "maandag tot en met vrijdag" for three or more days in a row, else "maandag en woensdag". */
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

/** "eerste en derde dinsdag", "laatste donderdag", or "dinsdag" when every one counts. */
function positionedWeekday(weekday: Weekday, parts: readonly ByDay[], locale: Locale): string {
	const positions = parts.filter((p) => p.weekday === weekday).map((p) => p.position);
	const numbered = positions.filter((p): p is number => p !== undefined);
	if (numbered.length < positions.length) return dayName(weekday, locale);
	// First, second, … then second-to-last, last.
	const ordered = [...new Set(numbered)].sort((a, b) => (a > 0 === b > 0 ? a - b : b - a));
	const words = list(
		ordered.map((p) => POSITION[p]?.({}, { locale }) ?? String(p)),
		locale
	);
	return m.schedule_positioned_day({ positions: words, day: dayName(weekday, locale) }, { locale });
}

function rule(schedule: Schedule & { byday: string }, locale: Locale): string {
	const byday = parseByDay(schedule.byday);
	const interval = schedule.interval ?? 1;
	const count = countIn(interval, locale);
	if (schedule.freq === 'WEEKLY') {
		const { text: days, isRange } = weekdays(weekdaysOf(byday), locale);
		if (interval === 2) return m.schedule_every_other_week({ days }, { locale });
		if (interval > 2) return m.schedule_every_n_weeks({ count, days }, { locale });
		return isRange ? days : m.schedule_every_day({ days }, { locale });
	}
	const everyOne = byday.every((b) => b.position === undefined);
	const days = list(
		weekdaysOf(byday).map((w) => positionedWeekday(w, byday, locale)),
		locale
	);
	if (everyOne)
		return interval > 1
			? m.schedule_every_n_months_every({ count, days }, { locale })
			: m.schedule_every_day({ days }, { locale });
	return interval > 1
		? m.schedule_every_n_months_on({ count, days }, { locale })
		: m.schedule_monthly_on({ days }, { locale });
}

/** "van 1 februari tot 30 juni 2027", "vanaf 1 februari 2027", "tot 30 juni 2027" */
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

/**
 * The schedule in one sentence (Dutch unless another language is asked for), without its
 * `description` (shown beside it by the caller): "Elke woensdag, 10:00 tot 12:00",
 * "Op 12 maart 2027, 19:00 tot 21:30".
 */
export function describeSchedule(schedule: Schedule, language = 'nl'): string {
	const locale = asLocale(language);
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

/** "dinsdag 6 januari 2026, 19:30 tot 21:30". */
export function formatOccurrence(
	occurrence: Pick<Occurrence, 'date' | 'start' | 'opensAt' | 'closesAt'>,
	language = 'nl'
): string {
	const locale = asLocale(language);
	const weekday = WEEKDAYS[calendarDay(dayNumber(occurrence.date)).weekday];
	const day =
		locale === 'nl'
			? `${weekday ? DAY_NAMES[weekday] : ''} ${dateIn(occurrence.date, locale)}`
			: dateTimeFormat(intlLocale(locale), {
					weekday: 'long',
					day: 'numeric',
					month: 'long',
					year: 'numeric',
					timeZone: TIME_ZONE
				}).format(occurrence.start);
	return `${day}${comma(locale)}${m.schedule_times({ opens: occurrence.opensAt, closes: occurrence.closesAt }, { locale })}`;
}
