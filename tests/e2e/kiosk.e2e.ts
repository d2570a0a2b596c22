import { describe, expect, it } from 'vitest';
import { axeViolations, hydrated, listsWhole, useBrowser } from './harness';
import { offers, steunpunt, wijkByName } from './example-data';

const { open, newVisit } = useBrowser();

describe('kiosk mode', () => {
	it('a journey by taps only keeps kiosk mode, with 64 px targets and no text fields', async () => {
		const { page } = await open('/kiosk', {
			hasTouch: true,
			viewport: { width: 1080, height: 1920 }
		});
		await hydrated(page);
		await page.getByRole('link', { name: 'Zoek hulp in 4 korte vragen' }).tap();
		await expect.poll(() => page.locator('h1').textContent()).toBe('Voor wie zorgt u?');
		await page.getByRole('button', { name: 'Mijn ouder of schoonouder' }).tap();
		await expect.poll(() => page.locator('h1').textContent()).toBe('Wat speelt er bij uw naaste?');
		await page.getByText('Dementie of vergeetachtigheid').tap();
		await page.getByRole('button', { name: 'Verder' }).tap();
		await expect.poll(() => page.locator('h1').textContent()).toBe('Waarmee wilt u hulp?');
		await page.getByRole('link', { name: 'Sla over' }).tap();
		await page.getByRole('button', { name: 'De Haven' }).tap();
		await expect.poll(() => new URL(page.url()).pathname).toBe('/resultaten');
		const url = new URL(page.url());
		expect(url.searchParams.get('kiosk')).toBe('1');
		expect(url.searchParams.get('wijk')).toBe(wijkByName('De Haven').code);
		expect(url.searchParams.getAll('situatie')).toEqual(['dementie']);
		await listsWhole(page);

		const small = await page
			.locator('main button:visible, main .button:visible')
			.evaluateAll((els) =>
				els.filter((el) => el.getBoundingClientRect().height < 64).map((el) => el.textContent)
			);
		expect(small).toEqual([]);
		expect(
			await page.locator('input[type="search"]:visible, input[type="text"]:visible').count()
		).toBe(0);
		expect(await page.getByRole('button', { name: 'Print deze pagina' }).isVisible()).toBe(true);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('a link that leaves the site shows a QR code and does not navigate away', async () => {
		const { page } = await open('/kiosk');
		await hydrated(page);
		await page.getByRole('link', { name: 'Ik zorg voor mijn partner met dementie' }).click();
		await expect.poll(() => new URL(page.url()).pathname).toBe('/resultaten');
		await page.locator('article h3 a').first().click();
		await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/aanbod\//);
		const before = page.url();
		await page.locator('main a[href^="tel:"]').first().click();
		const dialog = page.getByRole('dialog', { name: 'Scan met uw telefoon' });
		await expect.poll(() => dialog.isVisible()).toBe(true);
		await expect.poll(() => dialog.getByRole('img', { name: /QR-code: Bel/ }).count()).toBe(1);
		expect(page.url()).toBe(before);
		expect(new URL(before).searchParams.get('kiosk')).toBe('1');
		expect(await axeViolations(page)).toEqual([]);
		await dialog.getByRole('button', { name: 'Sluiten' }).click();
		await expect.poll(() => dialog.isVisible()).toBe(false);
	});

	it('after the idle time the start screen is back and nothing is left in storage', async () => {
		const visit = await newVisit();
		const { page } = visit;
		// The kiosk reads its timers from the configuration; the test shortens them.
		await page.route('**/kiosk.json', (route) =>
			route.fulfill({ json: { idleSeconds: 2, countdownSeconds: 2 } })
		);
		await page.goto(
			new URL('/resultaten?hulp=respijtzorg&kiosk=1', (await import('./harness')).baseUrl).href
		);
		await hydrated(page);
		await page
			.getByRole('button', { name: /^Bewaar / })
			.first()
			.click();
		expect(await page.evaluate(() => localStorage.length)).toBe(1);

		const dialog = page.getByRole('dialog', { name: 'Bent u er nog?' });
		await expect.poll(() => dialog.isVisible(), { timeout: 10_000 }).toBe(true);
		await expect.poll(() => new URL(page.url()).pathname, { timeout: 10_000 }).toBe('/kiosk');
		await hydrated(page);
		expect(await page.evaluate(() => localStorage.length)).toBe(0);
		expect(new URL(page.url()).search).toBe('?kiosk=1');
		expect(await page.evaluate(() => window.scrollY)).toBe(0);
		expect(
			await page
				.getByRole('link', { name: /Mijn lijstje/ })
				.first()
				.textContent()
		).toContain('(0');
	});

	it("after the reset, Back and Forward do not bring up the last visitor's answers, and no session data is left", async () => {
		const visit = await newVisit({ hasTouch: true });
		const { page } = visit;
		await page.route('**/kiosk.json', (route) =>
			route.fulfill({ json: { idleSeconds: 4, countdownSeconds: 1 } })
		);
		await page.goto(new URL('/kiosk?kiosk=1', (await import('./harness')).baseUrl).href);
		await hydrated(page);
		await page.getByRole('link', { name: 'Zoek hulp in 4 korte vragen' }).tap();
		await expect.poll(() => page.locator('h1').textContent()).toBe('Voor wie zorgt u?');
		await page.getByRole('button', { name: 'Mijn partner' }).tap();
		await expect.poll(() => page.locator('h1').textContent()).toBe('Wat speelt er bij uw naaste?');
		await page.getByText('Dementie of vergeetachtigheid').tap();
		await page.getByRole('button', { name: 'Verder' }).tap();
		await page.getByRole('link', { name: 'Sla over' }).tap();
		await page.getByRole('button', { name: 'De Haven' }).tap();
		await expect.poll(() => new URL(page.url()).pathname).toBe('/resultaten');
		// Scrolling makes Kit keep a scroll position for this entry.
		await page.mouse.wheel(0, 600);

		await expect
			.poll(() => new URL(page.url()).pathname + new URL(page.url()).search, { timeout: 20_000 })
			.toBe('/kiosk?kiosk=1');
		await hydrated(page);
		expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);

		// Before the kiosk was started the browser showed an empty page; any step of the visit would show answers.
		const answersShown = () => /resultaten|vragen|voor=|situatie=|wijk=/.test(page.url());
		await page.goBack();
		expect(answersShown(), page.url()).toBe(false);
		await page.goForward();
		expect(answersShown(), page.url()).toBe(false);
		await page.reload();
		await hydrated(page);
		expect(answersShown(), page.url()).toBe(false);
	});
});

/** Every link and button a visitor can see, with its height, on a kiosk page. */
async function smallTargets(page: import('playwright-core').Page) {
	return page.locator('a[href], button, summary, [role="button"]').evaluateAll((elements) =>
		elements
			.filter((el) => {
				const box = el.getBoundingClientRect();
				const style = getComputedStyle(el);
				// Visually hidden, off-screen until focused (the skip links) or not rendered: not a target on screen.
				return (
					box.width > 1 &&
					box.height > 1 &&
					box.bottom + window.scrollY > 0 &&
					style.visibility !== 'hidden' &&
					!el.closest('dialog:not([open]), [hidden]')
				);
			})
			.filter((el) => el.getBoundingClientRect().height < 64)
			.map(
				(el) => `${el.tagName} "${el.textContent?.trim()}" ${el.getBoundingClientRect().height}px`
			)
	);
}

describe('kiosk touch targets', () => {
	const group = offers.find((o) => o.kind === 'lotgenotengroep') ?? offers[0]!;
	const pages = [
		'/kiosk',
		`/resultaten?voor=partner&situatie=dementie&kiosk=1`,
		`/aanbod/${steunpunt.id}?kiosk=1`,
		`/aanbod/${group.id}?kiosk=1`,
		'/lijstje?kiosk=1',
		'/kaart?kiosk=1'
	];
	for (const path of pages) {
		it(`every visible link and button on ${path} is at least 64 px high`, async () => {
			const { page } = await open(path, {
				hasTouch: true,
				viewport: { width: 1080, height: 1920 }
			});
			await hydrated(page);
			// Kiosk mode (its bar) is loaded after hydration.
			await page.getByRole('button', { name: 'Begin opnieuw' }).waitFor();
			await listsWhole(page);
			expect(await smallTargets(page)).toEqual([]);
		});
	}
});
