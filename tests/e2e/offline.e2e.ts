/**
 * Offline once loaded: after one visit the service worker answers every page, the question
 * flow, search and the map without a network, and says so. A new version waits: the page in
 * use keeps its own version until the next full load, and never while another tab is open.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/data';
import { cacheName, dataDate } from '../../src/lib/offline';
import { serveBuild } from '../../scripts/serve.js';
import { baseUrl, hydrated, useBrowser } from './harness';
import { offers, steunpunt } from './example-data';

const { open, newVisit } = useBrowser();

/** Resolves once a service worker controls the page: the site in its default language is then in the cache. */
async function controlled(page: Page) {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
		timeout: 30_000
	});
}

/** A full load (not a client-side navigation) that must be answered by the service worker. */
async function loadFromCache(page: Page, url: string) {
	const response = await page.goto(url);
	expect(response?.fromServiceWorker(), url).toBe(true);
	await hydrated(page);
}

describe('offline once loaded', () => {
	// The newest check date in the data: the visitor's copy can be no newer.
	const notice = `U bent offline; de gegevens zijn van ${formatDate(dataDate(offers.map((o) => o.lastVerified))!)}.`;

	it('after one visit, another offer page, the questions, search and the map work without a network', async () => {
		const { page, context } = await open('/', { serviceWorkers: 'allow' });
		await hydrated(page);
		await controlled(page);
		expect(await page.getByText(notice).count()).toBe(0);

		await context.setOffline(true);
		await expect.poll(() => page.getByText(notice).isVisible()).toBe(true);

		// An offer page this visit never opened.
		const offer = offers.find((o) => o.id !== steunpunt.id && o.kind === 'alzheimercafe')!;
		await loadFromCache(page, `${baseUrl}/aanbod/${offer.id}`);
		expect(await page.locator('h1').textContent()).toBe(offer.name);
		expect(await page.getByText(notice).isVisible()).toBe(true);

		// The question flow, answered by tapping, ends on the results with the answers from the address.
		await loadFromCache(page, `${baseUrl}/vragen/voor-wie`);
		await page.getByRole('button', { name: 'Mijn partner' }).click();
		await expect.poll(() => page.locator('h1').textContent()).toBe('Wat speelt er bij uw naaste?');
		await page.getByLabel('Dementie of vergeetachtigheid').check();
		await page.getByRole('button', { name: 'Verder' }).click();
		await expect.poll(() => page.locator('h1').textContent()).toBe('Waarmee wilt u hulp?');
		await page.getByLabel(/even tijd voor mezelf/).check();
		await page.getByRole('button', { name: 'Verder' }).click();
		await expect.poll(() => page.locator('h1').textContent()).toBe('Waar woont uw naaste?');
		await page.getByRole('button', { name: 'De Haven' }).click();
		await expect
			.poll(() => page.locator('h1').textContent())
			.toBe('Even tijd voor uzelf, voor uw partner met dementie, in De Haven');
		expect(await page.locator('#gevonden ~ ol article').count()).toBeGreaterThan(0);

		// A full load with answers in the query is the same prerendered page.
		await page.reload();
		await hydrated(page);
		await expect
			.poll(() => page.locator('h1').textContent())
			.toBe('Even tijd voor uzelf, voor uw partner met dementie, in De Haven');

		// Search from the start page: the search index comes from the cache too. "geheugen" means dementia.
		await loadFromCache(page, `${baseUrl}/`);
		const field = page.getByLabel(/Waar zoekt u hulp bij/);
		await field.fill('geheugen');
		await field.press('Enter');
		await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('geheugen');
		await expect
			.poll(() => page.locator('h1').textContent())
			.toBe('Alle hulp, gezocht op ‘geheugen’');
		const firstId = await page
			.locator('#gevonden ~ ol article')
			.first()
			.getAttribute('data-offer-id');
		expect(offers.find((o) => o.id === firstId)?.conditions).toContain('dementie');
		expect(await page.getByText(/Zoeken lukt nu niet/).count()).toBe(0);

		// The map: the SVG plattegrond, and after a zoom MapLibre and its worker, all from the cache.
		await loadFromCache(page, `${baseUrl}/kaart`);
		await hydrated(page);
		await page.getByRole('button', { name: 'Inzoomen' }).click();
		await page.waitForSelector('[data-map-state="idle"]', { timeout: 45_000 });
		expect(await page.locator('[data-map-marker]').count()).toBeGreaterThan(0);
		expect(await page.getByText(notice).isVisible()).toBe(true);

		await context.setOffline(false);
		await expect.poll(() => page.getByText(notice).count()).toBe(0);
	});
});

describe('offline in another language', () => {
	const hasStartPage = (page: Page, path: string) =>
		page.evaluate((p) => caches.match(p).then((response) => response !== undefined), path);

	it('a Dutch visit keeps only the Dutch pages; a visit in English keeps the English pages too', async () => {
		const { page, context } = await open('/', { serviceWorkers: 'allow' });
		await hydrated(page);
		await controlled(page);
		expect(await hasStartPage(page, '/')).toBe(true);
		expect(await hasStartPage(page, '/en')).toBe(false);

		await page.goto(`${baseUrl}/en`);
		await hydrated(page);
		await expect.poll(() => hasStartPage(page, '/en'), { timeout: 30_000 }).toBe(true);

		await context.setOffline(true);
		await loadFromCache(page, `${baseUrl}/en/vragen/voor-wie`);
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
		await loadFromCache(page, `${baseUrl}/en/kaart`);
		expect(await page.locator('[data-plattegrond]').count()).toBe(1);
	});
});

/**
 * A second deployment, simulated on a server of this test's own: a copy of build/ as
 * version 1, and a copy with another version name in service-worker.js (what every real
 * build changes) plus a mark on every page as version 2. The port stays the same, so the
 * browser sees one site that was redeployed. Both copies give the kiosk short timers.
 */
describe('a new version', () => {
	let port = 0;
	let server: Server | undefined;
	let version = '';
	let nextVersion = '';
	let copies = '';
	let first = '';
	let second = '';

	beforeAll(() => {
		version = JSON.parse(readFileSync('build/_app/version.json', 'utf8')).version;
		nextVersion = `${version}-2`;
		copies = mkdtempSync(join(tmpdir(), 'mantelzorgkaart-versions-'));
		first = join(copies, '1');
		second = join(copies, '2');
		for (const dir of [first, second]) {
			cpSync('build', dir, { recursive: true });
			writeFileSync(
				join(dir, 'kiosk.json'),
				JSON.stringify({ idleSeconds: 3, countdownSeconds: 1 })
			);
		}
		const worker = join(second, 'service-worker.js');
		writeFileSync(worker, readFileSync(worker, 'utf8').replaceAll(version, nextVersion));
		writeFileSync(join(second, '_app/version.json'), JSON.stringify({ version: nextVersion }));
		for (const file of readdirSync(second, { recursive: true, encoding: 'utf8' }).filter((f) =>
			f.endsWith('.html')
		)) {
			const path = join(second, file);
			writeFileSync(
				path,
				readFileSync(path, 'utf8').replace('<html ', '<html data-test-version="2" ')
			);
		}
	});
	afterAll(async () => {
		await stop();
		rmSync(copies, { recursive: true, force: true });
	});

	async function serve(dir: string) {
		await stop();
		const started = (await serveBuild({ dir, port })) as { server: Server; url: string };
		server = started.server;
		port = Number(new URL(started.url).port);
		return started.url;
	}
	async function stop() {
		if (!server) return;
		server.closeAllConnections();
		await new Promise((resolve) => server!.close(resolve));
		server = undefined;
	}

	/** A page in a context of the harness, checked the harness's way against this test's own origin. */
	async function watchedPage(context: BrowserContext, origin: string, problems: string[]) {
		const page = await context.newPage();
		page.on('request', (request) => {
			if (new URL(request.url()).origin !== origin)
				problems.push(`request to another host: ${request.url()}`);
		});
		page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
		page.on('console', (message) => {
			if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
		});
		return page;
	}

	const pageVersion = (page: Page) =>
		page.evaluate(() => document.documentElement.dataset.testVersion ?? '1').catch(() => 'loading');
	const cacheNames = (page: Page) => page.evaluate(() => caches.keys()).catch(() => ['loading']);
	const waiting = (page: Page) =>
		page
			.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r?.waiting))
			.catch(() => false);

	/** The site's windows as the service worker counts them; a closed tab may take a moment to leave the list. */
	const openWindows = (context: BrowserContext) =>
		context.serviceWorkers()[0]!.evaluate(async () => {
			const scope = self as unknown as {
				clients: { matchAll(options: object): Promise<unknown[]> };
			};
			return (await scope.clients.matchAll({ type: 'window', includeUncontrolled: true })).length;
		});

	/** Version 1 is in use; version 2 is deployed and has installed, waiting. */
	async function redeployed(path: string) {
		const site = await serve(first);
		const { context } = await newVisit({ serviceWorkers: 'allow' });
		const problems: string[] = [];
		const page = await watchedPage(context, new URL(site).origin, problems);
		await page.goto(site + path);
		await hydrated(page);
		await controlled(page);

		await serve(second);
		// The browser looks for a new service worker itself (on a full load, or daily); the test asks now.
		const checkForUpdate = () =>
			page
				.evaluate(async () => {
					const registration = await navigator.serviceWorker.getRegistration();
					if (registration && !registration.installing && !registration.waiting)
						await registration.update();
					return !!registration?.waiting;
				})
				.catch(() => false);
		await expect.poll(checkForUpdate, { timeout: 30_000 }).toBe(true);
		return { site, context, page, problems };
	}

	it('takes over only after a reload, and not while another tab is open', async () => {
		const { site, context, page, problems } = await redeployed('/');

		// The page in use keeps working on its own version: a client-side navigation still gets version 1's data and code.
		await page.getByRole('link', { name: 'Hulp zoeken' }).first().click();
		await expect.poll(() => page.locator('h1').textContent()).toBe('Voor wie zorgt u?');
		expect(await pageVersion(page)).toBe('1');
		expect(await cacheNames(page)).toEqual([cacheName(version), cacheName(nextVersion)].sort());

		// With a second tab open, a reload of the first leaves the new version waiting.
		const other = await watchedPage(context, new URL(site).origin, problems);
		await other.goto(`${site}/over`);
		await hydrated(other);
		await page.reload();
		await hydrated(page);
		await page.waitForTimeout(1000);
		expect(await pageVersion(page)).toBe('1');
		expect(await waiting(page)).toBe(true);

		// The only tab: the next full load hands over before anything is used, and shows version 2.
		await other.close();
		await expect.poll(() => openWindows(context)).toBe(1);
		await page.reload();
		await expect.poll(() => pageVersion(page), { timeout: 15_000 }).toBe('2');
		await hydrated(page);
		expect(await page.locator('h1').textContent()).toBe('Voor wie zorgt u?');
		expect(await cacheNames(page)).toEqual([cacheName(nextVersion)]);
		expect(await waiting(page)).toBe(false);
		expect(problems).toEqual([]);
	});

	it('takes over in a kiosk at the idle reset, without anyone reloading', async () => {
		const { page, problems } = await redeployed('/kiosk?kiosk=1');
		// Nobody touches the screen: "Bent u er nog?", then the reset, a full load of the start screen.
		await expect.poll(() => pageVersion(page), { timeout: 20_000 }).toBe('2');
		await hydrated(page);
		expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/kiosk?kiosk=1');
		// The kiosk keeps resetting every few seconds: ask until a page answers.
		await expect.poll(() => cacheNames(page)).toEqual([cacheName(nextVersion)]);
		expect(problems).toEqual([]);
	});
});
