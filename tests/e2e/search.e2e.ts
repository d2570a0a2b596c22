/**
 * Free-text search, postcode, "Gebruik mijn locatie" and the distance filter, clicked
 * through on the built site. The harness fails a test on any request to another host.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, hydrated, listsWhole, useBrowser } from './harness';
import { offers, wijkByName } from './example-data';

const { open } = useBrowser();

const alzheimercafes = offers.filter((o) => /^Alzheimercafé/.test(o.name)).map((o) => o.id);
/** The centre of postcode 9992 BA, in De Haven (data/postcodes.json). */
const deHaven = { longitude: 6.540801, latitude: 52.752978 };

const cards = (page: Page) => page.locator('#gevonden ~ ol article');

/** "850 m" → 850, "1,2 km" → 1200: the distances on the cards, top to bottom. */
async function distancesOnCards(page: Page): Promise<number[]> {
	const texts = await page.locator('#gevonden ~ ol article .distance').allTextContents();
	return texts.map((text) => {
		const match = /([\d.,]+)\s*(km|m)\b/.exec(text.replace(/\./g, ''));
		if (!match) throw new Error(`no distance in "${text}"`);
		const value = Number(match[1]!.replace(',', '.'));
		return match[2] === 'km' ? value * 1000 : value;
	});
}

const isAscending = (values: number[]) =>
	values.every((value, i) => i === 0 || values[i - 1]! <= value);

describe('free-text search', () => {
	it('typing "alzheimer cafe" on the start page shows the Alzheimercafés first, and Enter shows them first in the results', async () => {
		expect(alzheimercafes.length).toBe(2);
		const { page, requests } = await open('/');
		await hydrated(page);
		// The index is not part of the page: it comes with the first query.
		expect(requests.some((url) => url.includes('zoekindex.json'))).toBe(false);

		const field = page.getByLabel('Waar zoekt u hulp bij?');
		await field.pressSequentially('alzheimer cafe', { delay: 20 });
		const preview = page.locator('.preview li[data-offer-id]');
		await expect
			.poll(async () =>
				(
					await preview.evaluateAll((items) =>
						items.slice(0, 2).map((i) => i.getAttribute('data-offer-id'))
					)
				).sort()
			)
			.toEqual([...alzheimercafes].sort());
		expect(requests.filter((url) => url.includes('zoekindex.json')).length).toBe(1);

		await field.press('Enter');
		await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('alzheimer cafe');
		await expect
			.poll(async () =>
				(
					await cards(page).evaluateAll((items) =>
						items.slice(0, 2).map((i) => i.getAttribute('data-offer-id'))
					)
				).sort()
			)
			.toEqual([...alzheimercafes].sort());
		// Each result says why it is there.
		expect(
			await page.locator('#gevonden ~ ol li').first().locator('.reason').textContent()
		).toMatch(/^Past bij: .*alzheimercafé/);
		expect(await page.locator('h1').textContent()).toBe('Alle hulp, gezocht op ‘alzheimer cafe’');
	});

	it('a query narrows the answers, orders by relevance and keeps them in the URL', async () => {
		const { page } = await open('/resultaten?hulp=respijtzorg');
		await listsWhole(page);
		const before = await cards(page).count();
		await page.getByLabel('Zoek in deze hulp').fill('even weg');
		await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
		await expect.poll(() => new URL(page.url()).search).toBe('?hulp=respijtzorg&q=even+weg');
		await listsWhole(page);
		const after = await cards(page).count();
		expect(after).toBeGreaterThan(0);
		expect(after).toBeLessThanOrEqual(before);
		expect(await cards(page).first().getAttribute('data-offer-id')).toBe('vrijwillige-thuisoppas');
		const reasons = await page.locator('.reason').allTextContents();
		expect(reasons.length).toBeGreaterThan(0);
		expect(reasons.every((reason) => reason.startsWith('Past bij: '))).toBe(true);
		expect(reasons.some((reason) => reason.includes('respijtzorg'))).toBe(true);

		// An empty query changes nothing.
		await page.getByRole('link', { name: 'Wis het zoekwoord' }).click();
		await expect.poll(() => new URL(page.url()).search).toBe('?hulp=respijtzorg');
		await expect.poll(() => cards(page).count()).toBe(before);
	});

	it('says plainly when nothing matches', async () => {
		const { page } = await open('/resultaten?q=xyzzyq');
		await hydrated(page);
		await expect.poll(() => page.getByText('Wij vonden niets voor ‘xyzzyq’').count()).toBe(1);
	});
});

describe('distance', () => {
	it('a postcode of a wijk orders the results by distance, and "binnen 2 km" keeps the near ones', async () => {
		const { page } = await open('/resultaten?hulp=emotionele-steun');
		await hydrated(page);
		await page.getByLabel('Afstand vanaf postcode').fill('9992 ba');
		await page.getByRole('button', { name: 'Toon afstand' }).click();
		await expect.poll(() => new URL(page.url()).searchParams.get('pc')).toBe('9992BA');
		await expect.poll(() => page.getByText('postcode 9992 BA (De Haven)').count()).toBe(1);
		await expect.poll(async () => (await distancesOnCards(page)).length).toBeGreaterThan(3);
		const distances = await distancesOnCards(page);
		expect(isAscending(distances), distances.join(', ')).toBe(true);
		expect(new URL(page.url()).searchParams.get('hulp')).toBe('emotionele-steun');

		await page.getByRole('link', { name: 'binnen 2 km' }).click();
		await expect.poll(() => new URL(page.url()).searchParams.get('km')).toBe('2');
		await expect
			.poll(async () => Math.max(...(await distancesOnCards(page))))
			.toBeLessThanOrEqual(2000);
		expect(await page.getByRole('link', { name: 'binnen 2 km' }).getAttribute('aria-current')).toBe(
			'true'
		);
	});

	it('an unknown postcode on the question "Waar woont uw naaste?" gives a plain message and keeps the answers', async () => {
		const { page } = await open('/vragen/waar?voor=partner&hulp=respijtzorg');
		await hydrated(page);
		await page.getByLabel('Postcode van uw naaste').fill('1234 AB');
		await page.getByRole('button', { name: 'Zoek met deze postcode' }).click();
		const message = page.getByText('Postcode 1234 AB kennen wij niet in Voorbeeldstad');
		await expect.poll(() => message.count()).toBe(1);
		const url = new URL(page.url());
		expect(url.pathname).toBe('/vragen/waar');
		expect(url.searchParams.getAll('voor')).toEqual(['partner']);
		expect(url.searchParams.getAll('hulp')).toEqual(['respijtzorg']);
		expect(await page.getByLabel('Postcode van uw naaste').getAttribute('aria-invalid')).toBe(
			'true'
		);
		// What was typed stays, to correct it.
		expect(await page.getByLabel('Postcode van uw naaste').inputValue()).toBe('1234 AB');
		expect(await axeViolations(page)).toEqual([]);

		// A known postcode goes on to the results, with the answers and the postcode.
		await page.getByLabel('Postcode van uw naaste').fill('9992');
		await page.getByRole('button', { name: 'Zoek met deze postcode' }).click();
		await expect.poll(() => new URL(page.url()).pathname).toBe('/resultaten');
		expect(new URL(page.url()).search).toBe('?voor=partner&hulp=respijtzorg&pc=9992');
	});

	it('an unknown postcode in the URL of the results gives the message and keeps the answers', async () => {
		const { page } = await open('/resultaten?voor=partner&hulp=respijtzorg&pc=1234AB');
		await hydrated(page);
		await expect
			.poll(() => page.getByText('Postcode 1234 AB kennen wij niet in Voorbeeldstad').count())
			.toBe(1);
		expect(await page.locator('h1').textContent()).toBe('Even tijd voor uzelf, voor uw partner');
		expect(await cards(page).count()).toBeGreaterThan(0);
		expect(await page.locator('#gevonden ~ ol .distance').count()).toBe(0);
	});

	it('"Gebruik mijn locatie" on the question "Waar woont uw naaste?" shows distances, and the position stays out of the URL', async () => {
		const { page, requests } = await open('/vragen/waar?hulp=respijtzorg', {
			geolocation: deHaven,
			permissions: ['geolocation']
		});
		await hydrated(page);
		await page.getByRole('button', { name: 'Gebruik mijn locatie' }).click();
		await expect.poll(() => new URL(page.url()).pathname).toBe('/resultaten');
		expect(new URL(page.url()).search).toBe('?hulp=respijtzorg');
		await expect.poll(() => page.getByText('uw locatie', { exact: true }).count()).toBe(1);
		await expect.poll(async () => (await distancesOnCards(page)).length).toBeGreaterThan(0);
		expect(isAscending(await distancesOnCards(page))).toBe(true);

		const coordinates = [String(deHaven.longitude), String(deHaven.latitude), '6.54', '52.75'];
		const stored = await page.evaluate(
			() =>
				JSON.stringify({ ...localStorage }) +
				JSON.stringify({ ...sessionStorage }) +
				document.cookie
		);
		for (const value of coordinates) {
			expect(page.url()).not.toContain(value);
			expect(stored).not.toContain(value);
			expect(requests.filter((url) => url.includes(value))).toEqual([]);
		}

		await page.getByRole('button', { name: /Haal weg/ }).click();
		await expect.poll(() => page.locator('#gevonden ~ ol .distance').count()).toBe(0);
	});

	it('a refused location gives a plain message and leaves everything as it was', async () => {
		const { page } = await open('/resultaten?hulp=respijtzorg', {
			permissions: [],
			allowConsole: /geolocation/i
		});
		await listsWhole(page);
		await page.context().clearPermissions();
		const before = await cards(page).count();
		await page.getByRole('button', { name: 'Gebruik mijn locatie' }).click();
		await expect
			.poll(() =>
				page.getByText('U heeft geen toestemming gegeven om uw locatie te gebruiken').count()
			)
			.toBe(1);
		expect(new URL(page.url()).search).toBe('?hulp=respijtzorg');
		expect(await cards(page).count()).toBe(before);
	});
});

describe('accessibility of search and distance', () => {
	it('axe finds no violations on the results with a query and a postcode', async () => {
		const { page } = await open(`/resultaten?hulp=emotionele-steun&q=alzheimer&pc=9992BA&km=5`);
		await listsWhole(page);
		await expect.poll(() => page.getByText('postcode 9992 BA (De Haven)').count()).toBe(1);
		expect(await page.locator('.reason').count()).toBeGreaterThan(0);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('axe finds no violations on the start page with quick results open', async () => {
		const { page } = await open('/');
		await hydrated(page);
		await page.getByLabel('Waar zoekt u hulp bij?').fill('logeren');
		await expect.poll(() => page.locator('.preview li').count()).toBeGreaterThan(0);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('search and postcode work with the keyboard only', async () => {
		const { page } = await open(`/resultaten?wijk=${wijkByName('De Haven').code}`);
		await hydrated(page);
		await page.getByLabel('Zoek in deze hulp').focus();
		await page.keyboard.type('klusjes');
		await page.keyboard.press('Enter');
		await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('klusjes');
		await page.getByLabel('Afstand vanaf postcode').focus();
		await page.keyboard.type('9992BA');
		await page.keyboard.press('Enter');
		await expect.poll(() => new URL(page.url()).searchParams.get('pc')).toBe('9992BA');
		expect(new URL(page.url()).searchParams.get('q')).toBe('klusjes');
	});
});

describe('in another language', () => {
	it('on /en the postcode field, its message, the distance filter and the reasons are in English', async () => {
		const { page } = await open('/en/resultaten?hulp=emotionele-steun&q=alzheimer&pc=1234AB');
		await hydrated(page);
		const field = page.getByLabel('Distance from postcode');
		expect(await page.locator('#postcode-uitleg').textContent()).toBe(
			'For example 1234 AB or 1234'
		);
		const error = page.locator('#postcode-fout');
		await expect
			.poll(() => error.textContent())
			.toBe(
				'Error: We do not know postcode 1234 AB in Voorbeeldstad. Check that the postcode is right, or choose a neighbourhood.'
			);
		expect(await field.getAttribute('aria-invalid')).toBe('true');

		await listsWhole(page);
		const reasons = await page.locator('.reason').allTextContents();
		expect(reasons.length).toBeGreaterThan(0);
		expect(reasons.every((reason) => reason.startsWith('Matches: '))).toBe(true);
		expect(reasons.some((reason) => reason.includes('dementia'))).toBe(true);

		// Checked in the browser, without a page load: a mistake gets a message at once.
		await field.fill('12');
		await page.getByRole('button', { name: 'Other postcode' }).click();
		await expect
			.poll(() => page.getByRole('alert').textContent())
			.toMatch(/^Error: This is not a postcode\./);

		await field.fill('9992 ba');
		await page.getByRole('button', { name: 'Other postcode' }).click();
		await expect.poll(() => new URL(page.url()).searchParams.get('pc')).toBe('9992BA');
		const filter = page.getByRole('group', { name: 'Show help' });
		await expect
			.poll(() => filter.getByRole('link').allTextContents())
			.toEqual(['within 2 km', 'within 5 km', 'within 10 km', 'all distances']);
		expect(await filter.locator('.note').textContent()).toBe(
			'Help that comes to your home, or is by phone or online, is always shown.'
		);
		await filter.getByRole('link', { name: 'within 2 km' }).click();
		await expect
			.poll(() => new URL(page.url()).pathname + new URL(page.url()).searchParams.get('km'))
			.toBe('/en/resultaten2');
		expect(await page.getByRole('button', { name: 'Use my location' }).count()).toBe(1);
		expect(
			await page
				.getByRole('search', { name: 'Search the results' })
				.getByRole('button', { name: 'Search' })
				.count()
		).toBe(1);
	});

	it('on /en "dementia" finds the dementia offers and the Alzheimercafés, and says why in English', async () => {
		const { page } = await open('/en');
		await hydrated(page);
		const field = page.getByLabel('What are you looking for help with?');
		await field.pressSequentially('dementia', { delay: 20 });
		const status = page.locator('.preview .status');
		await expect
			.poll(() => status.textContent())
			.toMatch(/^\d+ results for ‘dementia’\. The first 5:$/);
		expect(await page.locator('.preview li').first().locator('.reason').textContent()).toMatch(
			/^Matches: .*dementia/
		);

		await field.press('Enter');
		await expect
			.poll(() => new URL(page.url()).pathname + new URL(page.url()).search)
			.toBe('/en/resultaten?q=dementia');
		await listsWhole(page);
		const found = await cards(page).evaluateAll((items) =>
			items.map((i) => i.getAttribute('data-offer-id'))
		);
		expect(found).toEqual(expect.arrayContaining(alzheimercafes));
		expect(found.some((id) => id?.includes('dementie'))).toBe(true);

		// No Dutch word is a typo away from this one: only the English label finds these.
		await page.goto(new URL('/en/resultaten?q=forgetfulness', page.url()).href);
		await listsWhole(page);
		expect(
			await cards(page).evaluateAll((items) => items.map((i) => i.getAttribute('data-offer-id')))
		).toEqual(expect.arrayContaining(alzheimercafes));
	});
});
