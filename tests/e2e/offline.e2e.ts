/**
 * Offline once loaded: after one visit the service worker answers every page, the question
 * flow, search and the map without a network, and says so. A page that is not kept gets the
 * site's own offline page in its language. (A new version: update.e2e.ts.)
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/data';
import { dataDate } from '../../src/lib/offline';
import { axeViolations, baseUrl, hydrated, useBrowser } from './harness';
import { offers, steunpunt } from './example-data';

const { open } = useBrowser();

/** Resolves once a service worker controls the page: the site in its default language is then in the cache. */
async function controlled(page: Page) {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
		timeout: 30_000
	});
}

/** A full load (not a client-side navigation) that must be answered by the service worker. */
async function loadFromCache(page: Page, url: string) {
	const response = await page.goto(url);
	expect(response?.fromServiceWorker(), url).toBe(true);
	await hydrated(page);
}

describe('offline once loaded', () => {
	// The newest check date in the data: the visitor's copy can be no newer.
	const notice = `U bent offline; de gegevens zijn van ${formatDate(dataDate(offers.map((o) => o.lastVerified))!)}.`;

	it('after one visit, another offer page, the questions, search and the map work without a network', async () => {
		const { page, context } = await open('/', { serviceWorkers: 'allow' });
		await hydrated(page);
		await controlled(page);
		expect(await page.getByText(notice).count()).toBe(0);

		await context.setOffline(true);
		await expect.poll(() => page.getByText(notice).isVisible()).toBe(true);

		// An offer page this visit never opened.
		const offer = offers.find((o) => o.id !== steunpunt.id && o.kind === 'alzheimercafe')!;
		await loadFromCache(page, `${baseUrl}/aanbod/${offer.id}`);
		expect(await page.locator('h1').textContent()).toBe(offer.name);
		expect(await page.getByText(notice).isVisible()).toBe(true);

		// The question flow, answered by tapping, ends on the results with the answers from the address.
		await loadFromCache(page, `${baseUrl}/vragen/voor-wie`);
		await page.getByRole('button', { name: 'Mijn partner' }).click();
		await expect.poll(() => page.locator('h1').textContent()).toBe('Wat speelt er bij uw naaste?');
		await page.getByLabel('Dementie of vergeetachtigheid').check();
		await page.getByRole('button', { name: 'Verder' }).click();
		await expect.poll(() => page.locator('h1').textContent()).toBe('Waarmee wilt u hulp?');
		await page.getByLabel(/even tijd voor mezelf/).check();
		await page.getByRole('button', { name: 'Verder' }).click();
		await expect.poll(() => page.locator('h1').textContent()).toBe('Waar woont uw naaste?');
		await page.getByRole('button', { name: 'De Haven' }).click();
		await expect
			.poll(() => page.locator('h1').textContent())
			.toBe('Even tijd voor uzelf, voor uw partner met dementie, in De Haven');
		expect(await page.locator('#gevonden ~ ol article').count()).toBeGreaterThan(0);

		// A full load with answers in the query is the same prerendered page.
		await page.reload();
		await hydrated(page);
		await expect
			.poll(() => page.locator('h1').textContent())
			.toBe('Even tijd voor uzelf, voor uw partner met dementie, in De Haven');

		// Search from the start page: the search index comes from the cache too. "geheugen" means dementia.
		await loadFromCache(page, `${baseUrl}/`);
		const field = page.getByLabel(/Waar zoekt u hulp bij/);
		await field.fill('geheugen');
		await field.press('Enter');
		await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('geheugen');
		await expect
			.poll(() => page.locator('h1').textContent())
			.toBe('Alle hulp, gezocht op ‘geheugen’');
		const firstId = await page
			.locator('#gevonden ~ ol article')
			.first()
			.getAttribute('data-offer-id');
		expect(offers.find((o) => o.id === firstId)?.conditions).toContain('dementie');
		expect(await page.getByText(/Zoeken lukt nu niet/).count()).toBe(0);

		// The map: the SVG plattegrond, and after a zoom MapLibre and its worker, all from the cache.
		await loadFromCache(page, `${baseUrl}/kaart`);
		await hydrated(page);
		await page.getByRole('button', { name: 'Inzoomen' }).click();
		// The kept /kaart shows its plattegrond, drawn in the page, with markers.
		await page.waitForSelector('[data-plattegrond] [data-map-marker]');
		expect(await page.locator('[data-map-marker]').count()).toBeGreaterThan(0);
		expect(await page.getByText(notice).isVisible()).toBe(true);

		await context.setOffline(false);
		await expect.poll(() => page.getByText(notice).count()).toBe(0);
	});
});

describe('offline in another language', () => {
	const hasStartPage = (page: Page, path: string) =>
		page.evaluate((p) => caches.match(p).then((response) => response !== undefined), path);

	it('a Dutch visit keeps only the Dutch pages; a visit in English keeps the English pages too', async () => {
		const { page, context } = await open('/', { serviceWorkers: 'allow' });
		await hydrated(page);
		await controlled(page);
		expect(await hasStartPage(page, '/')).toBe(true);
		expect(await hasStartPage(page, '/en')).toBe(false);

		await page.goto(`${baseUrl}/en`);
		await hydrated(page);
		await expect.poll(() => hasStartPage(page, '/en'), { timeout: 30_000 }).toBe(true);

		await context.setOffline(true);
		await loadFromCache(page, `${baseUrl}/en/vragen/voor-wie`);
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
		await loadFromCache(page, `${baseUrl}/en/kaart`);
		expect(await page.locator('[data-plattegrond]').count()).toBe(1);
	});
});

describe('offline, a page that is not kept', () => {
	it("gets the site's offline page in the language of its address, with links that work offline", async () => {
		const { page, context } = await open('/', { serviceWorkers: 'allow' });
		await hydrated(page);
		await controlled(page);
		await context.setOffline(true);

		// English was never visited: its pages are not kept, its offline page is.
		const offer = offers.find((o) => o.id !== steunpunt.id)!;
		await loadFromCache(page, `${baseUrl}/en/aanbod/${offer.id}`);
		expect(await page.locator('h1').textContent()).toBe('You are offline');
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
		await expect
			.poll(() => page.locator('main').textContent())
			.toContain('Without internet these pages are only available in Dutch.');
		expect(await axeViolations(page)).toEqual([]);
		await page.locator('main').getByRole('link', { name: 'Find help' }).click();
		await expect.poll(() => page.locator('h1').textContent()).toBe('Voor wie zorgt u?');

		// A path the site does not have: the Dutch offline page, not the browser's error page.
		await loadFromCache(page, `${baseUrl}/bestaat-niet`);
		expect(await page.locator('h1').textContent()).toBe('U bent offline');
		await page.locator('main').getByRole('link', { name: 'Kaart' }).click();
		await expect.poll(() => new URL(page.url()).pathname).toBe('/kaart');
		// The kept /kaart shows its plattegrond, drawn in the page, with markers.
		await page.waitForSelector('[data-plattegrond] [data-map-marker]');

		// Turkish, never visited either.
		await loadFromCache(page, `${baseUrl}/tr/kaart`);
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('tr');
		expect(await page.locator('h1').textContent()).toBe('Çevrimdışısınız');
	});
});
