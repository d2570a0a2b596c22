/**
 * Reading and writing single spreadsheet cells. Each reader accepts the forms a person
 * types in a spreadsheet; each writer produces the one form its reader reads back
 * unchanged, so an export imports to the same data.
 *
 * Values a reader does not recognise are passed on as typed, so the schema reports them
 * with its own Dutch message ("... is onbekend; kies uit: ...").
 */
import type { Schedule } from '../data/schema';

/**
 * Splits a cell on any of `separators`, but not inside "quotes" or (parentheses):
 * "0123 45 67 89 (ma, di), 06 12345678" is two phone numbers.
 */
export function splitCell(text: string, separators: string): string[] {
	const parts: string[] = [];
	let current = '';
	let depth = 0;
	let quoted = false;
	for (const char of text) {
		if (char === '"') quoted = !quoted;
		else if (!quoted && char === '(') depth++;
		else if (!quoted && char === ')') depth = Math.max(0, depth - 1);
		if (!quoted && depth === 0 && separators.includes(char)) {
			parts.push(current);
			current = '';
		} else {
			current += char;
		}
	}
	parts.push(current);
	return parts.map((part) => part.trim()).filter(Boolean);
}

/** Taxonomy ids and language codes: commas, and for convenience also ; | and new lines. */
export const LIST_SEPARATORS = ',;|\n';
/** Free texts such as accessibility notes may hold commas themselves. */
export const TEXT_LIST_SEPARATORS = '|\n';
export const TEXT_LIST_JOIN = ' | ';

/** 2026-03-31, 31-03-2026, 31-3-2026 and 31/03/2026 all become 2026-03-31. */
export function parseDate(text: string): string {
	const value = text.trim();
	const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
	if (iso) return `${iso[1]}-${iso[2]!.padStart(2, '0')}-${iso[3]!.padStart(2, '0')}`;
	const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
	if (dutch) return `${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}`;
	return value;
}

/** "1234ab" and "1234 ab" become "1234 AB"; anything else is left for the schema to judge. */
export function normalizePostcode(text: string): string {
	const match = /^([1-9]\d{3})\s*([a-zA-Z]{2})$/.exec(text.trim());
	return match ? `${match[1]} ${match[2]!.toUpperCase()}` : text.trim();
}

/** "www.example.nl" is meant as a web address: add https:// so it validates and links. */
export function parseWebAddress(text: string): string {
	const value = text.trim();
	if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return value;
	return /^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(value) ? `https://${value}` : value;
}

export function parseEmail(text: string): string {
	return text.trim().replace(/^mailto:/i, '');
}

/**
 * Only plain decimal numbers, with a point or the decimal comma Dutch spreadsheets write
 * (52,09). Number() would also take 0x34 (52), 1e1 and Infinity; undefined refuses them.
 */
export function parseCoordinate(text: string): number | undefined {
	const value = text.trim();
	if (!/^-?\d{1,3}([.,]\d+)?$/.test(value)) return undefined;
	return Number(value.replace(',', '.'));
}

/** The shortest text that reads back as exactly the same number. */
export function formatCoordinate(value: number): string {
	return String(value);
}

export interface RawPhone {
	number: string;
	description?: string;
}

/** "0123 45 67 89 (alleen 's ochtends) | 06 12345678": a number with an optional note. */
export function parsePhones(text: string): RawPhone[] {
	return splitCell(text, '|,\n').map((part) => {
		const match = /^(.+?)\s+\((.*)\)$/.exec(part);
		if (!match) return { number: part };
		const description = match[2]!.trim();
		return description ? { number: match[1]!.trim(), description } : { number: match[1]!.trim() };
	});
}

export function formatPhones(phones: readonly RawPhone[]): string {
	return phones
		.map((p) => (p.description ? `${p.number} (${p.description})` : p.number))
		.join(TEXT_LIST_JOIN);
}

/* ---------------------------------------------------------------------------------------
 * Schedules. One schedule per part, parts separated by " | ":
 *
 *   MONTHLY 1TU 19:30-21:30 zonder 7,8 "Alzheimercafé in de bibliotheek"
 *   WEEKLY MO,WE 09:00-12:00
 *   2026-05-12 14:00-16:00                    (one date)
 *   WEEKLY TH 10:00-11:30 elke 2 start 2026-01-08 vanaf 2026-01-01 tot 2026-06-30
 *
 * Dutch words work too: wekelijks / maandelijks, ma di wo do vr za zo, month names.
 * ------------------------------------------------------------------------------------- */

const FREQ: Record<string, 'WEEKLY' | 'MONTHLY'> = {
	weekly: 'WEEKLY',
	wekelijks: 'WEEKLY',
	monthly: 'MONTHLY',
	maandelijks: 'MONTHLY'
};

const DAY: Record<string, string> = {
	mo: 'MO',
	tu: 'TU',
	we: 'WE',
	th: 'TH',
	fr: 'FR',
	sa: 'SA',
	su: 'SU',
	ma: 'MO',
	di: 'TU',
	wo: 'WE',
	do: 'TH',
	vr: 'FR',
	za: 'SA',
	zo: 'SU'
};

const MONTHS = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const MONTH_ALIASES: Record<string, number> = { maart: 3, mar: 3, may: 5, oct: 10 };

function parseMonth(text: string): number {
	const value = text.trim().toLowerCase();
	if (/^\d{1,2}$/.test(value)) return Number(value);
	const alias = MONTH_ALIASES[value];
	if (alias) return alias;
	const index = MONTHS.findIndex((m) => value.startsWith(m));
	return index >= 0 && value.length >= 3 ? index + 1 : Number.NaN;
}

/** "1di" and "1tu" become "1TU"; what does not look like a day goes on as typed. */
function parseByday(text: string): string {
	return text
		.split(',')
		.map((part) => {
			const match = /^([+-]?\d)?([a-z]{2})$/i.exec(part.trim());
			const day = match ? DAY[match[2]!.toLowerCase()] : undefined;
			return match && day ? `${match[1] ?? ''}${day}` : part.trim();
		})
		.join(',');
}

function parseTime(text: string): string {
	const match = /^(\d{1,2})[:.](\d{2})$/.exec(text);
	return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : text;
}

const TIME_RANGE = /^(\d{1,2}[:.]\d{2})-(\d{1,2}[:.]\d{2})$/;
const DATE_LIKE = /^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})$/;

/** The schedule as read from the cell; the schema checks the values. */
export type RawSchedule = { -readonly [K in keyof Schedule]?: Schedule[K] };

export type ParsedSchedule =
	{ schedule: RawSchedule; text: string } | { error: string; text: string };

export function parseSchedule(part: string): ParsedSchedule {
	const text = part.trim();
	const schedule: RawSchedule = {};
	let rest = text;
	const firstQuote = rest.indexOf('"');
	if (firstQuote >= 0) {
		const lastQuote = rest.lastIndexOf('"');
		if (lastQuote === firstQuote)
			return { text, error: 'het aanhalingsteken (") van de omschrijving wordt niet afgesloten' };
		if (rest.slice(lastQuote + 1).trim())
			return { text, error: 'na de omschrijving tussen aanhalingstekens mag niets meer staan' };
		schedule.description = rest.slice(firstQuote + 1, lastQuote);
		rest = rest.slice(0, firstQuote);
	}
	const tokens = rest
		.replace(/(\d{1,2}[:.]\d{2})\s*(?:[-–]|\s(?:tot|t\/m)\s)\s*(\d{1,2}[:.]\d{2})/gi, '$1-$2')
		.split(/\s+/)
		.filter(Boolean);

	const next = (index: number, what: string): string | { error: string } =>
		tokens[index + 1] ?? { error: `na "${tokens[index]}" ontbreekt ${what}` };

	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		const word = token.toLowerCase();
		const time = TIME_RANGE.exec(token);
		if (FREQ[word]) {
			schedule.freq = FREQ[word];
			const day = tokens[i + 1];
			if (day && !TIME_RANGE.test(day)) {
				schedule.byday = parseByday(day);
				i++;
			}
		} else if (time) {
			schedule.opens_at = parseTime(time[1]!);
			schedule.closes_at = parseTime(time[2]!);
		} else if (DATE_LIKE.test(token)) {
			schedule.dtstart = parseDate(token);
		} else if (
			['start', 'vanaf', 'tot', 't/m', 'tm', 'elke', 'interval', 'zonder'].includes(word)
		) {
			const value = next(
				i,
				word === 'zonder'
					? 'welke maanden, zoals 7,8'
					: word === 'elke' || word === 'interval'
						? 'een getal'
						: 'een datum'
			);
			if (typeof value !== 'string') return { text, error: value.error };
			i++;
			if (word === 'start') schedule.dtstart = parseDate(value);
			else if (word === 'vanaf') schedule.valid_from = parseDate(value);
			else if (word === 'elke' || word === 'interval') {
				if (!/^\d+$/.test(value)) return { text, error: `"${value}" na "${token}" is geen getal` };
				schedule.interval = Number(value);
				// "elke 2 weken" reads naturally; the unit follows from the frequency.
				if (/^(weken|week|maanden|maand)$/i.test(tokens[i + 1] ?? '')) i++;
			} else if (word === 'zonder') {
				const months = value.split(',').filter(Boolean).map(parseMonth);
				if (months.some(Number.isNaN))
					return { text, error: `"${value}" zijn geen maanden; schrijf ze als 7,8 of jul,aug` };
				schedule.months_off = months;
			} else schedule.valid_to = parseDate(value);
		} else {
			return { text, error: `"${token}" begrijp ik niet` };
		}
	}
	if (schedule.opens_at === undefined)
		return { text, error: 'de tijd ontbreekt, zoals 19:30-21:30' };
	return { text, schedule };
}

export function parseSchedules(cell: string): ParsedSchedule[] {
	return splitCell(cell, TEXT_LIST_SEPARATORS).map(parseSchedule);
}

export function formatSchedule(schedule: Schedule): string {
	const parts: string[] = [];
	if (schedule.freq) parts.push(schedule.freq, schedule.byday ?? '');
	if (schedule.dtstart)
		parts.push(...(schedule.freq ? ['start', schedule.dtstart] : [schedule.dtstart]));
	parts.push(`${schedule.opens_at}-${schedule.closes_at}`);
	if (schedule.interval !== undefined) parts.push('elke', String(schedule.interval));
	if (schedule.months_off?.length) parts.push('zonder', schedule.months_off.join(','));
	if (schedule.valid_from) parts.push('vanaf', schedule.valid_from);
	if (schedule.valid_to) parts.push('tot', schedule.valid_to);
	if (schedule.description) parts.push(`"${schedule.description}"`);
	return parts.filter(Boolean).join(' ');
}

export function formatSchedules(schedules: readonly Schedule[]): string {
	return schedules.map(formatSchedule).join(TEXT_LIST_JOIN);
}
