/**
 * Honest "near you" on the region fixture (tests/fixtures/sites/regio): Aadorp (two wijken) |
 * Beekum (no wijken) | Ceeveen (two wijken, no offers with a place of its own). Results for
 * an area say what is in it, and name every other area they come from.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, hydrated, useBrowser } from './harness';

const { open } = useBrowser();

/** The headings and notice of the fitting results, in reading order, and the cards under each. */
async function groups(page: Page): Promise<string[]> {
	const section = page.locator('section[aria-labelledby="gevonden"]');
	return section
		.locator('h3, p.notice, article')
		.evaluateAll((nodes) =>
			nodes.map((node) =>
				node.tagName === 'ARTICLE'
					? `  ${node.querySelector('.name')?.textContent?.trim()}`
					: (node.textContent ?? '').trim()
			)
		);
}

describe('results for an area in a region', () => {
	it('Ceeveen-West has nothing of its own: one plain line, then the neighbouring gemeente by name, then the region', async () => {
		const { page } = await open('/resultaten?wijk=WK090301', { site: 'regio' });
		await hydrated(page);
		await expect
			.poll(() => groups(page))
			.toEqual([
				'In Ceeveen-West vonden we geen hulp die past. Dit is er in de buurt:',
				'Vlakbij: in de gemeente Beekum',
				'  Lotgenotengroep Beekum',
				'  Wmo-loket Beekum',
				'Voor de hele regio Drie Dorpen',
				'  Mantelzorgwaardering'
			]);
		// Aadorp is not next to Ceeveen: its help is not offered as "in de buurt".
		expect(await page.locator('#gevonden ~ ol', { hasText: 'Aadorp' }).count()).toBe(0);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('Beekum (a gemeente without wijken) lists its own help first as a gemeente, then each neighbouring wijk by name', async () => {
		const { page } = await open('/resultaten?wijk=GM0902', { site: 'regio' });
		await hydrated(page);
		await expect
			.poll(() => groups(page))
			.toEqual([
				'In de gemeente Beekum',
				'  Lotgenotengroep Beekum',
				'In Beekum vonden we weinig hulp die past. Dit is er ook in de buurt:',
				'Vlakbij: in de wijk Aadorp-Zuid',
				'  Dagopvang De Linde',
				'  Steunpunt Mantelzorg Aadorp',
				'Vlakbij: in de wijk Aadorp-Noord',
				'  Alzheimercafé Aadorp',
				'Voor de hele regio Drie Dorpen',
				'  Mantelzorgwaardering'
			]);
		expect(await page.locator('.answers').innerText()).toContain('Gemeente: Beekum');
		// Ceeveen's own steunpunt (by phone, no place) serves Ceeveen, not the region.
		expect(await page.getByText('Steunpunt Mantelzorg Ceeveen').count()).toBe(0);
	});

	it('in English the areas are named for what they are', async () => {
		const { page } = await open('/en/resultaten?wijk=WK090301', { site: 'regio' });
		await hydrated(page);
		await expect
			.poll(() => groups(page))
			.toEqual([
				'In Ceeveen-West we found no help that fits. This is nearby:',
				'Nearby: in the municipality of Beekum',
				'  Lotgenotengroep Beekum',
				'  Wmo-loket Beekum',
				'For the whole Drie Dorpen region',
				'  Mantelzorgwaardering'
			]);
		expect(await page.locator('.answers').innerText()).toContain('Neighbourhood: Ceeveen-West');
	});
});
