/**
 * A new version of the site. A second deployment is simulated on a server of this test's
 * own: a copy of build/ as version 1, and a copy with another version name in
 * service-worker.js (what every real build changes) plus a mark on every page as version 2.
 * The port stays the same, so the browser sees one site that was redeployed.
 *
 * A returning visitor sees the deployed build after one reload, whatever other tabs are
 * open; a page open while the new version arrives offers a reload and never reloads by
 * itself; a kiosk takes the new version at its reset.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheName } from '../../src/lib/offline';
import { serveBuild } from '../../scripts/serve.js';
import { axeViolations, hydrated, useBrowser } from './harness';

const { newVisit } = useBrowser();

/** Resolves once a service worker controls the page: the site in its default language is then in the cache. */
async function controlled(page: Page) {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
		timeout: 30_000
	});
}

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
				JSON.stringify({ idleSeconds: 600, countdownSeconds: 1 })
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
	/** Version 1 is in use and kept offline; then version 2 is deployed. */
	async function redeployed(path: string) {
		const site = await serve(first);
		const { context } = await newVisit({ serviceWorkers: 'allow' });
		const problems: string[] = [];
		const page = await watchedPage(context, new URL(site).origin, problems);
		await page.goto(site + path);
		await hydrated(page);
		await controlled(page);
		await serve(second);
		return { site, context, page, problems };
	}

	/** The browser looks for a new service worker itself (on a full load, or daily); the test asks now. */
	const checkForUpdate = (page: Page) =>
		page.evaluate(async () => {
			await (await navigator.serviceWorker.getRegistration())?.update();
		});

	/** Resolves with the next message the page gets from its service worker. */
	const nextWorkerMessage = (page: Page) =>
		page.evaluate(
			() =>
				new Promise<unknown>((resolve) =>
					navigator.serviceWorker.addEventListener('message', (event) => resolve(event.data), {
						once: true
					})
				)
		);

	const notice = 'Er is nieuwe informatie op deze kaart.';

	it('one reload shows the deployed build, also with another tab open', async () => {
		const { site, context, page, problems } = await redeployed('/');
		const other = await watchedPage(context, new URL(site).origin, problems);
		await other.goto(`${site}/over`);
		await hydrated(other);

		await page.reload();
		await hydrated(page);
		expect(await pageVersion(page)).toBe('2');
		await other.reload();
		await hydrated(other);
		expect(await pageVersion(other)).toBe('2');

		// The reloaded page goes on as usual.
		await page.getByRole('link', { name: 'Hulp zoeken' }).first().click();
		await expect.poll(() => page.locator('h1').textContent()).toBe('Voor wie zorgt u?');
		expect(problems).toEqual([]);
	});

	it('an open page offers a reload when the new version arrives, and does not reload by itself', async () => {
		const { page, problems } = await redeployed('/');
		await checkForUpdate(page);
		await expect.poll(() => page.getByText(notice).isVisible(), { timeout: 30_000 }).toBe(true);
		expect(await pageVersion(page)).toBe('1');
		expect(await axeViolations(page)).toEqual([]);

		// The visitor goes on reading: nothing reloads, the notice stays.
		await page.getByRole('link', { name: 'Hulp zoeken' }).first().click();
		await expect.poll(() => page.locator('h1').textContent()).toBe('Voor wie zorgt u?');
		expect(await pageVersion(page)).toBe('1');
		expect(await page.getByText(notice).isVisible()).toBe(true);

		await page.getByRole('button', { name: 'Laad de pagina opnieuw' }).click();
		await expect.poll(() => pageVersion(page), { timeout: 15_000 }).toBe('2');
		await hydrated(page);
		expect(await page.locator('h1').textContent()).toBe('Voor wie zorgt u?');
		expect(await page.getByText(notice).count()).toBe(0);
		expect(await cacheNames(page)).toEqual([cacheName(nextVersion)]);
		expect(problems).toEqual([]);
	});

	it('a kiosk shows no notice and takes the new version at its reset', async () => {
		const { page, problems } = await redeployed('/kiosk?kiosk=1');
		const message = nextWorkerMessage(page);
		await checkForUpdate(page);
		expect(await message).toEqual({ type: 'mantelzorgkaart:version', version: nextVersion });
		// Svelte has drawn what the message changed by the next frame.
		await page.evaluate(() => new Promise(requestAnimationFrame));
		expect(await page.getByText(notice).count()).toBe(0);
		expect(await pageVersion(page)).toBe('1');

		await page.getByRole('button', { name: 'Begin opnieuw' }).click();
		await expect.poll(() => pageVersion(page), { timeout: 15_000 }).toBe('2');
		await hydrated(page);
		expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/kiosk?kiosk=1');
		expect(problems).toEqual([]);
	});
});
