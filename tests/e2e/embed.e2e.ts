/**
 * /insluiten inside another site: a host page on another origin carries the README's
 * snippet (tests/fixtures/embed/index.html). The list follows the filter in the iframe's
 * address, the iframe grows and shrinks with its content, and a height message from any
 * other origin is ignored.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeAnswers, EMPTY_ANSWERS, parseAnswers, type Answers } from '../../src/lib/answers';
import { HEIGHT_MESSAGE } from '../../src/lib/embed';
import { matchOffers } from '../../src/lib/match';
import { loadCatalog } from '../../src/lib/server/catalog';
import { axeViolations, baseUrl, hydrated, useBrowser } from './harness';
import { wijkByName, wijken } from './example-data';
import { dutchInterfaceText } from './dutch-text';

const { open, newVisit } = useBrowser();
const kaart = new URL(baseUrl).origin;
const FIXTURES = 'tests/fixtures/embed';

/** Serves the fixture pages, with the kaart's address filled in, the way a gemeente's own site would. */
function serveFixtures(): Promise<{ server: Server; origin: string }> {
	const server = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://x').pathname;
		// Browsers ask every site for its icon; this one has none, and says so without an error.
		if (path === '/favicon.ico') {
			res.writeHead(204).end();
			return;
		}
		const file = { '/': 'index.html', '/andere-site.html': 'andere-site.html' }[path];
		if (!file) {
			res.writeHead(404).end();
			return;
		}
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(readFileSync(`${FIXTURES}/${file}`, 'utf8').replaceAll('{{KAART}}', kaart));
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () =>
			resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })
		)
	);
}

let host: Awaited<ReturnType<typeof serveFixtures>>;
let foreign: Awaited<ReturnType<typeof serveFixtures>>;
beforeAll(async () => {
	[host, foreign] = await Promise.all([serveFixtures(), serveFixtures()]);
});
afterAll(async () => {
	await Promise.all(
		[host, foreign].map(({ server }) => new Promise((resolve) => server.close(resolve)))
	);
});

/**
 * The harness's checks for a page that is allowed to talk to more than the kaart's origin:
 * the host page and, in one test, the foreign page. The harness's own page stays unused.
 */
async function hostVisit(origins: string[]) {
	// Service workers allowed on purpose: the test checks that the embed does not register one.
	const { context } = await newVisit({ serviceWorkers: 'allow' });
	const page = await context.newPage();
	const problems: string[] = [];
	const allowed = new Set([kaart, ...origins]);
	page.on('request', (request) => {
		if (!allowed.has(new URL(request.url()).origin))
			problems.push(`request to another host: ${request.url()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	return { page, problems };
}

async function kaartFrame(page: Page): Promise<Frame> {
	const element = await page.waitForSelector(`iframe[src^="${kaart}/insluiten"]`);
	const frame = await element.contentFrame();
	if (!frame) throw new Error('the iframe has no document');
	await frame.waitForSelector('body[data-hydrated]', { state: 'attached' });
	return frame;
}

const frameHeight = (page: Page) =>
	page.$eval('iframe', (frame) => frame.getBoundingClientRect().height);
const contentHeight = (frame: Frame) =>
	frame.$eval('.embed', (embed) => Math.ceil(embed.getBoundingClientRect().height));

const answersIn = (url: string): Answers =>
	parseAnswers(new URL(url).searchParams, new Set(wijken.map((w) => w.code)));

/** What the list must show for the filter in the iframe's address: the same matching as the results page. */
function expectedIds(answers: Answers): string[] {
	const { listings, steunpuntId, neighbours } = loadCatalog();
	const context = {
		steunpuntId,
		neighbours: new Map(Object.entries(neighbours).map(([code, list]) => [code, new Set(list)]))
	};
	return matchOffers(listings, answers, context).matches.map((m) => m.listing.id);
}

describe('the embed on another site', () => {
	it('lists the help for the filter in its address, with a link to the full site', async () => {
		const { page, problems } = await hostVisit([host.origin]);
		await page.goto(host.origin);
		const frame = await kaartFrame(page);
		const answers = answersIn((await page.getAttribute('iframe', 'src'))!);
		expect(answers).not.toEqual(EMPTY_ANSWERS);

		const ids = await frame.$$eval('li[data-offer-id]', (items) =>
			items.map((li) => (li as HTMLElement).dataset.offerId)
		);
		expect(ids.length).toBeGreaterThan(0);
		expect(ids).toEqual(expectedIds(answers));
		const wijk = wijken.find((w) => w.code === answers.wijk)!;
		expect(await frame.locator('h1').textContent()).toBe(describeAnswers(answers, wijk.name));
		// No site header, footer or menu inside another site.
		expect(await frame.locator('header, footer, nav').count()).toBe(0);
		// An embed never installs the offline copy of the whole site in the background.
		expect(
			await frame.evaluate(() =>
				navigator.serviceWorker.getRegistration().then((r) => r === undefined)
			)
		).toBe(true);

		const link = frame.getByRole('link', { name: /^Bekijk op de kaart/ });
		expect(await link.getAttribute('rel')).toBe('noopener');
		const [popup] = await Promise.all([page.waitForEvent('popup'), link.click()]);
		await popup.waitForLoadState();
		const opened = new URL(popup.url());
		expect(opened.origin).toBe(kaart);
		expect(opened.pathname).toBe('/resultaten');
		expect(answersIn(popup.url())).toEqual(answers);
		expect(problems).toEqual([]);
	});

	it('is as tall as its content, also when the content reflows', async () => {
		const { page, problems } = await hostVisit([host.origin]);
		await page.setViewportSize({ width: 1024, height: 768 });
		await page.goto(host.origin);
		const frame = await kaartFrame(page);

		await expect
			.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))))
			.toBeLessThanOrEqual(1);
		const wide = await frameHeight(page);
		expect(
			await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)
		).toBe(true);

		// A phone: the same list wraps onto more lines, and the iframe follows.
		await page.setViewportSize({ width: 360, height: 740 });
		await expect.poll(() => frameHeight(page)).toBeGreaterThan(wide);
		await expect
			.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))))
			.toBeLessThanOrEqual(1);
		expect(problems).toEqual([]);
	});

	it('ignores a height message from another origin, also when it comes from the iframe', async () => {
		const { page, problems } = await hostVisit([host.origin, foreign.origin]);
		await page.goto(host.origin);
		await kaartFrame(page);
		await expect.poll(() => page.$eval('iframe', (frame) => frame.style.height)).not.toBe('40rem');
		const sized = await frameHeight(page);

		// Record every message the host page gets, next to insluiten.js's own listener.
		await page.evaluate(() => {
			const seen: string[] = [];
			Object.assign(window, { seen });
			window.addEventListener('message', (event) => seen.push(event.origin));
		});
		// The host page itself, and then a page of another site loaded into the same iframe, send a height.
		await page.evaluate((type) => window.postMessage({ type, height: 5 }, '*'), HEIGHT_MESSAGE);
		await page.$eval(
			'iframe',
			(frame, url) => ((frame as HTMLIFrameElement).src = url),
			`${foreign.origin}/andere-site.html`
		);

		// The kaart's own height messages may arrive meanwhile; only the others matter here.
		const seen = () => page.evaluate(() => (window as unknown as { seen: string[] }).seen);
		await expect
			.poll(async () => (await seen()).filter((origin) => origin !== kaart))
			.toEqual([host.origin, foreign.origin]);
		expect(await frameHeight(page)).toBe(sized);
		expect(problems).toEqual([]);
	});
});

describe('in other languages', () => {
	it('/en/insluiten is English and its links open the English site', async () => {
		const { page } = await open('/en/insluiten');
		await hydrated(page);
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		expect(await page.locator('h1').textContent()).toBe('All help');
		expect(await page.locator('.new-window').textContent()).toBe(
			'The links open the Mantelzorgkaart in a new window.'
		);
		expect(await page.getByRole('heading', { name: 'Start here' }).count()).toBe(1);
		const ids = expectedIds(EMPTY_ANSWERS);
		expect(
			await page.getByRole('heading', { name: `Help that fits (${ids.length})` }).count()
		).toBe(1);

		const hrefs = await page
			.locator('li[data-offer-id] a.name')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(hrefs).toEqual(ids.map((id) => `/en/aanbod/${id}`));
		const link = page.getByRole('link', { name: 'View on the map (opens in a new window)' });
		expect(await link.getAttribute('href')).toBe('/en/resultaten');
		// The kind of each offer in English too: a day care centre is "Day care".
		expect(
			await page.locator('li[data-offer-id] .kind', { hasText: /^Day care/ }).count()
		).toBeGreaterThan(0);
		expect(await page.locator('li[data-offer-id] .phone a').first().textContent()).toMatch(
			/^Call \d/
		);
		expect(await dutchInterfaceText(page)).toEqual([]);
	});
});

describe('accessibility', () => {
	for (const url of [
		'/insluiten',
		`/insluiten?wijk=${wijkByName('De Haven').code}&hulp=respijtzorg`,
		'/en/insluiten',
		'/ar/insluiten?hulp=respijtzorg'
	]) {
		it(`axe finds no violations on ${url}`, async () => {
			const { page } = await open(url);
			await hydrated(page);
			expect(await axeViolations(page)).toEqual([]);
		});
	}
});
