import { describe, expect, it } from 'vitest';
import { axeViolations, hydrated, useBrowser } from './harness';
import { offers, wijken } from './example-data';

const { open } = useBrowser();

const PAGES = [
	'/',
	'/vragen/voor-wie',
	'/vragen/hulp',
	'/vragen/waar',
	'/resultaten?voor=partner&situatie=dementie&hulp=respijtzorg',
	`/aanbod/${offers.find((o) => o.schedules?.length && o.kind === 'alzheimercafe')!.id}`,
	'/hulp/respijtzorg',
	`/wijk/${wijken[0]!.code}`,
	'/kaart',
	'/lijstje',
	'/verwijzen',
	'/over',
	'/overzicht',
	'/kiosk'
];

/** Dutch and the other languages: English and Turkish words run longer, Arabic runs right to left. */
const LANGUAGES = ['', '/en', '/tr', '/ar'];

async function horizontalOverflow(page: import('playwright-core').Page) {
	return page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
}

describe('larger text', () => {
	it('A++ scales the text and is remembered after a reload', async () => {
		const { page } = await open('/');
		await hydrated(page);
		const before = await page.locator('h1').evaluate((el) => el.getBoundingClientRect().height);
		await page.getByRole('button', { name: 'Grootste tekst' }).click();
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(
			'24px'
		);
		expect(
			await page.locator('h1').evaluate((el) => el.getBoundingClientRect().height)
		).toBeGreaterThan(before);
		await page.reload();
		await hydrated(page);
		await expect
			.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize))
			.toBe('24px');
		expect(
			await page.getByRole('button', { name: 'Grootste tekst' }).getAttribute('aria-pressed')
		).toBe('true');
		await page.getByRole('button', { name: 'Normale tekst' }).click();
		expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
	});

	for (const size of ['Normale tekst', 'Grootste tekst']) {
		for (const language of LANGUAGES) {
			it(`no page${language ? ` in ${language}` : ''} scrolls sideways at 320 px wide with "${size}"`, async () => {
				const { page } = await open('/', { viewport: { width: 320, height: 640 } });
				await hydrated(page);
				// Chosen once on the Dutch start page; the choice holds in every language.
				await page.getByRole('button', { name: size }).click();
				const overflowing: string[] = [];
				for (const path of PAGES) {
					await page.goto(
						new URL(path === '/' && language ? language : language + path, page.url()).href
					);
					await hydrated(page);
					if ((await horizontalOverflow(page)) > 0) overflowing.push(language + path);
				}
				expect(overflowing).toEqual([]);
			});
		}
	}

	it('no page scrolls sideways at 200% zoom (a 640 px wide window)', async () => {
		const { page } = await open('/', { viewport: { width: 640, height: 400 } });
		const overflowing: string[] = [];
		for (const path of PAGES) {
			await page.goto(new URL(path, page.url()).href);
			await hydrated(page);
			if ((await horizontalOverflow(page)) > 0) overflowing.push(path);
		}
		expect(overflowing).toEqual([]);
	});
});

describe("a gemeente's own theme", () => {
	for (const path of [
		'/',
		'/resultaten?hulp=respijtzorg',
		PAGES[5]!,
		'/kiosk',
		'/en/resultaten?hulp=respijtzorg',
		`/ar${PAGES[5]!}`,
		'/ar/overzicht'
	]) {
		it(`axe finds no violations on ${path} with the example green theme`, async () => {
			const { page } = await open(path);
			await hydrated(page);
			// The same stylesheet site.json's theme.css would link; the tokens restyle the page.
			await page.addStyleTag({ url: '/themes/voorbeeld-groen.css' });
			expect(
				await page.evaluate(
					() => getComputedStyle(document.querySelector('.button, button')!).backgroundColor
				)
			).not.toBe('rgb(11, 90, 138)');
			expect(await axeViolations(page)).toEqual([]);
		});
	}
});
