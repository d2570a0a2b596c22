import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '../paraglide/runtime';
import { isWithin } from './distance';
import { locate, type GeolocationLike } from './geolocation';

const pageLocale = getLocale;
afterEach(() => overwriteGetLocale(pageLocale));

const fake = (outcome: { position?: [number, number]; code?: number }): GeolocationLike => ({
	getCurrentPosition(success, error) {
		if (outcome.position)
			success({ coords: { longitude: outcome.position[0], latitude: outcome.position[1] } });
		else error?.({ code: outcome.code ?? 2 });
	}
});

describe('Gebruik mijn locatie', () => {
	it('gives the position as [lon, lat]', async () => {
		expect(await locate(fake({ position: [6.54, 52.76] }))).toEqual({
			status: 'gevonden',
			position: [6.54, 52.76]
		});
	});

	it.each([
		[
			1,
			'geweigerd',
			'U heeft geen toestemming gegeven om uw locatie te gebruiken. Vul een postcode in, of kies een wijk.'
		],
		[2, 'niet-gevonden', 'Uw locatie is niet gevonden. Vul een postcode in, of kies een wijk.'],
		[
			3,
			'te-lang',
			'Het zoeken naar uw locatie duurde te lang. Probeer het opnieuw, of vul een postcode in.'
		]
	] as const)('error code %i gives a plain message (%s)', async (code, status, message) => {
		expect(await locate(fake({ code }))).toEqual({ status, message });
	});

	it('says so when the browser cannot give a location', async () => {
		expect(await locate(undefined)).toEqual({
			status: 'niet-mogelijk',
			message: 'Uw browser kan uw locatie niet doorgeven. Vul een postcode in, of kies een wijk.'
		});
	});

	it('gives the message in the language of the page', async () => {
		overwriteGetLocale(() => 'en');
		expect(await locate(fake({ code: 1 }))).toMatchObject({
			message: expect.stringMatching(/^You did not give permission/)
		});
		overwriteGetLocale(() => 'tr');
		expect(await locate(undefined)).toMatchObject({
			message: expect.stringMatching(/^Tarayıcınız konumunuzu/)
		});
	});
});

describe('binnen 2, 5 of 10 km', () => {
	it('keeps a place within the distance and drops one beyond it', () => {
		expect(isWithin({ delivery: ['ter-plaatse'] }, 1_900, 2)).toBe(true);
		expect(isWithin({ delivery: undefined }, 2_100, 2)).toBe(false);
		expect(isWithin({ delivery: undefined }, 4_900, 5)).toBe(true);
	});

	it('always keeps help that comes to you, by phone or online, and help without a place', () => {
		expect(isWithin({ delivery: ['ter-plaatse', 'aan-huis'] }, 9_000, 2)).toBe(true);
		expect(isWithin({ delivery: ['online'] }, 9_000, 2)).toBe(true);
		expect(isWithin({ delivery: undefined }, undefined, 2)).toBe(true);
	});
});
