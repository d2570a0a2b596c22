/**
 * Issue 20 point 3: a visible "Zoom in op de kaart" button loads the MapLibre map only when
 * pressed, from the keyboard too, and the GL map keeps the filter, the chosen offer and the
 * keyboard focus.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { effectiveNeeds } from '../../src/lib/data';
import { hydrated, useBrowser } from './harness';
import { GL, glIdle, mapLibreLoads } from './gl-map';
import { dataset } from './example-data';

const { open } = useBrowser();

const SVG = '[data-plattegrond]';
const respijt = new Set(
	dataset.offers
		.filter((f) => f.geometry && effectiveNeeds(f.properties).includes('respijtzorg'))
		.map((f) => f.properties.id)
);

const glOfferIds = (page: Page) =>
	page.$$eval(`${GL} [data-map-marker="place"]`, (markers) =>
		markers.flatMap((m) => (m as HTMLElement).dataset.offerIds!.split(' '))
	);

describe('the "Zoom in op de kaart" button', () => {
	it('opens the GL map from the keyboard with the same filter, the chosen offer and focus on its zoom button', async () => {
		const { page, requests } = await open('/kaart?hulp=respijtzorg');
		await hydrated(page);
		await page.waitForLoadState('networkidle');
		const place = page.locator(`${SVG} [data-map-marker="place"][data-count="1"]`).first();
		const id = (await place.getAttribute('data-offer-ids'))!;
		await place.click();
		expect(await mapLibreLoads(requests)).toEqual([]);

		// A real button: it takes keyboard focus and Enter presses it.
		const button = page.getByRole('button', { name: 'Zoom in op de kaart' });
		expect(await button.isVisible()).toBe(true);
		await button.focus();
		await page.keyboard.press('Enter');
		await glIdle(page);
		expect((await mapLibreLoads(requests)).length).toBeGreaterThan(0);

		const ids = await glOfferIds(page);
		expect(ids.length).toBeGreaterThan(0);
		expect(ids.filter((offer) => !respijt.has(offer))).toEqual([]);
		const selected = page.locator(`${GL} [data-map-key].selected`);
		await expect.poll(() => selected.count()).toBe(1);
		const selectedIds = await selected.getAttribute('data-offer-ids');
		if (selectedIds) expect(selectedIds.split(' ')).toContain(id);
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.className ?? ''))
			.toContain('maplibregl-ctrl-zoom-in');
		expect(await button.count()).toBe(0);
	});

	it('is there beside the results too, and in every language', async () => {
		const { page } = await open('/en/resultaten?hulp=respijtzorg');
		await hydrated(page);
		await expect
			.poll(() => page.getByRole('button', { name: 'Zoom in on the map' }).count())
			.toBe(1);
	});
});
