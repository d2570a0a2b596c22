import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '../paraglide/runtime';
import {
	announcesNewVersion,
	answerFrom,
	cachedLanguages,
	cacheKey,
	cacheName,
	dataDate,
	isOldCache,
	keepLanguageMessage,
	offlineMessage,
	offlinePage,
	parseWorkerMessage,
	precache,
	precacheLanguage,
	precachePlan,
	versionMessage
} from './index';
import { formatDate } from '../data/dates';

const origin = 'https://kaart.voorbeeldstad.example';
const lists = {
	build: [
		'/_app/immutable/entry/start.abc.js',
		'/_app/immutable/assets/maplibre-gl-worker.def.mjs'
	],
	files: ['/favicon.svg', '/_headers', '/insluiten.js', '/themes/voorbeeld.css'],
	prerendered: [
		'/',
		'/resultaten',
		'/resultaten/__data.json',
		'/gebieden.geojson',
		'/aanbod/x/agenda.ics',
		'/en',
		'/en/resultaten',
		'/en/resultaten/__data.json',
		'/entree',
		'/offline',
		'/offline/__data.json',
		'/en/offline',
		'/en/offline/__data.json',
		'/'
	]
};
const locales = ['nl', 'en', 'tr'];

function fakeCache() {
	const stored = new Map<string, Response>();
	const key = (request: RequestInfo | URL) =>
		request instanceof Request ? request.url : String(request);
	const put = async (request: RequestInfo | URL, response: Response) => {
		stored.set(key(request), response);
	};
	const match = async (request: RequestInfo | URL) => stored.get(key(request));
	return { stored, put, match };
}

describe('what is precached', () => {
	const plan = precachePlan(lists, locales);

	it('installs the app, the map worker and every page and endpoint in the default language, each once', () => {
		expect(plan.core).toEqual([
			'/_app/immutable/entry/start.abc.js',
			'/_app/immutable/assets/maplibre-gl-worker.def.mjs',
			'/favicon.svg',
			'/themes/voorbeeld.css',
			'/',
			'/resultaten',
			'/resultaten/__data.json',
			'/gebieden.geojson',
			'/aanbod/x/agenda.ics',
			'/entree',
			'/offline',
			'/offline/__data.json',
			'/en/offline',
			'/en/offline/__data.json'
		]);
	});

	it('keeps the pages of another language apart, with its start page last', () => {
		expect([...plan.languages]).toEqual([
			['en', ['/en/resultaten', '/en/resultaten/__data.json', '/en']]
		]);
	});

	it('leaves out host configuration and the embed script for other sites', () => {
		expect(plan.all.has('/_headers')).toBe(false);
		expect(plan.all.has('/insluiten.js')).toBe(false);
		expect(plan.all.has('/en/resultaten')).toBe(true);
	});

	it('names caches by version and removes only its own old ones', () => {
		const current = cacheName('2');
		expect(isOldCache(cacheName('1'), current)).toBe(true);
		expect(isOldCache(current, current)).toBe(false);
		expect(isOldCache('some-other-cache', current)).toBe(false);
	});
});

describe('matching a request', () => {
	const precached = precachePlan(lists, locales).all;
	const get = (url: string) => ({ method: 'GET', url });

	it('a results page with answers in the query is the prerendered page', () => {
		expect(
			cacheKey(get(`${origin}/resultaten?voor=partner&hulp=respijtzorg`), origin, precached)
		).toBe('/resultaten');
		expect(
			cacheKey(
				get(`${origin}/resultaten/__data.json?x-sveltekit-invalidated=01`),
				origin,
				precached
			)
		).toBe('/resultaten/__data.json');
		expect(cacheKey(get(`${origin}/?kiosk=1`), origin, precached)).toBe('/');
	});

	it('leaves other hosts, other methods and unknown paths to the network', () => {
		expect(cacheKey(get('https://api.pdok.nl/resultaten'), origin, precached)).toBeUndefined();
		expect(
			cacheKey({ method: 'POST', url: `${origin}/resultaten` }, origin, precached)
		).toBeUndefined();
		expect(cacheKey(get(`${origin}/_app/version.json`), origin, precached)).toBeUndefined();
		expect(cacheKey(get(`${origin}/resultaten/`), origin, precached)).toBeUndefined();
	});
});

describe('precaching', () => {
	it('stores every file under its full address, revalidating pages and data but not hashed files', async () => {
		const cache = fakeCache();
		const modes = new Map<string, RequestCache>();
		await precache(cache, ['/', '/resultaten/__data.json', '/_app/immutable/entry/start.abc.js'], {
			origin,
			fetchFile: async (request) => {
				modes.set(new URL(request.url).pathname, request.cache);
				return new Response('ok');
			}
		});
		expect([...cache.stored.keys()].sort()).toEqual([
			`${origin}/`,
			`${origin}/_app/immutable/entry/start.abc.js`,
			`${origin}/resultaten/__data.json`
		]);
		expect(Object.fromEntries(modes)).toEqual({
			'/': 'no-cache',
			'/resultaten/__data.json': 'no-cache',
			'/_app/immutable/entry/start.abc.js': 'default'
		});
	});

	it('fails the whole install when one file is missing, so no half-filled cache is used', async () => {
		const fetchFile = async (request: Request) =>
			new Response('', { status: new URL(request.url).pathname === '/kaart' ? 404 : 200 });
		await expect(
			precache(fakeCache(), ['/', '/kaart', '/over'], { origin, fetchFile })
		).rejects.toThrow('/kaart: 404');
	});

	it('fetches no more than a few files at once', async () => {
		let running = 0;
		let most = 0;
		const fetchFile = async () => {
			most = Math.max(most, ++running);
			await new Promise((resolve) => setTimeout(resolve, 1));
			running--;
			return new Response('ok');
		};
		const paths = Array.from({ length: 40 }, (_, i) => `/aanbod/${i}`);
		await precache(fakeCache(), paths, { origin, fetchFile, concurrency: 4 });
		expect(most).toBe(4);
	});
});

describe('a language of its own', () => {
	const plan = precachePlan(lists, locales);

	it('is kept once, start page last, and then counts as complete', async () => {
		const cache = fakeCache();
		const order: string[] = [];
		const fetchFile = async (request: Request) => {
			order.push(new URL(request.url).pathname);
			return new Response('ok');
		};
		expect(await cachedLanguages(cache, plan, origin)).toEqual([]);
		await precacheLanguage(cache, plan.languages.get('en')!, { origin, fetchFile });
		expect(order.at(-1)).toBe('/en');
		expect(await cachedLanguages(cache, plan, origin)).toEqual(['en']);
		await precacheLanguage(cache, plan.languages.get('en')!, { origin, fetchFile });
		expect(order.length).toBe(3);
	});

	it('does not count when one of its pages failed', async () => {
		const cache = fakeCache();
		const fetchFile = async (request: Request) =>
			new Response('', {
				status: new URL(request.url).pathname === '/en/resultaten/__data.json' ? 500 : 200
			});
		await expect(
			precacheLanguage(cache, plan.languages.get('en')!, { origin, fetchFile })
		).rejects.toThrow();
		expect(await cachedLanguages(cache, plan, origin)).toEqual([]);
	});
});

describe('where an answer comes from', () => {
	it('hashed build files from the cache; pages, data and endpoints from the network first', () => {
		expect(answerFrom('/_app/immutable/entry/start.abc.js')).toBe('cache');
		expect(answerFrom('/_app/immutable/assets/maplibre-gl-worker.def.mjs')).toBe('cache');
		for (const path of ['/', '/resultaten', '/resultaten/__data.json', '/zoekindex.json', '/en'])
			expect(answerFrom(path), path).toBe('network');
	});

	it("offline, a page that is not kept gets the offline page in the path's language", () => {
		const languages = precachePlan(lists, locales).languages.keys();
		expect(offlinePage('/en/aanbod/x', [...languages])).toBe('/en/offline');
		expect(offlinePage('/en', ['en', 'tr'])).toBe('/en/offline');
		expect(offlinePage('/tr/kaart', ['en', 'tr'])).toBe('/tr/offline');
		expect(offlinePage('/aanbod/x', ['en', 'tr'])).toBe('/offline');
		expect(offlinePage('/entree', ['en', 'tr'])).toBe('/offline');
	});
});

describe('what pages and the service worker tell each other', () => {
	it('a page offers a reload only when a version other than its own is in charge', () => {
		expect(announcesNewVersion(versionMessage('2'), '1')).toBe(true);
		expect(announcesNewVersion(versionMessage('1'), '1')).toBe(false);
		expect(announcesNewVersion({ type: 'mantelzorgkaart:version', version: 2 }, '1')).toBe(false);
		expect(announcesNewVersion('mantelzorgkaart:version', '1')).toBe(false);
		expect(announcesNewVersion(null, '1')).toBe(false);
	});

	it('only messages in its own shape count', () => {
		expect(parseWorkerMessage(keepLanguageMessage('en'))).toEqual(keepLanguageMessage('en'));
		expect(parseWorkerMessage({ type: 'skip-waiting' })).toBeUndefined();
		expect(
			parseWorkerMessage({ type: 'mantelzorgkaart:keep-language', language: 5 })
		).toBeUndefined();
		expect(parseWorkerMessage('mantelzorgkaart:keep-language')).toBeUndefined();
		expect(parseWorkerMessage(null)).toBeUndefined();
	});
});

describe('the offline notice', () => {
	it('names the newest check date in the data', () => {
		expect(dataDate(['2026-03-01', '2026-11-13', '2025-12-31'])).toBe('2026-11-13');
		expect(offlineMessage('2026-11-13')).toBe(
			'U bent offline; de gegevens zijn van 13 november 2026.'
		);
	});

	it('says only that the visitor is offline when there is no date', () => {
		expect(dataDate([])).toBeUndefined();
		expect(offlineMessage(undefined)).toBe('U bent offline.');
	});

	describe('in the language of the page', () => {
		const pageLocale = getLocale;
		afterEach(() => overwriteGetLocale(pageLocale));

		it('writes the date the way that language does', () => {
			overwriteGetLocale(() => 'en');
			expect(offlineMessage('2026-11-13')).toBe(
				'You are offline; the information is from 13 November 2026.'
			);
			overwriteGetLocale(() => 'tr');
			expect(offlineMessage(undefined)).toBe('Çevrimdışısınız.');
			overwriteGetLocale(() => 'ar');
			expect(offlineMessage('2026-11-13')).toContain(formatDate('2026-11-13', 'ar'));
		});
	});
});
