import { describe, expect, it } from 'vitest';
import { axeViolations, hydrated, useBrowser } from './harness';
import { wijkByName } from './example-data';

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
		expect(await dialog.getByRole('img', { name: /QR-code: Bel/ }).count()).toBe(1);
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
});
