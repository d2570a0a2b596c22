/**
 * The SVG plattegrond beyond /kaart: beside the results (same counts as the list, no
 * MapLibre until a zoom click, marker to card), on wijk pages, as the offer page's locator
 * (with a text alternative), and as the coverage map of /overzicht (names that never
 * overlap, shading over the range of the data).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, hydrated, listsWhole, useBrowser } from './harness';
import { GL, IDLE_TIMEOUT, mapLibreLoads } from './gl-map';
import { dataset, offers, wijkByName, wijken } from './example-data';

const { open } = useBrowser();

const SVG = '[data-plattegrond]';
const hasPlace = new Set(dataset.offers.filter((f) => f.geometry).map((f) => f.properties.id));

function markerTotal(page: Page, scope: string) {
	return page.$$eval(
		`${scope} [data-map-marker="cluster"], ${scope} [data-map-marker="place"]`,
		(markers) => markers.reduce((sum, b) => sum + Number((b as HTMLElement).dataset.count), 0)
	);
}

/** The offers listed as results that have a place: what the map beside them must show. */
const listedWithPlace = (page: Page) =>
	page
		.$$eval('.results-list li[id^="aanbod-"]', (items) =>
			items.map((li) => li.id.slice('aanbod-'.length))
		)
		.then((ids) => ids.filter((id) => hasPlace.has(id)));

/** Label boxes that overlap another label, or fall outside the SVG. */
function labelProblems(page: Page) {
	return page.evaluate((selector) => {
		const svg = document.querySelector(selector)!;
		const frame = svg.getBoundingClientRect();
		const labels = [...svg.querySelectorAll('[data-area-label]')].map((el) =>
			el.getBoundingClientRect()
		);
		const hit = (a: DOMRect, b: DOMRect) =>
			a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
		return {
			count: labels.length,
			overlapping: labels.filter((l, i) => labels.slice(i + 1).some((o) => hit(l, o))).length,
			outside: labels.filter(
				(l) =>
					l.left < frame.left ||
					l.right > frame.right ||
					l.top < frame.top ||
					l.bottom > frame.bottom
			).length
		};
	}, SVG);
}

describe('the results page', () => {
	it('shows the SVG beside the list with the same offers, and loads MapLibre only on a zoom click', async () => {
		const { page, requests } = await open('/resultaten?hulp=respijtzorg');
		await listsWhole(page);
		await page.waitForLoadState('networkidle');
		const listed = await listedWithPlace(page);
		expect(listed.length).toBeGreaterThan(0);
		await expect.poll(() => markerTotal(page, SVG)).toBe(listed.length);
		expect(await mapLibreLoads(requests)).toEqual([]);

		await page.getByRole('button', { name: 'Inzoomen' }).click();
		await page.waitForSelector(`${GL}[data-map-state="idle"]`, { timeout: IDLE_TIMEOUT });
		await page.waitForSelector('[data-map-mode="gl"]', { timeout: IDLE_TIMEOUT });
		expect((await mapLibreLoads(requests)).length).toBeGreaterThan(0);
		const onGl = await page.$$eval(`${GL} [data-map-marker="place"]`, (markers) =>
			markers.flatMap((m) => (m as HTMLElement).dataset.offerIds!.split(' '))
		);
		expect(onGl.filter((id) => !listed.includes(id))).toEqual([]);
	});

	it('a marker on the SVG focuses its card', async () => {
		const { page } = await open('/resultaten?hulp=respijtzorg');
		await hydrated(page);
		const place = page.locator(`${SVG} [data-map-marker="place"]`).first();
		const id = (await place.getAttribute('data-offer-ids'))!.split(' ')[0];
		await place.click();
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`aanbod-${id}`);
	});

	for (const path of ['/resultaten?hulp=respijtzorg', '/ar/resultaten?hulp=respijtzorg']) {
		it(`has no axe violations on the SVG view of ${path}`, async () => {
			const { page } = await open(path);
			await hydrated(page);
			await expect.poll(() => page.locator(SVG).count()).toBe(1);
			expect(await axeViolations(page)).toEqual([]);
		}, 120_000);
	}
});

describe('a wijk page', () => {
	it('shows the wijk on the plattegrond with its offers, and links to the neighbouring wijken, also without JavaScript', async () => {
		const wijk = wijkByName('Westerkwartier');
		const { page } = await open(`/wijk/${wijk.code}`, { javaScriptEnabled: false });
		const inWijk = dataset.offers.filter(
			(f) =>
				f.geometry && f.properties.wijk === wijk.code && f.properties.id !== dataset.site.steunpunt
		);
		expect(await markerTotal(page, SVG)).toBe(inWijk.length);
		const links = await page
			.locator(`${SVG} a:has([data-area])`)
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(links).toContain(`/wijk/${wijk.code}`);
		expect(links.length).toBeGreaterThan(1);
		// Markers lead to the offer's own page: the cards here have no anchors.
		const hrefs = await page
			.locator(`${SVG} a[data-map-marker]`)
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(hrefs.length).toBeGreaterThan(0);
		for (const href of hrefs) expect(href).toMatch(/^\/aanbod\/[a-z0-9-]+$/);
	});
});

describe('the offer page locator', () => {
	it('shows where the offer is, with a text alternative', async () => {
		const offer = offers.find((o) => hasPlace.has(o.id) && o.address && o.wijk)!;
		const wijk = wijken.find((w) => w.code === offer.wijk)!;
		const { page } = await open(`/aanbod/${offer.id}`);
		const locator = page.getByRole('img', { name: `Kaartje: waar ${offer.name} is` });
		expect(await locator.count()).toBe(1);
		expect(await locator.locator('desc').textContent()).toContain(wijk.name);
		expect(await locator.locator('[data-map-marker="location"]').count()).toBe(1);
		// It sits with the address and "Plan uw route", under "Waar".
		expect(await page.getByRole('link', { name: /Plan uw route/ }).count()).toBe(1);
		expect(await axeViolations(page)).toEqual([]);
	});
});

describe('the coverage plattegrond on /overzicht', () => {
	it('shades each wijk over the range of the data and names them without overlap', async () => {
		const { page } = await open('/overzicht');
		await hydrated(page);
		mkdirSync('test-results', { recursive: true });
		const problems = await labelProblems(page);
		expect(problems.count).toBeGreaterThan(0);
		expect(problems.overlapping).toBe(0);
		expect(problems.outside).toBe(0);
		const opacities = await page.$$eval(`${SVG} .shade`, (paths) =>
			paths.map((p) => Number(getComputedStyle(p).fillOpacity))
		);
		expect(opacities.length).toBe(wijken.length);
		// The range of the data: the wijk that lacks least is lightest, the one that lacks most darkest.
		expect(Math.min(...opacities)).toBeCloseTo(0.08, 2);
		expect(Math.max(...opacities)).toBeCloseTo(0.58, 2);
		const range = page.locator('p', {
			hasText: /Lichtst: \d+ ontbreken\. Donkerst: \d+ ontbreken\./
		});
		expect(await range.count()).toBe(1);
		await page.locator(SVG).screenshot({ path: 'test-results/overzicht-plattegrond.png' });
	});
});
