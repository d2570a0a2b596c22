import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hydrated, useBrowser } from './harness';

const { open } = useBrowser();

const GEMEENTEN = ['Aadorp', 'Beekum', 'Ceeveen'];

/** Any text that calls one of the region's gemeenten a wijk (nl) or a neighbourhood/district (en). */
async function gemeenteCalledWijk(page: Page): Promise<string[]> {
	const text = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
	const names = GEMEENTEN.join('|');
	const pattern = new RegExp(`(wijk|neighbou?rhood|district)\\s+(${names})\\b(?!-)`, 'gi');
	return text.match(pattern) ?? [];
}

describe('a region of three gemeenten', () => {
	it('"Waar woont uw naaste?" asks the gemeente, then the wijk of a gemeente that has wijken', async () => {
		const { page } = await open('/vragen/waar?voor=partner', { site: 'regio' });
		await hydrated(page);
		await expect.poll(() => page.locator('#uitleg').textContent()).toBe('Kies eerst de gemeente.');
		const answers = page.getByRole('group', { name: 'Waar woont uw naaste?' });
		expect(await answers.locator('a, button').allTextContents()).toEqual(GEMEENTEN);
		expect(await gemeenteCalledWijk(page)).toEqual([]);

		await answers.getByRole('link', { name: 'Aadorp' }).click();
		await expect.poll(() => page.locator('#uitleg').textContent()).toBe('Kies de wijk in Aadorp.');
		expect((await answers.locator('button').allTextContents()).map((t) => t.trim())).toEqual([
			'Aadorp-Noord',
			'Aadorp-Zuid'
		]);
		await answers.getByRole('button', { name: 'Aadorp-Zuid' }).click();
		await expect.poll(() => new URL(page.url()).pathname).toBe('/resultaten');
		const url = new URL(page.url());
		expect(url.searchParams.get('wijk')).toBe('WK090101');
		expect(url.searchParams.get('voor')).toBe('partner');
	});

	it('a gemeente without wijken is chosen at once, and its results call it by name, never a wijk (nl)', async () => {
		const { page } = await open('/vragen/waar', { site: 'regio' });
		await hydrated(page);
		await page.getByRole('button', { name: 'Beekum', exact: true }).click();
		await expect.poll(() => new URL(page.url()).searchParams.get('wijk')).toBe('GM0902');
		await expect.poll(() => page.locator('h1').textContent()).toMatch(/in Beekum$/);
		expect(await gemeenteCalledWijk(page)).toEqual([]);
	});

	it('the same in English: the question and the results never call a gemeente a neighbourhood', async () => {
		const { page } = await open('/en/vragen/waar', { site: 'regio' });
		await hydrated(page);
		await expect
			.poll(() => page.locator('#uitleg').textContent())
			.toBe('First choose the municipality.');
		// Scoped to the question: the footer links each gemeente's page by the same name.
		const answers = page.getByRole('group', { name: 'Where does the person you care for live?' });
		await answers.getByRole('link', { name: 'Ceeveen', exact: true }).click();
		await expect
			.poll(() => page.locator('#uitleg').textContent())
			.toBe('Choose the neighbourhood in Ceeveen.');
		expect(await gemeenteCalledWijk(page)).toEqual([]);
		await page.getByRole('link', { name: 'Choose another municipality' }).click();
		await page.getByRole('button', { name: 'Beekum', exact: true }).click();
		await expect.poll(() => page.locator('h1').textContent()).toMatch(/in Beekum$/);
		expect(await gemeenteCalledWijk(page)).toEqual([]);
	});
});

describe('a first contact per gemeente', () => {
	const beginHier = (page: Page) =>
		page.locator('aside', { has: page.getByRole('heading', { name: 'Begin hier' }) });

	it("each gemeente's results start with its own first contact, not the region's first", async () => {
		for (const [wijk, name] of [
			['WK090101', 'Steunpunt Mantelzorg Aadorp'],
			['GM0902', 'Wmo-loket Beekum'],
			['WK090302', 'Steunpunt Mantelzorg Ceeveen (telefonisch)']
		]) {
			const { page } = await open(`/resultaten?wijk=${wijk}`, { site: 'regio' });
			await hydrated(page);
			await expect.poll(() => beginHier(page).getByRole('link').first().textContent()).toBe(name);
		}
	});
});

describe('one gemeente with only its outline (Dordrecht, no wijken, no postcodes.json)', () => {
	it('skips the area question: three questions, then the results', async () => {
		const { page } = await open('/vragen/hulp?voor=partner', { site: 'grens' });
		await hydrated(page);
		await expect.poll(() => page.locator('main .progress').textContent()).toBe('Vraag 3 van 3');
		await page.getByLabel(/even tijd voor mezelf/).check();
		await page.getByRole('button', { name: 'Verder' }).click();
		await expect.poll(() => new URL(page.url()).pathname).toBe('/resultaten');
	});

	it('has no postcode field that would answer every postcode with "kennen wij niet"', async () => {
		const { page } = await open('/resultaten', { site: 'grens' });
		await hydrated(page);
		await expect.poll(() => page.locator('h1').count()).toBe(1);
		expect(await page.getByLabel(/postcode/i).count()).toBe(0);
	});
});
