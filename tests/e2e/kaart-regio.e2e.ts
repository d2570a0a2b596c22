/**
 * /kaart in a region: a gemeente without wijken (Beekum in the regio fixture) is an area
 * of its own, like a wijk: named on the plattegrond, a link to its gemeente page without
 * script, a filter with it, reachable by keyboard, and clickable on the MapLibre map too.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, hydrated, useBrowser } from './harness';

const { open } = useBrowser();

const SVG = '[data-plattegrond]';
const GL = '[data-map-state]';
const IDLE_TIMEOUT = 45_000;
const BEEKUM = 'GM0902';
/** Beekum's own offers with a place: the Wmo-loket and the lotgenotengroep. */
const IN_BEEKUM = 2;

function markerTotal(page: Page, scope: string) {
	return page.$$eval(
		`${scope} [data-map-marker="cluster"], ${scope} [data-map-marker="place"]`,
		(markers) => markers.reduce((sum, b) => sum + Number((b as HTMLElement).dataset.count), 0)
	);
}

/** The map shows Beekum's help: the URL, the filter and the markers agree. */
async function expectBeekumChosen(page: Page) {
	await expect.poll(() => new URL(page.url()).searchParams.get('wijk')).toBe(BEEKUM);
	await expect.poll(() => page.locator('#kaart-wijk').inputValue()).toBe(BEEKUM);
	await expect.poll(() => markerTotal(page, SVG)).toBe(IN_BEEKUM);
}

describe('/kaart in a region: a gemeente without wijken is an area', () => {
	it('names Beekum on the plattegrond and links it to its gemeente page without script', async () => {
		const { page } = await open('/kaart', { site: 'regio', javaScriptEnabled: false });
		expect(await page.locator(`${SVG} [data-area-label="${BEEKUM}"]`).textContent()).toContain(
			'Beekum'
		);
		const links = await page
			.locator(`${SVG} a[aria-label]:has([data-area])`)
			.evaluateAll((all) => all.map((a) => [a.getAttribute('aria-label'), a.getAttribute('href')]));
		expect(links).toContainEqual(['Beekum', `/gemeente/${BEEKUM}`]);
		expect(links).toContainEqual(['Aadorp-Zuid', '/wijk/WK090101']);
		// A gemeente with wijken stays the background: its wijken are the areas.
		expect(links.map(([name]) => name)).not.toContain('Aadorp');
	});

	it('filters on Beekum when it is clicked on the plattegrond', async () => {
		const { page } = await open('/kaart', { site: 'regio' });
		await hydrated(page);
		const label = (await page.locator(`${SVG} [data-area-label="${BEEKUM}"]`).boundingBox())!;
		await page.mouse.click(label.x + label.width / 2, label.y + label.height / 2);
		await expectBeekumChosen(page);
	});

	it('reaches Beekum by keyboard on the plattegrond and chooses it with Enter', async () => {
		const { page } = await open('/kaart', { site: 'regio' });
		await hydrated(page);
		let name: string | null | undefined;
		for (let step = 0; step < 40 && name !== 'Beekum'; step++) {
			await page.keyboard.press('Tab');
			name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
		}
		expect(name).toBe('Beekum');
		await page.keyboard.press('Enter');
		await expectBeekumChosen(page);
	});

	it('offers Beekum in the referral overview filter too', async () => {
		const { page } = await open('/verwijzen', { site: 'regio' });
		await hydrated(page);
		const select = page.getByLabel('Gemeente of wijk');
		expect(await select.locator('option').first().textContent()).toContain(
			'Alle gemeenten en wijken'
		);
		await select.selectOption({ label: 'Beekum' });
		await page.getByRole('button', { name: 'Toon hulp' }).click();
		await expect.poll(() => new URL(page.url()).searchParams.get('wijk')).toBe(BEEKUM);
		await hydrated(page);
		expect(await page.getByLabel('Gemeente of wijk').inputValue()).toBe(BEEKUM);
		expect(await page.locator('table').innerText()).toContain('Wmo-loket Beekum');
	});

	it('offers Beekum in the area filter, named as a gemeente or wijk', async () => {
		const { page } = await open('/kaart', { site: 'regio' });
		await hydrated(page);
		const select = page.getByLabel('Gemeente of wijk');
		await select.focus();
		await select.selectOption({ label: 'Beekum' });
		await expectBeekumChosen(page);
		expect(await select.locator('option').first().textContent()).toContain(
			'Alle gemeenten en wijken'
		);
	});

	it('filters on Beekum when it is clicked on the MapLibre map', async () => {
		const { page } = await open('/kaart', { site: 'regio' });
		await hydrated(page);
		const zoomOut = page.getByRole('button', { name: 'Uitzoomen' });
		await zoomOut.click();
		await page.waitForSelector(`${GL}[data-map-state="idle"]`, { timeout: IDLE_TIMEOUT });
		await page.waitForSelector('[data-map-mode="gl"]', { timeout: IDLE_TIMEOUT });
		// The name lets clicks through to the area under it.
		const label = page.locator(`${GL} [data-wijk-label="${BEEKUM}"]`);
		await expect.poll(() => label.isVisible()).toBe(true);
		const box = (await label.boundingBox())!;
		await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
		await expect.poll(() => new URL(page.url()).searchParams.get('wijk')).toBe(BEEKUM);
		await expect.poll(() => page.locator('#kaart-wijk').inputValue()).toBe(BEEKUM);
	}, 120_000);

	for (const path of ['/kaart', `/kaart?wijk=${BEEKUM}`]) {
		it(`has no axe violations on ${path}`, async () => {
			const { page } = await open(path, { site: 'regio' });
			await hydrated(page);
			expect(await axeViolations(page)).toEqual([]);
		}, 120_000);
	}
});
