/**
 * The results page shows the first 20 offers and "Toon alle N" for the rest, so it
 * hydrates fast; the link works without JavaScript (the list is then the server's, in
 * <noscript>), and on paper every offer is printed.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hydrated, useBrowser } from './harness';
import { offers, wijkByName } from './example-data';

const { open } = useBrowser();

/** Every offer but the steunpunt, which is "Begin hier". */
const all = offers.length - 1;
const visibleCards = (page: Page) => page.locator('#alle-hulp ol article:visible').count();
const showAll = (page: Page) => page.getByRole('link', { name: `Toon alle ${all}` });

describe('"Toon alle N" on the results page', () => {
	it('with JavaScript: 20 offers, then all of them, and the keyboard carries on at the 21st', async () => {
		expect(all).toBeGreaterThan(20);
		const { page } = await open('/resultaten');
		await hydrated(page);
		await expect.poll(() => visibleCards(page)).toBe(20);
		await showAll(page).click();
		await expect.poll(() => visibleCards(page)).toBe(all);
		expect(await showAll(page).count()).toBe(0);
		const focused = await page.evaluate(() => document.activeElement?.id);
		const ids = await page
			.locator('#alle-hulp ol article')
			.evaluateAll((cards) => cards.map((card) => card.getAttribute('data-offer-id')));
		expect(focused).toBe(`aanbod-${ids[20]}`);
	});

	it('without JavaScript the link shows all offers', async () => {
		const { page } = await open('/resultaten', { javaScriptEnabled: false });
		expect(await visibleCards(page)).toBe(20);
		await showAll(page).click();
		expect(await visibleCards(page)).toBe(all);
		expect(await showAll(page).isVisible()).toBe(false);
	});

	it('counts across the area groups: 20 shown in reading order, all after the link', async () => {
		const { page } = await open(`/resultaten?wijk=${wijkByName('De Haven').code}`);
		await hydrated(page);
		await expect.poll(() => page.locator('h3.group').count()).toBeGreaterThan(1);
		await expect.poll(() => visibleCards(page)).toBe(20);
		const link = page.getByRole('link', { name: /^Toon alle \d+$/ });
		const total = Number((await link.textContent())!.match(/\d+/)![0]);
		await link.click();
		await expect.poll(() => visibleCards(page)).toBe(total);
		expect(await page.locator('#alle-hulp ol article').count()).toBe(total);
	});

	for (const javaScriptEnabled of [true, false]) {
		it(`printing shows every offer (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async () => {
			const { page } = await open('/resultaten', { javaScriptEnabled });
			if (javaScriptEnabled) await hydrated(page);
			await expect.poll(() => page.locator('#alle-hulp ol article').count()).toBe(all);
			await page.emulateMedia({ media: 'print' });
			expect(await visibleCards(page)).toBe(all);
			expect(await showAll(page).isVisible()).toBe(false);
		});
	}
});
