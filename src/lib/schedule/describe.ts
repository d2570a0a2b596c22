/**
 * Schedules and meetings in plain Dutch (B1): "Elke eerste dinsdag van de maand, 19:30 tot
 * 21:30 (niet in juli en augustus)". Names are written out here rather than taken from
 * Intl so the words do not change with the ICU version of the build machine.
 */
import type { Schedule } from '../data';
import type { Occurrence } from './occurrences';
import { isRecurring, parseByDay, WEEKDAYS, weekdaysOf, type ByDay, type Weekday } from './rule';
import { calendarDay, dayNumber } from './zoned';
import { describeScheduleIn, formatOccurrenceIn } from './describe-other';
import { capitalize, joinAnd } from '../i18n/words';

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

const POSITION_NAMES: Record<number, string> = {
	1: 'eerste',
	2: 'tweede',
	3: 'derde',
	4: 'vierde',
	5: 'vijfde',
	[-1]: 'laatste',
	[-2]: 'voorlaatste',
	[-3]: 'op twee na laatste',
	[-4]: 'op drie na laatste',
	[-5]: 'op vier na laatste'
};

const NUMBER_WORDS: Record<number, string> = {
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

const isOtherLanguage = (locale: string): locale is 'en' | 'tr' | 'ar' =>
	locale === 'en' || locale === 'tr' || locale === 'ar';

const listInDutch = (items: readonly string[]) => joinAnd(items, 'nl');

export function dutchMonthName(month: number): string {
	return MONTH_NAMES[month - 1] ?? String(month);
}

/** "6 januari 2026"; `withYear: false` gives "6 januari". */
function dateInDutch(isoDate: string, withYear = true): string {
	const { year, month, day } = calendarDay(dayNumber(isoDate));
	return withYear ? `${day} ${dutchMonthName(month)} ${year}` : `${day} ${dutchMonthName(month)}`;
}

function weekdayOf(isoDate: string): string {
	const weekday = WEEKDAYS[calendarDay(dayNumber(isoDate)).weekday];
	return weekday ? DAY_NAMES[weekday] : '';
}

/** "dinsdag 6 januari 2026, 19:30 tot 21:30"; other languages via describe-other.ts. */
export function formatOccurrence(
	occurrence: Pick<Occurrence, 'date' | 'start' | 'opensAt' | 'closesAt'>,
	locale = 'nl'
): string {
	if (isOtherLanguage(locale)) return formatOccurrenceIn(occurrence, locale);
	return `${weekdayOf(occurrence.date)} ${dateInDutch(occurrence.date)}, ${occurrence.opensAt} tot ${occurrence.closesAt}`;
}

/** "maandag tot en met vrijdag" for three or more days in a row, else "maandag en woensdag". */
function weekdaysInDutch(weekdays: readonly Weekday[]): { text: string; isRange: boolean } {
	const indexes = weekdays.map((w) => WEEKDAYS.indexOf(w));
	const first = weekdays[0];
	const last = weekdays.at(-1);
	const consecutive = indexes.every((index, i) => i === 0 || index === (indexes[i - 1] ?? -2) + 1);
	if (first && last && weekdays.length >= 3 && consecutive) {
		return { text: `${DAY_NAMES[first]} tot en met ${DAY_NAMES[last]}`, isRange: true };
	}
	return { text: listInDutch(weekdays.map((w) => DAY_NAMES[w])), isRange: false };
}

function everyNth(interval: number, unit: 'week' | 'maand'): string {
	if (unit === 'week')
		return interval === 2 ? 'Om de week' : `Om de ${NUMBER_WORDS[interval] ?? interval} weken`;
	return `Om de ${NUMBER_WORDS[interval] ?? interval} maanden`;
}

function weeklyRule(byday: readonly ByDay[], interval: number): string {
	const { text, isRange } = weekdaysInDutch(weekdaysOf(byday));
	if (interval > 1) return `${everyNth(interval, 'week')} op ${text}`;
	return isRange ? capitalize(text, 'nl') : `Elke ${text}`;
}

/** "eerste en derde dinsdag", "laatste donderdag", or "dinsdag" when every one counts. */
function positionedWeekday(weekday: Weekday, parts: readonly ByDay[]): string {
	const positions = parts.filter((p) => p.weekday === weekday).map((p) => p.position);
	const numbered = positions.filter((p): p is number => p !== undefined);
	if (numbered.length < positions.length) return DAY_NAMES[weekday];
	// First, second, … then second-to-last, last.
	const ordered = [...new Set(numbered)].sort((a, b) => (a > 0 === b > 0 ? a - b : b - a));
	return `${listInDutch(ordered.map((p) => POSITION_NAMES[p] ?? `${p}e`))} ${DAY_NAMES[weekday]}`;
}

function monthlyRule(byday: readonly ByDay[], interval: number): string {
	const everyOne = byday.every((b) => b.position === undefined);
	const days = listInDutch(weekdaysOf(byday).map((w) => positionedWeekday(w, byday)));
	if (everyOne)
		return interval > 1 ? `${everyNth(interval, 'maand')} elke ${days}` : `Elke ${days}`;
	return interval > 1
		? `${everyNth(interval, 'maand')} op de ${days}`
		: `Elke ${days} van de maand`;
}

/** "van 1 februari tot 30 juni 2027", "vanaf 1 februari 2027", "tot 30 juni 2027" */
function periodInDutch(from: string | undefined, to: string | undefined): string | undefined {
	if (from && to)
		return `van ${dateInDutch(from, from.slice(0, 4) !== to.slice(0, 4))} tot ${dateInDutch(to)}`;
	if (from) return `vanaf ${dateInDutch(from)}`;
	if (to) return `tot ${dateInDutch(to)}`;
	return undefined;
}

function latest(a: string | undefined, b: string | undefined): string | undefined {
	if (a === undefined) return b;
	if (b === undefined) return a;
	return a > b ? a : b;
}

/**
 * The schedule in one sentence (Dutch unless another language is asked for), without its `description` (shown beside it by the
 * caller): "Elke woensdag, 10:00 tot 12:00", "Op 12 maart 2027, 19:00 tot 21:30".
 */
export function describeSchedule(schedule: Schedule, locale = 'nl'): string {
	if (isOtherLanguage(locale)) return describeScheduleIn(schedule, locale);
	const times = `${schedule.opens_at} tot ${schedule.closes_at}`;
	if (!isRecurring(schedule)) {
		return schedule.dtstart ? `Op ${dateInDutch(schedule.dtstart)}, ${times}` : times;
	}
	const byday = parseByDay(schedule.byday);
	const interval = schedule.interval ?? 1;
	const rule =
		schedule.freq === 'WEEKLY' ? weeklyRule(byday, interval) : monthlyRule(byday, interval);
	const period = periodInDutch(latest(schedule.valid_from, schedule.dtstart), schedule.valid_to);
	const monthsOff = [...new Set(schedule.months_off ?? [])].sort((a, b) => a - b);
	const pause = monthsOff.length ? ` (niet in ${listInDutch(monthsOff.map(dutchMonthName))})` : '';
	return `${[rule, times, period].filter(Boolean).join(', ')}${pause}`;
}
