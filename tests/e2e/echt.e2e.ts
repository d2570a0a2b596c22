/**
 * A gemeente's real list, as it is (tests/fixtures/sites/echt): half the costs and some
 * first steps unknown, addresses without postcode, no steunpunt mantelzorg; the first
 * contact is a Wmo-loket with only a website. Nothing unknown may be shown as known, and
 * "Begin hier" may not tell anyone to call a number that does not exist.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, hydrated, listsWhole, siteUrl, useBrowser } from './harness';

const { open } = useBrowser();
const site = 'echt';

interface FixtureOffer {
	id: string;
	name: string;
	cost?: string;
	howToStart?: string;
	address?: { street: string; postcode?: string; city: string };
}
const offers: FixtureOffer[] = JSON.parse(
	readFileSync('tests/fixtures/sites/echt/aanbod.geojson', 'utf8')
).features.map((f: { properties: FixtureOffer }) => f.properties);
const firstContact = offers.find((o) => o.id === 'wmo-loket-echtveld')!;
const WEBSITE = 'https://www.echtveld.example/wmo';
const unknownCost = offers.filter((o) => !o.cost);
const unknownStart = offers.filter((o) => !o.howToStart);
/** The text as read: without the invisible marks that keep numbers and links left-to-right. */
const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

/** Every card on the page: id → its "Eerste stap" and "Kosten" texts. */
async function cardFacts(page: Page) {
	return page.locator('article[data-offer-id]').evaluateAll((cards) =>
		Object.fromEntries(
			cards.map((card) => {
				const value = (label: string) => {
					const dt = [...card.querySelectorAll('dt')].find((d) => d.textContent?.trim() === label);
					return (dt?.nextElementSibling as HTMLElement | null)?.innerText.trim();
				};
				return [
					card.getAttribute('data-offer-id'),
					{ start: value('Eerste stap'), cost: value('Kosten') }
				];
			})
		)
	);
}

describe('a real list: unknown stays unknown', () => {
	it('the fixture is shaped like a real spreadsheet', () => {
		expect(unknownCost.length).toBeGreaterThanOrEqual(offers.length / 2 - 1);
		expect(unknownStart.length).toBeGreaterThan(0);
		expect(offers.some((o) => o.address && !o.address.postcode)).toBe(true);
		expect(offers.some((o) => (o as { kind?: string }).kind === 'steunpunt-mantelzorg')).toBe(
			false
		);
	});

	it('every unknown cost and first step says "Niet bekend" on its offer page, with where to ask', async () => {
		const { page } = await open('/', { site });
		for (const offer of new Set([...unknownCost, ...unknownStart])) {
			await page.goto(`${siteUrl(site)}/aanbod/${offer.id}`);
			const cost = page.locator('[data-unknown="cost"]');
			const start = page.locator('[data-unknown="howToStart"]');
			expect(await cost.count(), offer.id).toBe(offer.cost ? 0 : 1);
			expect(await start.count(), offer.id).toBe(offer.howToStart ? 0 : 1);
			for (const unknown of offer.cost ? [start] : offer.howToStart ? [cost] : [cost, start]) {
				expect(await unknown.innerText(), offer.id).toMatch(/^Niet bekend\. Vraag het na bij .+\./);
			}
			// Nothing invented: no cost label where the data has none.
			if (!offer.cost) expect(await cost.innerText()).not.toMatch(/gratis|eigen bijdrage|vergoed/i);
		}
	});

	it('an address without postcode reads "street, city"', async () => {
		const offer = offers.find((o) => o.id === 'informatiepunt-de-haven')!;
		const { page } = await open(`/aanbod/${offer.id}`, { site });
		expect(await page.locator('main').innerText()).toContain('Havenkade 14, Echtveld');
		expect(await page.locator('main').innerText()).not.toContain('undefined');
	});

	it('every card says "Niet bekend" for an unknown cost or first step, on screen and on paper', async () => {
		const { page } = await open('/resultaten', { site });
		await listsWhole(page);
		for (const media of ['screen', 'print'] as const) {
			await page.emulateMedia({ media });
			const facts = await cardFacts(page);
			expect(Object.keys(facts).length).toBe(offers.length - 1);
			for (const offer of offers.filter((o) => o.id !== firstContact.id)) {
				const card = facts[offer.id]!;
				expect(card.cost === 'Niet bekend', `${media} ${offer.id} cost`).toBe(!offer.cost);
				expect(card.start === 'Niet bekend', `${media} ${offer.id} start`).toBe(!offer.howToStart);
			}
		}
	});

	it('an offer page printed says the cost is not known', async () => {
		const offer = unknownCost[0]!;
		const { page } = await open(`/aanbod/${offer.id}`, { site });
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('[data-unknown="cost"]').isVisible()).toBe(true);
		expect(await page.locator('[data-unknown="cost"]').innerText()).toMatch(/^Niet bekend/);
	});

	it('the referral overview, printed, says which costs and first steps are not known', async () => {
		const chosen = [unknownCost[0]!, offers.find((o) => o.cost && o.howToStart)!];
		const { page } = await open(`/verwijzen/overzicht?ids=${chosen.map((o) => o.id).join(',')}`, {
			site
		});
		await hydrated(page);
		await page.emulateMedia({ media: 'print' });
		await expect.poll(() => page.locator('article[data-offer-id]').count()).toBe(2);
		const facts = await cardFacts(page);
		expect(facts[chosen[0]!.id]!.cost).toBe('Niet bekend');
		expect(facts[chosen[1]!.id]!.cost).not.toBe('Niet bekend');
		expect(plain(await page.locator('.print-header').innerText())).toContain(`Website: ${WEBSITE}`);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('the HSDS export leaves out what nobody gave, and keeps what somebody gave', async () => {
		const { page } = await open('/', { site });
		const response = await page.request.get(`${siteUrl(site)}/open-data/hsds/services.json`);
		const services: { name: string; fees_description?: string; application_process?: string }[] =
			await response.json();
		for (const offer of offers) {
			const service = services.find((s) => s.name === offer.name)!;
			expect('fees_description' in service, `${offer.id} fees`).toBe(!!offer.cost);
			expect('application_process' in service, `${offer.id} start`).toBe(!!offer.howToStart);
		}
	});
});

describe('Begin hier: a Wmo-loket with only a website', () => {
	it('the landing page footer offers its website and says nothing about calling', async () => {
		const { page } = await open('/', { site });
		const footer = page.locator('footer .first-contact');
		const text = await footer.innerText();
		expect(text).toContain('Begin bij het Wmo-loket van de gemeente: Wmo-loket Echtveld.');
		expect(text).not.toMatch(/\bbel\b/i);
		const link = footer.getByRole('link', { name: 'Ga naar de website van Wmo-loket Echtveld' });
		expect(await link.getAttribute('href')).toBe(WEBSITE);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('the results offer its website, without "Bel" and without "gratis" nobody said', async () => {
		const { page } = await open('/resultaten?hulp=informatie-advies', { site });
		await hydrated(page);
		const begin = page.locator('aside.begin-hier');
		const text = await begin.innerText();
		expect(text).toContain('Begin bij het Wmo-loket van de gemeente:');
		expect(text).toContain(firstContact.name);
		expect(text).not.toMatch(/\bbel\b|gratis/i);
		const link = begin.getByRole('link', { name: 'Ga naar de website van Wmo-loket Echtveld' });
		expect(await link.getAttribute('href')).toBe(WEBSITE);
		expect(await page.locator('footer .first-contact').innerText()).not.toMatch(/\bbel\b/i);
		expect(await axeViolations(page)).toEqual([]);

		await page.emulateMedia({ media: 'print' });
		const header = plain(await page.locator('.print-header').innerText());
		expect(header).toContain(`Website: ${WEBSITE}`);
		expect(header).not.toMatch(/\bbel\b/i);
	});

	it('the embed offers the website in a new window, and says nothing about calling', async () => {
		const { page } = await open('/insluiten', { site });
		const begin = page.locator('.begin-hier');
		expect(await begin.innerText()).not.toMatch(/\bbel\b|gratis/i);
		const link = begin.locator('a[data-contact="website"]');
		expect(await link.getAttribute('href')).toBe(WEBSITE);
		expect(await link.getAttribute('target')).toBe('_blank');
	});

	it('in the kiosk the website becomes a QR code instead of leaving the kiosk', async () => {
		const { page } = await open('/resultaten?kiosk=1', { site });
		await hydrated(page);
		const before = page.url();
		await page.locator('aside.begin-hier a[data-contact="website"]').click();
		const dialog = page.getByRole('dialog', { name: 'Scan met uw telefoon' });
		await expect.poll(() => dialog.isVisible()).toBe(true);
		expect(page.url()).toBe(before);
	});

	it('an offer page with an unknown cost passes axe', async () => {
		const { page } = await open(`/aanbod/${unknownCost[0]!.id}`, { site });
		expect(await axeViolations(page)).toEqual([]);
	});
});
