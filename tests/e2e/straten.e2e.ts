/**
 * Streets on the plattegrond, served by the site itself (issue 21), on the fixture site
 * `straten` (Echtveld with a basemap of generated tiles in the BRT-Achtergrondkaart's schema,
 * see tests/fixtures/basemap/): the GL map draws the streets under the areas, every tile
 * comes from the site's own origin, and after one visit the same view draws offline.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { muteColour } from '../../src/lib/map/style';
import { axeViolations, baseUrl, hydrated, siteUrl, useBrowser } from './harness';
import { GL, IDLE_TIMEOUT, glIdle } from './gl-map';

const { open } = useBrowser();

const SITE = 'straten';
const style = JSON.parse(readFileSync('tests/fixtures/sites/straten/basemap/style.json', 'utf8'));
const roads = style.layers.find((l: { id: string }) => l.id === 'wegdeellijn');
/** The street colours as the map paints them: muted from the style's own. */
const ROAD_COLOURS: string[] = roads.paint['line-color']
	.filter((v: unknown) => typeof v === 'string' && v.startsWith('#'))
	.map((c: string) => muteColour(c));

/** From the SVG to the GL map, then two steps further in: street level (zoom 14 and more). */
async function zoomToStreets(page: Page) {
	await page.getByRole('button', { name: 'Inzoomen' }).click();
	await glIdle(page);
	for (let step = 0; step < 2; step++) {
		const zoom = Number(await page.locator(GL).getAttribute('data-map-zoom'));
		await page.locator(`${GL} .maplibregl-ctrl-zoom-in`).click();
		await expect
			.poll(async () => Number(await page.locator(GL).getAttribute('data-map-zoom')), {
				timeout: IDLE_TIMEOUT
			})
			.toBeGreaterThan(zoom + 0.5);
		await page.waitForSelector(`${GL}[data-map-state="idle"]`, { timeout: IDLE_TIMEOUT });
	}
	expect(Number(await page.locator(GL).getAttribute('data-map-zoom'))).toBeGreaterThanOrEqual(14);
}

/** How many pixels of the map have a street colour (within a little, for the areas' tint and smoothing). */
async function roadPixels(page: Page): Promise<number> {
	const png = await page.locator(`${GL} .maplibregl-canvas`).screenshot();
	return page.evaluate(
		async ({ data, colours }) => {
			const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
			const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
			const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
			const context = canvas.getContext('2d')!;
			context.drawImage(bitmap, 0, 0);
			const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
			const targets = colours.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
			let count = 0;
			for (let i = 0; i < pixels.length; i += 4)
				if (targets.some((t) => t.every((v, c) => Math.abs(v - pixels[i + c]!) <= 10))) count++;
			return count;
		},
		{ data: png.toString('base64'), colours: ROAD_COLOURS }
	);
}

describe('/kaart with a basemap the site hosts', () => {
	it('draws the streets at street level, with tiles only from the site itself, and credits them', async () => {
		const { page, requests } = await open('/kaart', { site: SITE, reducedMotion: 'reduce' });
		await hydrated(page);
		// The SVG plattegrond stays the first view: no tile before the visitor zooms.
		expect(requests.filter((r) => r.includes('/basemap/'))).toEqual([]);
		await zoomToStreets(page);

		expect(await roadPixels(page)).toBeGreaterThan(500);
		const origin = new URL(siteUrl(SITE)).origin;
		const tiles = requests.filter((r) => /\/tiles\/\d+\/\d+\/\d+\.pbf$/.test(r));
		expect(tiles.some((r) => r.includes('/basemap/tiles/14/'))).toBe(true);
		expect(tiles.every((r) => r.startsWith(`${origin}/basemap/tiles/`))).toBe(true);
		expect(requests.every((r) => r.startsWith(origin) || /^(data|blob):/.test(r))).toBe(true);
		expect(await page.locator(`${GL} .maplibregl-ctrl-attrib-inner`).textContent()).toContain(
			'Testtegels in het schema van de BRT-Achtergrondkaart'
		);
		// Markers stay on top of the streets.
		expect(await page.locator(`${GL} [data-map-marker]`).count()).toBeGreaterThan(0);
		mkdirSync('test-results', { recursive: true });
		await page.locator('.map-column').screenshot({ path: 'test-results/straten-kaart.png' });
	});

	it('draws the same streets on the results page, not only on /kaart', async () => {
		const { page } = await open('/resultaten', { site: SITE, reducedMotion: 'reduce' });
		await hydrated(page);
		await zoomToStreets(page);
		expect(await roadPixels(page)).toBeGreaterThan(500);
	});

	it('keeps the wijken clickable over the streets', async () => {
		const { page } = await open('/kaart', { site: SITE, reducedMotion: 'reduce' });
		await hydrated(page);
		await page.getByRole('button', { name: 'Inzoomen' }).click();
		await glIdle(page);
		// A point near the middle where the canvas itself (no marker) is under the pointer.
		const point = await page.locator(`${GL} .maplibregl-canvas`).evaluate((canvas) => {
			const box = canvas.getBoundingClientRect();
			for (const [fx, fy] of [
				[0.5, 0.5],
				[0.4, 0.55],
				[0.6, 0.45],
				[0.45, 0.4],
				[0.55, 0.6]
			]) {
				const x = box.left + box.width * fx!;
				const y = box.top + box.height * fy!;
				if (document.elementFromPoint(x, y) === canvas) return { x, y };
			}
			return undefined;
		});
		expect(point).toBeDefined();
		await page.mouse.click(point!.x, point!.y);
		await expect.poll(() => new URL(page.url()).searchParams.get('wijk')).toMatch(/^WK9988\d\d$/);
	});

	it('has no axe violations with the streets shown', async () => {
		const { page } = await open('/kaart', { site: SITE, reducedMotion: 'reduce' });
		await hydrated(page);
		await zoomToStreets(page);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('after one visit, offline, draws the same view again', async () => {
		const { page, context } = await open('/kaart', {
			site: SITE,
			serviceWorkers: 'allow',
			reducedMotion: 'reduce'
		});
		await hydrated(page);
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
			timeout: 30_000
		});
		await zoomToStreets(page);
		expect(await roadPixels(page)).toBeGreaterThan(500);
		// The viewed tiles are in the service worker's own cache, not only in the browser's.
		const kept = await page.evaluate(async () => {
			const name = (await caches.keys()).find((n) => n.startsWith('mzk-ondergrond-'));
			const keys = name ? await (await caches.open(name)).keys() : [];
			return keys.map((r) => new URL(r.url).pathname);
		});
		expect(kept).toContain('/basemap/style.json');
		expect(kept.filter((p) => p.startsWith('/basemap/tiles/14/')).length).toBeGreaterThan(0);

		await context.setOffline(true);
		const response = await page.reload();
		expect(response?.fromServiceWorker()).toBe(true);
		await hydrated(page);
		await zoomToStreets(page);
		expect(await roadPixels(page)).toBeGreaterThan(500);
	});

	it('serves tiles as protobuf (npm start), and leaves Voorbeeldstad, an invented gemeente, without streets', async () => {
		const tile = await fetch(`${siteUrl(SITE)}/basemap/tiles/14/8491/5355.pbf`);
		expect(tile.headers.get('content-type')).toBe('application/x-protobuf');
		expect((await fetch(`${baseUrl}/basemap/style.json`)).status).toBe(404);
	});
});
