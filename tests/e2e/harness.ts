/**
 * Shared end-to-end setup: one headless Chromium per test file, a fresh context per page.
 * Every page records what a visitor must never get: a request to another host, a page
 * error or a console error. The test that opened it fails on any of them.
 */
import AxeBuilder from '@axe-core/playwright';
import {
	chromium,
	type Browser,
	type BrowserContext,
	type BrowserContextOptions,
	type Page
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { CHROME_ARGS } from '../../scripts/find-chrome.js';

export const baseUrl = inject('baseUrl');

/** The address of a fixture site (a folder under tests/fixtures/sites), built by build:fixtures. */
export function siteUrl(name: string): string {
	const url = inject('siteUrls')[name];
	if (!url) throw new Error(`fixture site ${name} is not built: run npm run build:fixtures`);
	return url;
}

export interface Visit {
	page: Page;
	context: BrowserContext;
	/** Problems seen so far; checked after each test. */
	problems: string[];
	/** Everything the page requested. */
	requests: string[];
}

export interface OpenOptions extends BrowserContextOptions {
	/** Console messages matching this are expected (for example a refused geolocation). */
	allowConsole?: RegExp;
	/** A fixture site under tests/fixtures/sites instead of the example gemeente. */
	site?: string;
}

/** `args`: Chromium flags on top of the usual ones, e.g. `--disable-webgl` for a browser without WebGL. */
export function useBrowser({ args = [] }: { args?: string[] } = {}) {
	let browser: Browser | undefined;
	const visits: Visit[] = [];

	beforeAll(async () => {
		browser = await chromium.launch({
			executablePath: process.env.CHROME_PATH,
			args: [...CHROME_ARGS, ...args]
		});
	});
	afterEach(async () => {
		const problems = visits.flatMap((v) => v.problems);
		await Promise.all(visits.splice(0).map((v) => v.context.close()));
		expect(problems, 'errors or foreign requests during the test').toEqual([]);
	});
	afterAll(async () => {
		await browser?.close();
	});

	async function newVisit(options: OpenOptions = {}): Promise<Visit> {
		if (!browser) throw new Error('browser not launched');
		const { allowConsole, site, ...contextOptions } = options;
		// The service worker precaches the whole site in the background; only the offline tests want that.
		const context = await browser.newContext({
			locale: 'nl-NL',
			timezoneId: 'Europe/Amsterdam',
			serviceWorkers: 'block',
			...contextOptions
		});
		const page = await context.newPage();
		const visit: Visit = { page, context, problems: [], requests: [] };
		const origin = new URL(site ? siteUrl(site) : baseUrl).origin;
		page.on('request', (request) => {
			const url = request.url();
			visit.requests.push(url);
			if (/^(data|blob):/.test(url)) return;
			if (new URL(url).origin !== origin) visit.problems.push(`request to another host: ${url}`);
		});
		page.on('pageerror', (error) => visit.problems.push(`page error: ${error.message}`));
		page.on('console', (message) => {
			if (message.type() === 'error' && !allowConsole?.test(message.text())) {
				visit.problems.push(`console error: ${message.text()}`);
			}
		});
		visits.push(visit);
		return visit;
	}

	/** Opens a path of the built site in a fresh context. */
	async function open(path: string, options: OpenOptions = {}): Promise<Visit> {
		const visit = await newVisit(options);
		await visit.page.goto((options.site ? siteUrl(options.site) : baseUrl) + path);
		return visit;
	}

	return { open, newVisit };
}

/** Runs axe with the WCAG 2.2 A and AA rules and returns the violations in a readable form. */
export async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	return results.violations.map(
		(v) =>
			`${v.id}: ${v.help} (${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join('; ')})`
	);
}

/**
 * Waits until the page's lists are whole: the results page and /kaart build their cards a few
 * at a time after hydration, and mark a list aria-busy until then (and during a search).
 */
export async function listsWhole(page: Page): Promise<void> {
	await hydrated(page);
	await expect.poll(() => page.locator('[aria-busy="true"]').count()).toBe(0);
}

/** Waits until SvelteKit has hydrated the page, so clicks reach the enhanced handlers. */
export async function hydrated(page: Page): Promise<void> {
	await page.waitForSelector('body[data-hydrated]', { state: 'attached' });
}
