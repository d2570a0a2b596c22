import { describe, expect, it } from 'vitest';
import { baseUrl, hydrated, useBrowser } from './harness';
import { offers, wijken } from './example-data';

const { open, newVisit } = useBrowser();

const ROUTES = [
	'/',
	'/vragen/voor-wie',
	'/resultaten',
	`/aanbod/${offers[0]!.id}`,
	'/hulp/respijtzorg',
	`/wijk/${wijken[0]!.code}`,
	'/kaart',
	'/lijstje',
	'/verwijzen',
	'/kiosk',
	'/over',
	'/overzicht'
];

/** A small seeded generator, so a failing query string can be reproduced. */
function random(seed: number) {
	return () => {
		seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
		return seed / 2 ** 31;
	};
}

const HOSTILE = [
	'<script>window.__pwned=1</script>',
	'"><img src=x onerror="window.__pwned=1">',
	'javascript:window.__pwned=1',
	'%E0%A4%A',
	'%',
	'%%32%30',
	'\u202e\u0000\ud83d\ude00',
	'🧓🏽 zorg',
	'respijtzorg'.repeat(400),
	'__proto__',
	'constructor',
	'1,2,3,,,',
	'dementie,<svg/onload=window.__pwned=1>'
];
const KEYS = [
	'voor',
	'situatie',
	'hulp',
	'groep',
	'wijk',
	'q',
	'pc',
	'km',
	'ids',
	'kiosk',
	'__proto__',
	'',
	'x'
];

function hostileQueries(count: number): string[] {
	const next = random(20261130);
	const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
	return Array.from({ length: count }, () => {
		const parts = Array.from({ length: 1 + Math.floor(next() * 6) }, () => {
			const value = next() < 0.5 ? pick(HOSTILE) : encodeURIComponent(pick(HOSTILE));
			return `${pick(KEYS)}=${value}`;
		});
		return parts.join(next() < 0.2 ? '&&' : '&');
	});
}

describe('content security policy', () => {
	for (const route of ROUTES) {
		it(`${route} has a strict policy and raises no violation`, async () => {
			const { page } = await open(route);
			await hydrated(page);
			const policy = await page
				.locator('meta[http-equiv="content-security-policy"]')
				.getAttribute('content');
			const scriptSrc = policy?.match(/script-src ([^;]*)/)?.[1] ?? '';
			expect(scriptSrc).toContain("'self'");
			expect(scriptSrc).not.toContain('unsafe-inline');
			expect(scriptSrc).not.toContain('unsafe-eval');
			expect(policy).toContain("object-src 'none'");
			// A violation is a console error, which the harness turns into a failure; this says it plainly.
			expect(
				await page.evaluate(() => performance.getEntriesByType('resource').length)
			).toBeGreaterThan(0);
		});
	}
});

describe('robustness', () => {
	it('500 random and hostile query strings never break the results page or run a script', async () => {
		// A phone-sized window: the results map stays behind its toggle, so each load measures the page itself.
		const visit = await newVisit({ viewport: { width: 400, height: 800 } });
		await visit.page.addInitScript(() => {
			window.alert = () => ((window as unknown as { __pwned: number }).__pwned = 1);
		});
		for (const query of hostileQueries(500)) {
			await visit.page.goto(`${baseUrl}/resultaten?${query}`, { waitUntil: 'load' });
			await hydrated(visit.page);
			const state = await visit.page.evaluate(() => ({
				pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
				heading: document.querySelector('h1')?.textContent ?? ''
			}));
			expect(state.pwned, query).toBe(0);
			expect(state.heading.length, query).toBeGreaterThan(0);
			expect(visit.problems, query).toEqual([]);
		}
	}, 900_000);
});

describe('privacy', () => {
	it('sets no cookie and keeps nothing in storage but the lijstje', async () => {
		const { page, context } = await open('/');
		await hydrated(page);
		await page.getByRole('link', { name: 'Ik zorg voor mijn partner met dementie' }).click();
		await expect.poll(() => new URL(page.url()).pathname).toBe('/resultaten');
		await page
			.getByRole('button', { name: /^Bewaar / })
			.first()
			.click();
		await page.goto(`${baseUrl}/kaart?hulp=respijtzorg`);
		await hydrated(page);
		await page.goto(`${baseUrl}/vragen/waar?hulp=respijtzorg`);
		await hydrated(page);

		expect(await context.cookies()).toEqual([]);
		const storage = await page.evaluate(() => ({
			local: Object.keys(localStorage),
			session: Object.fromEntries(Object.entries(sessionStorage)),
			cookie: document.cookie
		}));
		expect(storage.cookie).toBe('');
		expect(storage.local).toEqual(['mantelzorgkaart:lijstje']);
		// SvelteKit keeps scroll positions per history entry; they hold no answers.
		expect(Object.keys(storage.session).every((key) => key.startsWith('sveltekit:'))).toBe(true);
		expect(JSON.stringify(storage.session)).not.toMatch(/dementie|partner|respijtzorg/);
	});
});
