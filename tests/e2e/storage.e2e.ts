/**
 * A browser that blocks site data ("block all cookies" in Chrome, Firefox strict mode,
 * Safari for a framed page): localStorage and sessionStorage throw on the mere access. Every
 * page still works, the results page shows every result, the lijstje works for as long as the
 * page is open and says it cannot be kept, and text size, kiosk and embed work.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_ARGS } from '../../scripts/find-chrome.js';
import { baseUrl, hydrated } from './harness';
import { offers } from './example-data';

let profile = '';
let context: BrowserContext;
let host: Server;
let hostOrigin = '';
const problems: string[] = [];

beforeAll(async () => {
	// A fresh profile whose only setting is Chrome's "Block all cookies" (site data included).
	profile = mkdtempSync(join(tmpdir(), 'mantelzorgkaart-blocked-'));
	mkdirSync(join(profile, 'Default'));
	writeFileSync(
		join(profile, 'Default', 'Preferences'),
		JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } })
	);
	context = await chromium.launchPersistentContext(profile, {
		executablePath: process.env.CHROME_PATH,
		args: CHROME_ARGS,
		locale: 'nl-NL',
		timezoneId: 'Europe/Amsterdam'
	});
	// Another site that shows /insluiten in an iframe.
	host = createServer((_req, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(
			`<!doctype html><html lang="nl"><head><title>Gemeente</title></head><body><h1>Mantelzorg</h1>` +
				`<iframe src="${baseUrl}/insluiten?hulp=respijtzorg" title="Mantelzorgkaart" style="width:100%;height:40rem"></iframe></body></html>`
		);
	});
	await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
	hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
afterEach(() => {
	expect(problems.splice(0), 'errors or foreign requests during the test').toEqual([]);
});
afterAll(async () => {
	await context?.close();
	await new Promise((resolve) => host?.close(resolve));
	rmSync(profile, { recursive: true, force: true });
});

/** A new tab in the blocking profile, checked the harness's way. */
async function tab(path: string): Promise<Page> {
	const page = await context.newPage();
	const allowed = new Set([new URL(baseUrl).origin, hostOrigin]);
	page.on('request', (request) => {
		const url = request.url();
		if (!/^(data|blob):/.test(url) && !allowed.has(new URL(url).origin))
			problems.push(`request to another host: ${url}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	await page.goto(path.startsWith('http') ? path : baseUrl + path);
	return page;
}

describe('with site data blocked', () => {
	it('the profile really blocks storage', async () => {
		const page = await tab('/');
		expect(
			await page.evaluate(() => {
				try {
					return typeof window.localStorage;
				} catch (error) {
					return (error as Error).name;
				}
			})
		).toBe('SecurityError');
		await page.close();
	});

	it('the questions lead to the results, and every result is shown', async () => {
		const page = await tab('/vragen/voor-wie');
		await hydrated(page);
		for (let i = 0; i < 4; i++) await page.getByRole('link', { name: 'Sla over' }).click();
		await expect.poll(() => page.locator('h1').textContent()).toBe('Alle hulp');
		// The cards are built a few at a time after the page shows.
		await expect.poll(() => page.locator('#gevonden ~ ol article').count()).toBe(offers.length - 1);

		await page.goto(`${baseUrl}/resultaten`);
		await hydrated(page);
		await expect.poll(() => page.locator('#gevonden ~ ol article').count()).toBe(offers.length - 1);
		await page.close();
	});

	it('text size works on the page, and the lijstje works while the page is open and says it is not kept', async () => {
		const page = await tab('/resultaten?hulp=respijtzorg');
		await hydrated(page);
		await page.getByRole('button', { name: 'Grootste tekst' }).click();
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).not.toBe(
			'16px'
		);

		await page
			.getByRole('button', { name: /^Bewaar / })
			.first()
			.click();
		expect(await page.locator('button.save[aria-pressed="true"]').count()).toBe(1);
		const myList = page.getByRole('link', { name: /Mijn lijstje/ }).first();
		await expect.poll(() => myList.textContent()).toContain('(1');
		await myList.click();
		await expect.poll(() => page.locator('h1').textContent()).toBe('Mijn lijstje');
		expect(await page.locator('main article').count()).toBe(1);
		await expect
			.poll(() => page.locator('main').textContent())
			.toContain('Deze browser bewaart niets.');
		await page.close();
	});

	it('the kiosk starts, takes a tap, and resets', async () => {
		const page = await tab('/kiosk');
		await page.route('**/kiosk.json', (route) =>
			route.fulfill({ json: { idleSeconds: 2, countdownSeconds: 1 } })
		);
		await page.reload();
		await hydrated(page);
		await page.getByRole('link', { name: 'Zoek hulp in 4 korte vragen' }).click();
		await expect.poll(() => page.locator('h1').textContent()).toBe('Voor wie zorgt u?');
		await expect
			.poll(() => new URL(page.url()).pathname + new URL(page.url()).search, { timeout: 20_000 })
			.toBe('/kiosk?kiosk=1');
		await hydrated(page);
		await page.close();
	});

	it('the embed on another site lists its help', async () => {
		const page = await tab(hostOrigin);
		const element = await page.waitForSelector(`iframe`);
		const frame = (await element.contentFrame())!;
		await frame.waitForSelector('body[data-hydrated]', { state: 'attached' });
		expect(await frame.locator('li[data-offer-id]').count()).toBeGreaterThan(0);
		await page.close();
	});
});
