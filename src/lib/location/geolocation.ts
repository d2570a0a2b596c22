/**
 * "Gebruik mijn locatie": the browser's position, asked only when someone clicks, with a
 * plain message when it does not work. The position is returned to the page and nowhere
 * else: it is never sent, stored or put in the URL.
 */
import type { Position } from '../data/schema';
import { m } from '../i18n';

export type LocateFailure = 'geweigerd' | 'niet-gevonden' | 'te-lang' | 'niet-mogelijk';

export type LocateOutcome =
	{ status: 'gevonden'; position: Position } | { status: LocateFailure; message: string };

const MESSAGES: Record<LocateFailure, () => string> = {
	geweigerd: m.location_denied,
	'niet-gevonden': m.location_not_found,
	'te-lang': m.location_too_slow,
	'niet-mogelijk': m.location_not_possible
};

/** Why the location could not be used, in the page's language. */
export function locateMessage(status: LocateFailure): string {
	return MESSAGES[status]();
}

/** The part of the Geolocation API this needs, so tests can pass a fake. */
export interface GeolocationLike {
	getCurrentPosition(
		success: (position: { coords: { longitude: number; latitude: number } }) => void,
		error?: (error: { code: number }) => void,
		options?: PositionOptions
	): void;
}

const TIMEOUT_MS = 15_000;
/** A position from the last five minutes is good enough for distances to help nearby. */
const MAX_AGE_MS = 5 * 60_000;

export function locate(
	geolocation: GeolocationLike | undefined = globalThis.navigator?.geolocation
): Promise<LocateOutcome> {
	if (!geolocation)
		return Promise.resolve({ status: 'niet-mogelijk', message: locateMessage('niet-mogelijk') });
	return new Promise((resolve) => {
		geolocation.getCurrentPosition(
			({ coords }) =>
				resolve({ status: 'gevonden', position: [coords.longitude, coords.latitude] }),
			// GeolocationPositionError codes: 1 permission denied, 2 position unavailable, 3 timeout.
			({ code }) => {
				const status = code === 1 ? 'geweigerd' : code === 3 ? 'te-lang' : 'niet-gevonden';
				resolve({ status, message: locateMessage(status) });
			},
			{ enableHighAccuracy: false, timeout: TIMEOUT_MS, maximumAge: MAX_AGE_MS }
		);
	});
}
