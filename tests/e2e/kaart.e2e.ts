/**
 * /kaart end to end: the prerendered SVG plattegrond is the first view (markers for every
 * offer with a place, names that never overlap, links that work without script), MapLibre
 * and its worker load only on the first zoom, and then show the same markers; a marker
 * selects its list item on both; without WebGL the SVG stays.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { effectiveNeeds } from '../../src/lib/data';
import { axeViolations, baseUrl, hydrated, listsWhole, useBrowser } from './harness';
import { GL, IDLE_TIMEOUT, glIdle, mapLibreLoads } from './gl-map';
import { dataset, offers, wijkByName } from './example-data';

const { open } = useBrowser();

const withPlace = dataset.offers.filter((f) => f.geometry).length;
const withoutPlace = dataset.offers.length - withPlace;
const wijken = dataset.areas.features.filter((f) => f.properties.type === 'wijk');
const respijt = dataset.offers.filter(
	(f) => f.geometry && effectiveNeeds(f.properties).includes('respijtzorg')
);

const SVG = '[data-plattegrond]';

/** The offers the markers inside `scope` stand for: cluster counts plus offers per place. */
function markerTotal(page: Page, scope: string) {
	return page.$$eval(
		`${scope} [data-map-marker="cluster"], ${scope} [data-map-marker="place"]`,
		(markers) => markers.reduce((sum, b) => sum + Number((b as HTMLElement).dataset.count), 0)
	);
}

const zoomOf = (page: Page) => page.$eval(GL, (el) => Number((el as HTMLElement).dataset.mapZoom));

/** Waits until the GL map has moved away from `zoom` and settled. */
async function settledAfter(page: Page, zoom: number) {
	await page.waitForFunction(
		([selector, before]) => {
			const el = document.querySelector<HTMLElement>(selector as string);
			return !!el && el.dataset.mapState === 'idle' && Number(el.dataset.mapZoom) !== before;
		},
		[GL, zoom] as const,
		{ timeout: IDLE_TIMEOUT }
	);
}

/** Drags the SVG a little: the GL map takes over at the same view, without zooming. */
async function dragMap(page: Page) {
	const box = (await page.locator(SVG).boundingBox())!;
	const [x, y] = [box.x + box.width / 2, box.y + 12];
	await page.mouse.move(x, y);
	await page.mouse.down();
	await page.mouse.move(x + 30, y + 10, { steps: 4 });
	await page.mouse.up();
}

/** Boxes of the visible names and markers of the SVG, and how many of them overlap. */
function overlaps(page: Page) {
	return page.evaluate((selector) => {
		const svg = document.querySelector(selector)!;
		const boxes = (s: string) =>
			[...svg.querySelectorAll(s)].map((el) => el.getBoundingClientRect());
		const hit = (a: DOMRect, b: DOMRect) =>
			a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
		const labels = boxes('[data-area-label]');
		const markers = boxes('[data-map-marker]');
		const frame = svg.getBoundingClientRect();
		return {
			labels: labels.length,
			overlapping:
				labels.filter((l, i) => labels.slice(i + 1).some((o) => hit(l, o))).length +
				labels.filter((l) => markers.some((m) => hit(l, m))).length,
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

describe('/kaart: the SVG plattegrond', () => {
	it('shows a marker for every offer with a place and wijk names that never overlap, without loading MapLibre', async () => {
		const { page, requests } = await open('/kaart');
		await listsWhole(page);
		await page.waitForLoadState('networkidle');
		expect(await markerTotal(page, SVG)).toBe(withPlace);
		expect(await page.locator(SVG).getAttribute('data-count')).toBe(String(withPlace));
		const found = await overlaps(page);
		expect(found.labels).toBeGreaterThan(wijken.length / 2);
		expect(found.overlapping).toBe(0);
		expect(found.outside).toBe(0);
		expect(
			await page.getByRole('heading', { name: `Zonder vaste plek: ${withoutPlace}` }).count()
		).toBe(1);
		expect(await page.locator('#naast-de-kaart li[id^="aanbod-"]').count()).toBe(
			dataset.offers.length
		);
		expect(await mapLibreLoads(requests)).toEqual([]);
		mkdirSync('test-results', { recursive: true });
		await page.locator('.map-column').screenshot({ path: 'test-results/kaart-svg.png' });
	});

	it('redraws for a filter with the same URL parameters as the results page, still without MapLibre', async () => {
		const { page, requests } = await open('/kaart?hulp=respijtzorg');
		await hydrated(page);
		await expect.poll(() => markerTotal(page, SVG)).toBe(respijt.length);
		expect(await page.getByLabel('Respijtzorg').isChecked()).toBe(true);
		await listsWhole(page);
		const listed = await page.$$eval('#naast-de-kaart li[id^="aanbod-"]', (items) =>
			items.map((li) => li.id.slice('aanbod-'.length))
		);
		const expected = dataset.offers
			.filter((f) => effectiveNeeds(f.properties).includes('respijtzorg'))
			.map((f) => f.properties.id);
		expect(listed.sort()).toEqual(expected.sort());
		// Another filter, chosen on the page, redraws the SVG.
		await page.getByLabel('Educatie').check();
		const both = dataset.offers.filter(
			(f) =>
				f.geometry &&
				effectiveNeeds(f.properties).some((n) => n === 'respijtzorg' || n === 'educatie')
		);
		await expect.poll(() => markerTotal(page, SVG)).toBe(both.length);
		expect(await mapLibreLoads(requests)).toEqual([]);
	});

	it('filters by wijk when a wijk is clicked on the SVG', async () => {
		const { page } = await open('/kaart');
		await hydrated(page);
		const wijk = wijkByName('Westerkwartier');
		// The name lets clicks through to the wijk under it.
		const label = (await page.locator(`${SVG} [data-area-label="${wijk.code}"]`).boundingBox())!;
		await page.mouse.click(label.x + label.width / 2, label.y + label.height / 2);
		await expect.poll(() => new URL(page.url()).searchParams.get('wijk')).toBe(wijk.code);
		await expect.poll(() => page.locator('#kaart-wijk').inputValue()).toBe(wijk.code);
		const inWijk = dataset.offers.filter(
			(f) => f.geometry && f.properties.wijk === wijk.code
		).length;
		await expect.poll(() => markerTotal(page, SVG)).toBe(inWijk);
	});

	it('a marker on the SVG focuses its card', async () => {
		const { page, requests } = await open('/kaart?hulp=respijtzorg');
		await hydrated(page);
		const place = page.locator(`${SVG} [data-map-marker="place"][data-count="1"]`).first();
		const id = await place.getAttribute('data-offer-ids');
		expect(await place.getAttribute('aria-label')).toBe(offers.find((o) => o.id === id)!.name);
		await place.click();
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`aanbod-${id}`);
		expect(await place.getAttribute('aria-current')).toBe('true');
		expect(await mapLibreLoads(requests)).toEqual([]);
	});

	for (const path of ['/kaart', '/ar/kaart']) {
		it(`has no axe violations on ${path}`, async () => {
			const { page } = await open(path);
			await hydrated(page);
			expect(await axeViolations(page)).toEqual([]);
		}, 120_000);
	}

	it('offers a skip link before the map', async () => {
		const { page } = await open('/kaart');
		await hydrated(page);
		const skip = page.getByRole('link', { name: 'Sla de kaart over' });
		await skip.focus();
		await skip.press('Enter');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('naast-de-kaart');
	});
});

describe('/kaart without JavaScript', () => {
	it('shows the SVG with links to every wijk page, and markers that link to the list', async () => {
		const { page } = await open('/kaart', { javaScriptEnabled: false });
		expect(await markerTotal(page, SVG)).toBe(withPlace);
		const areaLinks = await page
			.locator(`${SVG} a[aria-label]:has([data-area])`)
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(areaLinks.toSorted()).toEqual(
			wijken.map((w) => `/wijk/${w.properties.code}`).toSorted()
		);
		const cluster = page.locator(`${SVG} [data-map-marker="cluster"]`).first();
		expect(await cluster.getAttribute('href')).toBe('#naast-de-kaart');
		expect(await page.locator(`${SVG} title`).textContent()).toMatch(/^Plattegrond van /);
		// The zoom buttons need script: they are not there to disappoint anyone.
		expect(await page.getByRole('button', { name: 'Inzoomen' }).count()).toBe(0);
		// Every offer is listed, also those the browser would build after the first cards.
		expect(await page.locator('#naast-de-kaart li[id^="aanbod-"]').count()).toBe(
			dataset.offers.length
		);
	});
});

describe('/kaart: MapLibre on the first zoom', () => {
	it('loads MapLibre and its worker only after a zoom click, then zooms in with keyboard focus on its zoom button', async () => {
		const { page, requests } = await open('/kaart?hulp=respijtzorg');
		await hydrated(page);
		await page.waitForLoadState('networkidle');
		expect(await mapLibreLoads(requests)).toEqual([]);
		const svgZoom = page.getByRole('button', { name: 'Inzoomen' });
		await svgZoom.focus();
		await svgZoom.press('Enter');
		await glIdle(page);
		expect((await mapLibreLoads(requests)).length).toBeGreaterThanOrEqual(2);
		expect(requests.some((url) => /maplibre-gl-worker/.test(url))).toBe(true);
		// Every marker on the GL map is one of the filter's offers.
		const ids = await page.$$eval(`${GL} [data-map-marker="place"]`, (markers) =>
			markers.flatMap((m) => (m as HTMLElement).dataset.offerIds!.split(' '))
		);
		const allowed = new Set(respijt.map((f) => f.properties.id));
		expect(ids.filter((id) => !allowed.has(id))).toEqual([]);
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.className ?? ''))
			.toContain('maplibregl-ctrl-zoom-in');
	});

	it('opens at the same view with the same markers and the same selection', async () => {
		const { page } = await open('/kaart?hulp=respijtzorg');
		await hydrated(page);
		const total = await markerTotal(page, SVG);
		const place = page.locator(`${SVG} [data-map-marker="place"][data-count="1"]`).first();
		const id = (await place.getAttribute('data-offer-ids'))!;
		await place.click();
		await dragMap(page);
		await glIdle(page);
		expect(await markerTotal(page, GL)).toBe(total);
		// The chosen offer is still chosen: its marker (or the cluster it is in) says so.
		const selected = page.locator(`${GL} [data-map-key].selected`);
		expect(await selected.count()).toBe(1);
		const ids = await selected.getAttribute('data-offer-ids');
		if (ids) expect(ids.split(' ')).toContain(id);
	});

	it('a marker on the GL map focuses its card', async () => {
		const { page } = await open('/kaart');
		await hydrated(page);
		await dragMap(page);
		await glIdle(page);
		let place = page.locator(`${GL} [data-map-marker="place"][data-count="1"]`).first();
		while ((await place.count()) === 0) {
			const zoom = await zoomOf(page);
			await page.locator(`${GL} [data-map-marker="cluster"]`).first().click();
			await settledAfter(page, zoom);
			place = page.locator(`${GL} [data-map-marker="place"][data-count="1"]`).first();
		}
		const id = await place.getAttribute('data-offer-ids');
		await place.click();
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`aanbod-${id}`);
		mkdirSync('test-results', { recursive: true });
		await page.locator('.map-column').screenshot({ path: 'test-results/kaart-gl.png' });
	});

	it('lists the offers that share an address in a panel; one opens its card, Escape returns to the marker', async () => {
		const shared = dataset.offers.filter(
			(f) => f.geometry && f.properties.address?.street === 'Schakelplein 1'
		);
		const { page } = await open('/kaart');
		await hydrated(page);
		await dragMap(page);
		await glIdle(page);
		// Zoom into the largest cluster until the shared address shows as one marker.
		const place = page.locator(`${GL} [data-map-marker="place"]:not([data-count="1"])`);
		while ((await place.count()) === 0) {
			const zoom = await zoomOf(page);
			const largest = await page.$$eval(`${GL} [data-map-marker="cluster"]`, (clusters) =>
				clusters.reduce(
					(best, c, i, all) =>
						Number((c as HTMLElement).dataset.count) >
						Number((all[best] as HTMLElement).dataset.count)
							? i
							: best,
					0
				)
			);
			await page.locator(`${GL} [data-map-marker="cluster"]`).nth(largest).click();
			await settledAfter(page, zoom);
		}
		await place.click();
		const panel = page.getByRole('group', { name: `${shared.length} keer hulp op Schakelplein 1` });
		const choices = panel.locator('[data-offer-id]');
		expect(
			(await choices.evaluateAll((b) => b.map((e) => e.getAttribute('data-offer-id')))).sort()
		).toEqual(shared.map((f) => f.properties.id).sort());
		const last = shared.at(-1)!.properties.id;
		await panel.locator(`[data-offer-id="${last}"]`).click();
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`aanbod-${last}`);
		await panel.locator('[data-offer-id]').first().focus();
		await page.keyboard.press('Escape');
		expect(await panel.count()).toBe(0);
		await expect
			.poll(() =>
				page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.mapMarker)
			)
			.toBe('place');
	});

	it('zooms the GL map into a cluster clicked on the SVG', async () => {
		const { page } = await open('/kaart');
		await hydrated(page);
		await page.locator(`${SVG} [data-map-marker="cluster"]`).first().click();
		await glIdle(page);
		expect(await markerTotal(page, GL)).toBeGreaterThan(0);
		expect(await page.locator('[data-map-mode="gl"]').count()).toBe(1);
	});
});

describe('/kaart without WebGL', () => {
	const noWebGL = useBrowser({ args: ['--disable-webgl', '--disable-3d-apis'] });

	it('keeps the SVG and says plainly that zooming is not possible, with no page error', async () => {
		const { page, requests } = await noWebGL.open('/kaart');
		await hydrated(page);
		await page.getByRole('button', { name: 'Inzoomen' }).click();
		await expect
			.poll(() => page.getByRole('status').filter({ hasText: 'Inzoomen kan niet' }).count())
			.toBe(1);
		expect(await markerTotal(page, SVG)).toBe(withPlace);
		expect(await page.locator('[data-map-mode="svg"]').count()).toBe(1);
		expect(await mapLibreLoads(requests)).toEqual([]);
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
