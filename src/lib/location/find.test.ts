import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getLocale, overwriteGetLocale } from '../paraglide/runtime';
import { findPostcode } from './find';
import { LOCATIESERVER_URL, lookupPostcodeAtPdok, pdokPostcodeUrl } from './pdok';
import { parsePostcode } from './postcode';
import { postcodeFileSchema, toPostcodeTable } from './postcode-file';

const file = postcodeFileSchema.parse(JSON.parse(readFileSync('data/postcodes.json', 'utf8')));
const offline = toPostcodeTable(file, false);
const online = toPostcodeTable(file, true);
const recorded = (name: string) =>
	readFileSync(new URL(`../../../tests/fixtures/pdok/${name}`, import.meta.url), 'utf8');
const answer = (body: string, status = 200) =>
	vi.fn(
		async () => new Response(body, { status, headers: { 'content-type': 'application/json' } })
	);
const gemeente = 'Voorbeeldstad';

const pageLocale = getLocale;
afterEach(() => overwriteGetLocale(pageLocale));

describe('the PDOK Locatieserver, on recorded answers', () => {
	it('asks for one postcode of type postcode', () => {
		const url = new URL(pdokPostcodeUrl(parsePostcode('9993 ab')!));
		expect(url.origin + url.pathname).toBe(LOCATIESERVER_URL);
		expect(url.searchParams.get('q')).toBe('9993AB');
		expect(url.searchParams.get('fq')).toBe('type:postcode');
		expect(url.searchParams.get('rows')).toBe('1');
	});

	it('reads the centre from centroide_ll', async () => {
		const fetch = answer(recorded('locatieserver-postcode-9993AB.json'));
		expect(await lookupPostcodeAtPdok(parsePostcode('9993AB')!, fetch)).toEqual([
			6.57511742, 52.75844016
		]);
		expect(fetch).toHaveBeenCalledOnce();
	});

	it('gives null when PDOK does not know the postcode', async () => {
		expect(
			await lookupPostcodeAtPdok(
				parsePostcode('9993ZZ')!,
				answer(recorded('locatieserver-leeg.json'))
			)
		).toBeNull();
	});

	it('never asks for four digits alone: PDOK has postcodes of six', async () => {
		const fetch = answer(recorded('locatieserver-leeg.json'));
		expect(await lookupPostcodeAtPdok(parsePostcode('9993')!, fetch)).toBeNull();
		expect(fetch).not.toHaveBeenCalled();
	});

	it('fails with a plain message when PDOK cannot be reached or answers strangely', async () => {
		const unreachable = vi.fn(async () => {
			throw new TypeError('fetch failed');
		});
		await expect(lookupPostcodeAtPdok(parsePostcode('9993AB')!, unreachable)).rejects.toThrow(
			/kan nu niet worden opgezocht/
		);
		await expect(lookupPostcodeAtPdok(parsePostcode('9993AB')!, answer('{}', 200))).rejects.toThrow(
			/kan nu niet/
		);
		await expect(lookupPostcodeAtPdok(parsePostcode('9993AB')!, answer('', 503))).rejects.toThrow(
			/kan nu niet/
		);
	});
});

describe('from what someone typed to a place', () => {
	it('finds a postcode of the file without asking PDOK, even when PDOK is on', async () => {
		const fetch = answer(recorded('locatieserver-postcode-9993AB.json'));
		const outcome = await findPostcode('9991 aa', online, { gemeente, fetch });
		expect(outcome).toMatchObject({
			status: 'gevonden',
			place: { precision: 'pc6', wijk: 'WK999901' }
		});
		expect(fetch).not.toHaveBeenCalled();
	});

	it('asks PDOK for a PC6 that is not in the file, only when switched on, and keeps the PC4 wijk', async () => {
		const fetch = answer(recorded('locatieserver-postcode-9993AB.json'));
		expect(await findPostcode('9993AB', online, { gemeente, fetch })).toEqual({
			status: 'gevonden',
			place: {
				postcode: parsePostcode('9993AB'),
				position: [6.57511742, 52.75844016],
				wijk: 'WK999903',
				precision: 'pc6'
			}
		});
		const untouched = answer(recorded('locatieserver-postcode-9993AB.json'));
		expect(await findPostcode('9993AB', offline, { gemeente, fetch: untouched })).toMatchObject({
			status: 'gevonden',
			place: { precision: 'pc4' }
		});
		expect(untouched).not.toHaveBeenCalled();
	});

	it('uses the PC4 area when PDOK is unreachable', async () => {
		const unreachable = vi.fn(async () => {
			throw new TypeError('offline');
		});
		expect(await findPostcode('9993AB', online, { gemeente, fetch: unreachable })).toMatchObject({
			status: 'gevonden',
			place: { precision: 'pc4' }
		});
		expect(await findPostcode('1012AB', online, { gemeente, fetch: unreachable })).toMatchObject({
			status: 'offline'
		});
	});

	it('says plainly when a postcode is wrong or unknown', async () => {
		const fetch = answer(recorded('locatieserver-leeg.json'));
		expect(await findPostcode('12345', offline, { gemeente, fetch })).toEqual({
			status: 'ongeldig',
			message:
				'Dit is geen postcode. Een postcode heeft 4 cijfers en vaak 2 letters, bijvoorbeeld 1234 AB.'
		});
		expect(await findPostcode('1012 js', offline, { gemeente, fetch })).toEqual({
			status: 'onbekend',
			message:
				'Postcode 1012 JS kennen wij niet in Voorbeeldstad. Kijk of de postcode klopt, of kies een wijk.'
		});
		expect(await findPostcode('1012 js', online, { gemeente, fetch })).toMatchObject({
			status: 'onbekend'
		});
	});

	it('says it in the language of the page', async () => {
		const fetch = answer(recorded('locatieserver-leeg.json'));
		overwriteGetLocale(() => 'en');
		expect(await findPostcode('12345', offline, { gemeente, fetch })).toMatchObject({
			message: expect.stringMatching(/^This is not a postcode\./)
		});
		expect(await findPostcode('1012 js', offline, { gemeente, fetch })).toMatchObject({
			message:
				'We do not know postcode 1012 JS in Voorbeeldstad. Check that the postcode is right, or choose a neighbourhood.'
		});
		overwriteGetLocale(() => 'ar');
		await expect(lookupPostcodeAtPdok(parsePostcode('9993AB')!, answer('', 503))).rejects.toThrow(
			/لا يمكن البحث عن الرمز البريدي/
		);
	});
});
