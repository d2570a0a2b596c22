/**
 * /kaart end to end: the map reaches idle in headless Chromium (WebGL on SwiftShader), its
 * markers account for every offer with a place, clusters zoom in, a marker selects its list
 * item, and the landing page never loads MapLibre.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { effectiveNeeds } from '../../src/lib/data';
import { axeViolations, baseUrl, hydrated, useBrowser } from './harness';
import { dataset, offers, wijkByName } from './example-data';

const { open } = useBrowser();

const withPlace = dataset.offers.filter((f) => f.geometry).length;
const withoutPlace = dataset.offers.length - withPlace;

const MAP = '[data-map-state]';
// SwiftShader is slow: the first idle can take a while on two cores.
const IDLE_TIMEOUT = 45_000;

async function mapIdle(page: Page) {
	await page.waitForSelector(`${MAP}[data-map-state="idle"]`, { timeout: IDLE_TIMEOUT });
}

/** The offers the rendered markers stand for: cluster counts plus offers per place. */
function markerTotal(page: Page) {
	return page.$$eval('[data-map-marker="cluster"], [data-map-marker="place"]', (buttons) =>
		buttons.reduce((sum, b) => sum + Number((b as HTMLElement).dataset.count), 0)
	);
}

const markerKeys = (page: Page) =>
	page.$$eval('[data-map-key]', (buttons) =>
		buttons.map((b) => (b as HTMLElement).dataset.mapKey).sort()
	);
const zoomOf = (page: Page) => page.$eval(MAP, (el) => Number((el as HTMLElement).dataset.mapZoom));

/** Waits until the map has moved away from `zoom` and settled. */
async function settledAfter(page: Page, zoom: number) {
	await page.waitForFunction(
		([selector, before]) => {
			const el = document.querySelector<HTMLElement>(selector as string);
			return !!el && el.dataset.mapState === 'idle' && Number(el.dataset.mapZoom) !== before;
		},
		[MAP, zoom] as const,
		{ timeout: IDLE_TIMEOUT }
	);
}

describe('/kaart', () => {
	it('reaches idle with markers for every offer that has a place, and wijk names on the map', async () => {
		const { page } = await open('/kaart');
		await mapIdle(page);
		expect(await markerTotal(page)).toBe(withPlace);
		const labels = await page.$$eval('[data-wijk-label]', (els) =>
			els.map((e) => e.textContent?.trim())
		);
		expect(labels.sort()).toEqual(
			dataset.areas.features
				.filter((f) => f.properties.type === 'wijk')
				.map((f) => f.properties.name)
				.sort()
		);
		expect(
			await page.getByRole('heading', { name: `Zonder vaste plek: ${withoutPlace}` }).count()
		).toBe(1);
		expect(await page.locator('#naast-de-kaart li[id^="aanbod-"]').count()).toBe(
			dataset.offers.length
		);
		// The markers are real buttons inside the labelled map.
		const map = page.getByRole('region', { name: /Kaart van de hulp in/ });
		expect(
			await map.getByRole('button', { name: /^Groep van \d+: zoom in$/ }).count()
		).toBeGreaterThan(0);

		// No marker hides a wijk name, and no name hides a marker.
		const overlapping = await page.evaluate(() => {
			const boxes = (selector: string) =>
				[...document.querySelectorAll(selector)]
					.filter((el) => getComputedStyle(el).visibility !== 'hidden')
					.map((el) => el.getBoundingClientRect());
			const markers = boxes('[data-map-marker]');
			return boxes('[data-wijk-label]').filter((l) =>
				markers.some(
					(m) => l.left < m.right && m.left < l.right && l.top < m.bottom && m.top < l.bottom
				)
			).length;
		});
		expect(overlapping).toBe(0);

		mkdirSync('test-results', { recursive: true });
		await page.locator('.map-column').screenshot({ path: 'test-results/kaart.png' });
	});

	it('zooms into a cluster on click', async () => {
		const { page } = await open('/kaart');
		await hydrated(page);
		await mapIdle(page);
		const before = await markerKeys(page);
		const zoom = await zoomOf(page);
		const cluster = page.locator('[data-map-marker="cluster"]').first();
		await cluster.click();
		await settledAfter(page, zoom);
		expect(await zoomOf(page)).toBeGreaterThan(zoom);
		expect(await markerKeys(page)).not.toEqual(before);
	});

	it('selects the list item of a clicked marker: it gets focus', async () => {
		const { page } = await open('/kaart');
		await hydrated(page);
		await mapIdle(page);
		// Zoom in until a single-offer marker is in view.
		let place = page.locator('[data-map-marker="place"][data-count="1"]').first();
		while ((await place.count()) === 0) {
			const zoom = await zoomOf(page);
			await page.locator('[data-map-marker="cluster"]').first().click();
			await settledAfter(page, zoom);
			place = page.locator('[data-map-marker="place"][data-count="1"]').first();
		}
		const id = await place.getAttribute('data-offer-ids');
		const name = offers.find((o) => o.id === id)!.name;
		expect(await place.getAttribute('aria-label')).toBe(name);
		await place.click();
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`aanbod-${id}`);
		expect(
			await page.locator(`[data-map-key][aria-current="true"]`).getAttribute('data-offer-ids')
		).toBe(id);
	});

	it('opens a cluster from the keyboard and puts focus on what it split into', async () => {
		const { page } = await open('/kaart');
		await hydrated(page);
		await mapIdle(page);
		const zoom = await zoomOf(page);
		await page.locator('[data-map-marker="cluster"]').first().focus();
		await page.keyboard.press('Enter');
		await settledAfter(page, zoom);
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-map-marker')))
			.toMatch(/^(cluster|place)$/);
	});

	it('pans and zooms with the keyboard on the map itself', async () => {
		const { page } = await open('/kaart');
		await hydrated(page);
		await mapIdle(page);
		const zoom = await zoomOf(page);
		await page.locator('canvas.maplibregl-canvas').focus();
		await page.keyboard.press('+');
		await settledAfter(page, zoom);
		expect(await zoomOf(page)).toBeGreaterThan(zoom);
	});

	it('jumps instead of flying when the visitor asks for less motion', async () => {
		const { page } = await open('/kaart', { reducedMotion: 'reduce' });
		await hydrated(page);
		await mapIdle(page);
		const zoom = await zoomOf(page);
		await page.locator('[data-map-marker="cluster"]').first().click();
		// A jump is over within the click; a flight would still be under way.
		expect(await zoomOf(page)).toBeGreaterThan(zoom);
	});

	it('lists offers that share an address in a panel, none hidden', async () => {
		const wijk = wijkByName('Westerkwartier').code;
		const { page } = await open(`/kaart?wijk=${wijk}`);
		await hydrated(page);
		await mapIdle(page);
		const shared = page.locator('[data-map-marker="place"]:not([data-count="1"])');
		while ((await shared.count()) === 0) {
			const zoom = await zoomOf(page);
			await page.locator('[data-map-marker="cluster"]').first().click();
			await settledAfter(page, zoom);
		}
		const marker = shared.first();
		const ids = (await marker.getAttribute('data-offer-ids'))!.split(' ');
		expect(await marker.getAttribute('aria-label')).toMatch(
			new RegExp(`^${ids.length} keer hulp op `)
		);
		await marker.click();
		const panel = page.getByRole('group', { name: (await marker.getAttribute('aria-label'))! });
		expect(await panel.getByRole('button').count()).toBe(ids.length + 1);
		await panel.locator(`[data-offer-id="${ids[1]}"]`).click();
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.id))
			.toBe(`aanbod-${ids[1]}`);
	});

	it('filters by wijk when a wijk is clicked on the map', async () => {
		const { page } = await open('/kaart');
		await hydrated(page);
		await mapIdle(page);
		const wijk = wijkByName('Westerkwartier');
		await page.locator(MAP).scrollIntoViewIfNeeded();
		const label = await page.locator(`[data-wijk-label="${wijk.code}"]`).boundingBox();
		// Just above the name: the label lets clicks through, a marker might not.
		await page.mouse.click(label!.x + label!.width / 2, label!.y - 4);
		await expect.poll(() => new URL(page.url()).searchParams.get('wijk')).toBe(wijk.code);
		await expect.poll(() => page.locator('#kaart-wijk').inputValue()).toBe(wijk.code);
		const inWijk = dataset.offers.filter(
			(f) => f.geometry && f.properties.wijk === wijk.code
		).length;
		await expect.poll(() => markerTotal(page)).toBe(inWijk);
	});

	it('filters by hulpvraag with the same URL parameters as the results page', async () => {
		const { page } = await open('/kaart?hulp=respijtzorg');
		await hydrated(page);
		await mapIdle(page);
		const respijt = dataset.offers.filter(
			(f) => f.geometry && effectiveNeeds(f.properties).includes('respijtzorg')
		);
		await expect.poll(() => markerTotal(page)).toBe(respijt.length);
		expect(await page.getByLabel('Respijtzorg').isChecked()).toBe(true);
		// The list beside the map shows the same selection, with and without a place.
		const listed = await page.$$eval('#naast-de-kaart li[id^="aanbod-"]', (items) =>
			items.map((li) => li.id.slice('aanbod-'.length))
		);
		const expected = dataset.offers
			.filter((f) => effectiveNeeds(f.properties).includes('respijtzorg'))
			.map((f) => f.properties.id);
		expect(listed.sort()).toEqual(expected.sort());
	});

	it('has no axe violations once the map is idle', async () => {
		const { page } = await open('/kaart');
		await mapIdle(page);
		expect(await axeViolations(page)).toEqual([]);
	}, 120_000);

	it('offers a skip link before the map', async () => {
		const { page } = await open('/kaart');
		await hydrated(page);
		const skip = page.getByRole('link', { name: 'Sla de kaart over' });
		await skip.focus();
		await skip.press('Enter');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('naast-de-kaart');
	});
});

describe('the landing page', () => {
	it('loads no MapLibre code', async () => {
		const { page, requests } = await open('/');
		await hydrated(page);
		await page.waitForLoadState('networkidle');
		expect(requests.filter((url) => /maplibre/i.test(url))).toEqual([]);
		const scripts = requests.filter((url) => url.startsWith(baseUrl) && /\.m?js(\?|$)/.test(url));
		expect(scripts.length).toBeGreaterThan(0);
		for (const url of scripts) {
			const code = await (await fetch(url)).text();
			expect(code, url).not.toMatch(/maplibre/i);
		}
	});
});
