/**
 * A region of three gemeenten (the regio fixture): every gemeente has its own page and its own
 * first contact, the words follow the area (a gemeente is never called a wijk, the region never
 * a gemeente), and /overzicht counts per gemeente and per wijk within a gemeente.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, hydrated, useBrowser } from './harness';

const { open } = useBrowser();

const FIRST_CONTACT: Record<string, { gemeente: string; name: string }> = {
	GM0901: { gemeente: 'Aadorp', name: 'Steunpunt Mantelzorg Aadorp' },
	GM0902: { gemeente: 'Beekum', name: 'Wmo-loket Beekum' },
	GM0903: { gemeente: 'Ceeveen', name: 'Steunpunt Mantelzorg Ceeveen (telefonisch)' }
};
const GEMEENTEN = Object.values(FIRST_CONTACT).map((c) => c.gemeente);

/** Text that calls a gemeente a wijk, or the region (Drie Dorpen) a gemeente, in Dutch or English. */
async function wrongAreaWords(page: Page): Promise<string[]> {
	const text = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
	const names = GEMEENTEN.join('|');
	const patterns = [
		new RegExp(`\\b(wijk|neighbou?rhood|district)\\s+(${names})\\b(?!-)`, 'gi'),
		/\b(gemeente|municipality( of)?)\s+Drie Dorpen\b/gi,
		/\b(heel|all of) Drie Dorpen\b/gi
	];
	return patterns.flatMap((pattern) => text.match(pattern) ?? []);
}

const beginHier = (page: Page) =>
	page.locator('aside', { has: page.getByRole('heading', { name: /^(Begin hier|Start here)$/ }) });
const footerContact = (page: Page) => page.locator('footer .first-contact');

describe('words follow the area in a region', () => {
	const pages = [
		'/',
		'/gemeente/GM0901',
		'/gemeente/GM0902',
		'/wijk/WK090101',
		'/aanbod/lotgenoten-beekum',
		'/aanbod/mantelzorgwaardering-regio',
		'/hulp/respijtzorg',
		'/kiosk',
		'/overzicht'
	];
	for (const lang of ['', '/en']) {
		it(`no page calls a gemeente a wijk or the region a gemeente (${lang ? 'en' : 'nl'})`, async () => {
			for (const path of pages) {
				const { page } = await open(`${lang}${path === '/' && lang ? '' : path}`, {
					site: 'regio'
				});
				await hydrated(page);
				expect(await wrongAreaWords(page), path).toEqual([]);
			}
		});
	}

	it('the footer lists help per gemeente with its wijken, not "Hulp per wijk"', async () => {
		const { page } = await open('/', { site: 'regio' });
		const footer = page.locator('footer');
		expect(await footer.getByRole('heading', { name: 'Hulp per wijk' }).count()).toBe(0);
		expect(await footer.getByRole('heading', { name: 'Hulp per gemeente' }).count()).toBe(1);
		expect(
			await footer.getByRole('link', { name: 'Beekum', exact: true }).getAttribute('href')
		).toBe('/gemeente/GM0902');
		const aadorpWijken = footer.getByRole('list', { name: 'Wijken in Aadorp' });
		expect(await aadorpWijken.getByRole('link').allTextContents()).toEqual([
			'Aadorp-Noord',
			'Aadorp-Zuid'
		]);
	});

	it('an offer of a whole gemeente names it as a gemeente; a region-wide card says so', async () => {
		const { page } = await open('/aanbod/wmo-loket-beekum', { site: 'regio' });
		await expect.poll(() => page.locator('main').innerText()).toMatch(/Voor iedereen in Beekum\./);
		const regio = await open('/gemeente/GM0901', { site: 'regio' });
		const card = regio.page.locator('article', { hasText: 'Mantelzorgwaardering' });
		await expect.poll(() => card.innerText()).toMatch(/In de hele regio Drie Dorpen/);
		expect(await regio.page.locator('main').innerText()).not.toMatch(/hele gemeente/);
	});
	it('the map and the referral overview call help without a place region-wide, never "the whole gemeente"', async () => {
		for (const path of ['/kaart', '/verwijzen']) {
			const { page } = await open(path, { site: 'regio' });
			await hydrated(page);
			await expect.poll(() => page.locator('main').innerText(), { message: path }).toMatch(/regio/);
			expect(await page.locator('main').innerText(), path).not.toMatch(/in de hele gemeente/i);
		}
	});
});

describe('each gemeente its own first contact', () => {
	it("each gemeente's page shows its own first contact, in the page and in the footer", async () => {
		for (const [code, { gemeente, name }] of Object.entries(FIRST_CONTACT)) {
			const { page } = await open(`/gemeente/${code}`, { site: 'regio' });
			await hydrated(page);
			expect(await page.locator('h1').textContent()).toBe(`Hulp in de gemeente ${gemeente}`);
			expect(await beginHier(page).getByRole('link').first().textContent()).toBe(name);
			expect(await footerContact(page).innerText()).toContain(name);
		}
	});

	it('a wijk page and an offer page show the first contact of their gemeente', async () => {
		for (const [path, name] of [
			['/wijk/WK090302', FIRST_CONTACT.GM0903!.name],
			['/wijk/WK090102', FIRST_CONTACT.GM0901!.name],
			['/en/wijk/WK090301', FIRST_CONTACT.GM0903!.name]
		]) {
			const { page } = await open(path!, { site: 'regio' });
			await hydrated(page);
			expect(await beginHier(page).getByRole('link').first().textContent(), path).toBe(name);
			expect(await footerContact(page).innerText(), path).toContain(name);
		}
		const { page } = await open('/aanbod/lotgenoten-beekum', { site: 'regio' });
		await hydrated(page);
		const begin = page.locator('main p', { hasText: 'Woont uw naaste in Beekum?' });
		expect(await begin.getByRole('link').first().textContent()).toBe('Wmo-loket Beekum');
		expect(await footerContact(page).innerText()).toContain('Wmo-loket Beekum');
	});

	it('without a choice the landing lists every gemeente with its first contact, and the footer points there', async () => {
		const { page } = await open('/', { site: 'regio' });
		await hydrated(page);
		const list = beginHier(page);
		expect(await list.locator('dt').allTextContents()).toEqual(GEMEENTEN);
		expect(
			(await list.locator('dd > a[href^="/aanbod/"]').allTextContents()).map((t) => t.trim())
		).toEqual(Object.values(FIRST_CONTACT).map((c) => c.name));
		// No one steunpunt for the whole region in the footer: a way to the list instead.
		const footer = footerContact(page);
		expect(await footer.innerText()).not.toContain('Steunpunt Mantelzorg Aadorp');
		await footer.getByRole('link', { name: 'Kies uw gemeente' }).click();
		await expect.poll(() => new URL(page.url()).hash).toBe('#begin-hier');
		expect(await axeViolations(page)).toEqual([]);
	});

	it("a topic page, without a chosen gemeente, lists every gemeente's first contact too", async () => {
		const { page } = await open('/hulp/respijtzorg', { site: 'regio' });
		expect(await beginHier(page).locator('dt').allTextContents()).toEqual(GEMEENTEN);
	});

	it('the footer follows the gemeente chosen in the answers', async () => {
		const { page } = await open('/resultaten?wijk=GM0902', { site: 'regio' });
		await hydrated(page);
		await expect.poll(() => footerContact(page).innerText()).toContain('Wmo-loket Beekum');
	});
});

describe('paper in a region', () => {
	it("prints no gemeente's first contact for everyone before a gemeente is chosen, and the chosen one's after", async () => {
		const { page } = await open('/hulp/respijtzorg', { site: 'regio' });
		await hydrated(page);
		await page.emulateMedia({ media: 'print' });
		const header = page.locator('.print-header');
		expect(await header.isVisible()).toBe(true);
		for (const { name } of Object.values(FIRST_CONTACT))
			expect(await header.innerText()).not.toContain(name);

		const chosen = await open('/resultaten?wijk=GM0902', { site: 'regio' });
		await hydrated(chosen.page);
		await chosen.page.emulateMedia({ media: 'print' });
		await expect
			.poll(() => chosen.page.locator('.print-header').innerText())
			.toContain(FIRST_CONTACT.GM0902!.name);
	});
});

describe('"Zoek hulp in N korte vragen" counts the questions the site asks', () => {
	it('a region asks four, a gemeente with only its outline three', async () => {
		for (const [site, text] of [
			['regio', 'Zoek hulp in 4 korte vragen'],
			['grens', 'Zoek hulp in 3 korte vragen']
		] as const) {
			const { page } = await open('/', { site });
			expect(await page.getByRole('link', { name: text }).count(), site).toBe(1);
		}
	});

	it('the results page without answers counts them the same way', async () => {
		for (const [site, text] of [
			['regio', 'Beantwoord 4 korte vragen'],
			['grens', 'Beantwoord 3 korte vragen']
		] as const) {
			const { page } = await open('/resultaten', { site });
			await hydrated(page);
			expect(await page.getByRole('link', { name: text }).count(), site).toBe(1);
		}
	});
});

describe('/overzicht of a region', () => {
	it('has a table per gemeente × hulpvraag and one per wijk within each gemeente with wijken', async () => {
		const { page } = await open('/overzicht', { site: 'regio' });
		await hydrated(page);
		const byGemeente = page.getByRole('table', { name: 'Hulp per gemeente en hulpvraag' });
		expect(await byGemeente.getByRole('rowheader').allTextContents()).toEqual(GEMEENTEN);
		const respijt = byGemeente
			.locator('tbody tr')
			.filter({ has: page.getByRole('rowheader', { name: 'Beekum' }) })
			.locator('td')
			.nth(5);
		expect(await respijt.getAttribute('data-status')).toBe('tekort');
		expect(
			await page
				.getByRole('table', { name: 'Hulp per wijk in Aadorp' })
				.getByRole('rowheader')
				.allTextContents()
		).toEqual(['Aadorp-Noord', 'Aadorp-Zuid']);
		expect(await page.getByRole('table', { name: 'Hulp per wijk in Beekum' }).count()).toBe(0);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('no two labels on the shaded map overlap (bounding boxes)', async () => {
		const { page } = await open('/overzicht', { site: 'regio' });
		await hydrated(page);
		const labels = page.locator('section[aria-labelledby="per-wijk"] [data-area-label]');
		expect(await labels.count()).toBeGreaterThan(1);
		// Beekum has no wijken: it is an area of its own, shaded and named like the wijken.
		expect(await labels.allTextContents()).toContainEqual(expect.stringContaining('Beekum'));
		expect(
			await page.locator('section[aria-labelledby="per-wijk"] [data-shade="GM0902"]').count()
		).toBe(1);
		// The text's own boxes: Playwright's boundingBox adds the halo's stroke around each name.
		const boxes = await labels.evaluateAll((texts) =>
			texts.map((text) => {
				const { x, y, width, height } = text.getBoundingClientRect();
				return { x, y, width, height };
			})
		);
		for (const [i, a] of boxes.entries()) {
			for (const b of boxes.slice(i + 1)) {
				const apart =
					a.x + a.width <= b.x ||
					b.x + b.width <= a.x ||
					a.y + a.height <= b.y ||
					b.y + b.height <= a.y;
				expect(apart, `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`).toBe(true);
			}
		}
		await page.screenshot({ path: 'test-results/overzicht-regio.png', fullPage: true });
	});
});
