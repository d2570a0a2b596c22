/**
 * An offer's meetings as an iCalendar file (RFC 5545), so a mantelzorger can put the
 * group's dates in the calendar on their phone. Written by `ical-generator`; times carry
 * TZID=Europe/Amsterdam with a VTIMEZONE from `@touch4it/ical-timezones`, so a calendar
 * keeps a 19:30 meeting at 19:30 on both sides of a clock change.
 */
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { type ICalEventData } from 'ical-generator';
import { DateTime } from 'luxon';
import type { Offer, OfferFeature, Schedule } from '../data';
import { formatAddress } from '../data/listing';
import {
	TIME_ZONE,
	amsterdamDate,
	amsterdamInstant,
	describeSchedule,
	isRecurring,
	meetingSchedules,
	nextOccurrences
} from '../schedule';
import { scheduleRule } from './rrule';
import { escapeText, plainText } from './text';

/** "Dorpsstraat 1, 1234 AB Ergenshuizen", or without the postcode when the data has none. */
export const addressLine = formatAddress;

/** The public page of an offer, or undefined when the site's address is not known. */
export function offerUrl(offerId: string, siteUrl: string | undefined): string | undefined {
	return siteUrl ? `${siteUrl.replace(/\/+$/, '')}/aanbod/${offerId}` : undefined;
}

/** Stable across builds, so a calendar that imported the file updates the same event. */
export function eventUid(offerId: string, index: number): string {
	return `${encodeURIComponent(offerId)}-${index}@mantelzorgkaart`;
}

/**
 * ical-generator writes a plain Date in the time zone of the machine running the build;
 * a luxon DateTime in Amsterdam makes the written wall-clock time independent of it.
 */
const inAmsterdam = (instant: Date) => DateTime.fromJSDate(instant, { zone: TIME_ZONE });

/**
 * Midnight today in Amsterdam: the default "now" of a calendar file. Every page built on
 * the same day then agrees on which offers have a calendar, so a link to a file and the
 * file itself cannot disagree halfway through a build, and today's meeting is still in it.
 */
export function startOfToday(): Date {
	return amsterdamInstant(amsterdamDate(new Date()), '00:00');
}

/** The first meeting of a schedule at or after `now`, if it has one. */
function firstMeeting(schedule: Schedule, now: Date) {
	return nextOccurrences([schedule], now, 1)[0];
}

/** Whether the offer gets a calendar file: a group that meets, with a meeting still to come. */
export function hasCalendar(
	offer: Pick<Offer, 'kind' | 'schedules'>,
	now: Date = startOfToday()
): boolean {
	return meetingSchedules(offer).some((schedule) => firstMeeting(schedule, now) !== undefined);
}

/** The last second of `valid_to` in Amsterdam: UNTIL includes a meeting on that day. */
function lastMoment(validTo: string): Date {
	return new Date(amsterdamInstant(validTo, '23:59').getTime() + 59_000);
}

function eventDescription(offer: Offer, schedule: Schedule, pageUrl: string | undefined): string {
	const phones = (offer.phones ?? []).map((phone) =>
		phone.description
			? `Telefoon (${phone.description}): ${phone.number}`
			: `Telefoon: ${phone.number}`
	);
	return [
		offer.summary,
		schedule.description,
		describeSchedule(schedule),
		...phones,
		pageUrl && `Meer informatie: ${pageUrl}`
	]
		.filter((line): line is string => Boolean(line))
		.map(plainText)
		.join('\n');
}

function eventLocation(
	offer: Offer,
	geometry: OfferFeature['geometry']
): ICalEventData['location'] {
	const geo = geometry ? { lat: geometry.coordinates[1], lon: geometry.coordinates[0] } : undefined;
	if (offer.address)
		return { title: plainText(addressLine(offer.address)), ...(geo ? { geo } : {}) };
	return geo ? { geo } : null;
}

/**
 * One VEVENT per schedule that still has a meeting at or after `now` (default: the start
 * of today): a recurring schedule is one event with an RRULE whose DTSTART is its next
 * meeting, a single date is one event. Null exactly when `hasCalendar` is false: the kind
 * does not meet, there are no schedules, or every schedule has ended.
 *
 * `siteUrl` undefined (no `siteUrl` in site.json): the event has no URL and no link,
 * rather than a link to a host that is not the site.
 */
export function offerToICalendar(
	offer: Offer,
	geometry: OfferFeature['geometry'],
	siteUrl: string | undefined,
	now: Date = startOfToday()
): string | null {
	const pageUrl = offerUrl(offer.id, siteUrl);
	const events = meetingSchedules(offer).flatMap((schedule, index): ICalEventData[] => {
		const first = firstMeeting(schedule, now);
		if (!first) return [];
		const until = schedule.valid_to === undefined ? undefined : lastMoment(schedule.valid_to);
		return [
			{
				id: eventUid(offer.id, index),
				stamp: now,
				start: inAmsterdam(first.start),
				end: inAmsterdam(first.end),
				timezone: TIME_ZONE,
				repeating: isRecurring(schedule) ? scheduleRule(schedule, until) : null,
				summary: plainText(offer.name),
				location: eventLocation(offer, geometry),
				description: eventDescription(offer, schedule, pageUrl),
				// The URL parser drops tabs and line breaks, so the value stays one line.
				url: pageUrl ? new URL(pageUrl).href : null
			}
		];
	});
	if (events.length === 0) return null;
	return ical({
		prodId: { company: 'Mantelzorgkaart', product: 'Mantelzorgkaart', language: 'NL' },
		// ical-generator writes NAME and X-WR-CALNAME without escaping: escaped here.
		name: escapeText(offer.name),
		// No calendar-wide time zone: DTSTAMP must stay in UTC. The generator adds the
		// VTIMEZONE for the events' TZID.
		timezone: { name: null, generator: getVtimezoneComponent },
		events
	}).toString();
}
