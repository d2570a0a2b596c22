/**
 * What the service worker keeps for offline use, and how it finds it again. Pure: the
 * service worker passes in Kit's file lists and the Cache API; the tests pass in fakes.
 *
 * The cache holds one build per version: the app, the static files and the prerendered
 * pages, data files and endpoints. Nothing else is ever stored, so nothing a resident typed
 * or chose (that lives in the query string) can end up in it.
 *
 * Each language other than the default one has its own copy of every page under /en/…,
 * /tr/…: a visitor gets the default language at once, and a language of their own as soon as
 * they open a page in it. Four languages in full would be four times the download.
 */

const CACHE_PREFIX = 'mantelzorgkaart-';

/** How many files are fetched at once while precaching: gentle on an old kiosk PC and a cheap phone. */
const PRECACHE_CONCURRENCY = 6;

export function cacheName(version: string): string {
	return `${CACHE_PREFIX}${version}`;
}

/** Caches this site made for another version; other code on the same origin may keep its own caches. */
export function isOldCache(name: string, current: string): boolean {
	return name.startsWith(CACHE_PREFIX) && name !== current;
}

export interface BuildFiles {
	/** `build` from `$service-worker`: the app's scripts, styles and the files they import (MapLibre and its worker). */
	build: readonly string[];
	/** `files`: everything in static/. */
	files: readonly string[];
	/** `prerendered`: every page, `__data.json` and endpoint (gebieden.geojson, kiosk.json, agenda.ics, search index). */
	prerendered: readonly string[];
}

export interface PrecachePlan {
	/** Installed with every version: the app, static files and the pages in the default language. */
	core: string[];
	/** Per language with its own path prefix: its pages, the language's start page last (see precacheLanguage). */
	languages: Map<string, string[]>;
	/** Every path the service worker answers for. */
	all: Set<string>;
}

/**
 * Static files that are not for this site's own pages: host configuration (`_headers`,
 * `_redirects`; a static host does not serve them, so fetching them would fail the
 * install) and the embed script, which runs on other sites.
 */
function isForOwnPages(path: string): boolean {
	const name = path.slice(path.lastIndexOf('/') + 1);
	return !name.startsWith('_') && !name.startsWith('.') && name !== 'insluiten.js';
}

/**
 * Splits the build into what every visitor gets and what each language adds. `locales`:
 * the site's languages; one that has a start page of its own (/en) has its pages under it,
 * the default language has no prefix.
 */
export function precachePlan(
	{ build, files, prerendered }: BuildFiles,
	locales: readonly string[]
): PrecachePlan {
	const paths = [...new Set([...build, ...files.filter(isForOwnPages), ...prerendered])];
	const prefixed = locales.filter((locale) => prerendered.includes(`/${locale}`));
	const languageOf = (path: string) =>
		prefixed.find((l) => path === `/${l}` || path.startsWith(`/${l}/`));

	const languages = new Map(prefixed.map((l) => [l, [] as string[]]));
	const core: string[] = [];
	for (const path of paths) {
		const language = languageOf(path);
		// Every language's offline page is always there: a visitor offline in a language never opened gets their own.
		if (language && !isOfflinePage(path, language)) languages.get(language)!.push(path);
		else core.push(path);
	}
	for (const [language, list] of languages) {
		languages.set(language, [...list.filter((p) => p !== `/${language}`), `/${language}`]);
	}
	return { core, languages, all: new Set(paths) };
}

/** The site's own page for a page that is not available offline (src/routes/offline). */
export const OFFLINE_PATH = '/offline';

function isOfflinePage(path: string, language: string): boolean {
	const page = `/${language}${OFFLINE_PATH}`;
	return path === page || path === `${page}/__data.json`;
}

/**
 * The offline page in the language of the path asked for: /en/… gets /en/offline, a path
 * without a language prefix the default language's. `languages`: those with their own
 * pages (the keys of PrecachePlan.languages).
 */
export function offlinePage(pathname: string, languages: Iterable<string>): string {
	for (const language of languages)
		if (pathname === `/${language}` || pathname.startsWith(`/${language}/`))
			return `/${language}${OFFLINE_PATH}`;
	return OFFLINE_PATH;
}

/**
 * Where the service worker answers a known path from. Hashed build output never changes
 * under its name: the cache. Pages, their data and endpoints change with every deploy: the
 * network first, so one reload always shows the deployed build, in any number of tabs; the
 * cache when there is no network. A page from the network asks for its own (new) hashed
 * files, which the network supplies until the new version is installed.
 */
export function answerFrom(path: string): 'cache' | 'network' {
	return isImmutable(path) ? 'cache' : 'network';
}

/**
 * The cache key for a request, or undefined when the service worker must leave it alone
 * (the browser then goes to the network as if there were no service worker).
 *
 * Only same-origin GET requests for paths of this build get a key. The query string is
 * ignored: a static host serves the same file for /resultaten and /resultaten?hulp=respijtzorg,
 * and the page reads the answers from the URL in the browser.
 */
export function cacheKey(
	request: { method: string; url: string },
	origin: string,
	known: ReadonlySet<string>
): string | undefined {
	if (request.method !== 'GET') return undefined;
	const url = new URL(request.url);
	if (url.origin !== origin) return undefined;
	return known.has(url.pathname) ? url.pathname : undefined;
}

/** Hashed build output never changes under the same name; the browser's HTTP cache may supply it. */
function isImmutable(path: string): boolean {
	return path.includes('/_app/immutable/');
}

export interface PrecacheOptions {
	origin: string;
	fetchFile: (request: Request) => Promise<Response>;
	concurrency?: number;
}

/**
 * Fetches every path and stores it in the cache. Pages and data are revalidated with the
 * server, so a new version never stores an older copy from the HTTP cache. Fails when one
 * file fails: a half-filled cache would break offline use without anyone noticing, while a
 * failed install is simply tried again on the next visit.
 */
export async function precache(
	cache: Pick<Cache, 'put'>,
	paths: readonly string[],
	{ origin, fetchFile, concurrency = PRECACHE_CONCURRENCY }: PrecacheOptions
): Promise<void> {
	let next = 0;
	async function worker() {
		while (next < paths.length) {
			const path = paths[next++]!;
			const request = new Request(new URL(path, origin), {
				cache: isImmutable(path) ? 'default' : 'no-cache'
			});
			const response = await fetchFile(request);
			if (!response.ok) throw new Error(`precache ${path}: ${response.status}`);
			await cache.put(request, await storable(response));
		}
	}
	await Promise.all(Array.from({ length: Math.min(concurrency, paths.length) }, worker));
}

/**
 * Adds one language's pages (a list from precachePlan). Its start page is stored last, after
 * all the others succeeded: when it is in the cache, the language is complete.
 */
export async function precacheLanguage(
	cache: Pick<Cache, 'put' | 'match'>,
	paths: readonly string[],
	options: PrecacheOptions
): Promise<void> {
	const start = paths.at(-1);
	if (!start || (await cache.match(new URL(start, options.origin)))) return;
	await precache(cache, paths.slice(0, -1), options);
	await precache(cache, [start], options);
}

/** The languages a cache holds in full: a new version installs them too, so nobody loses theirs. */
export async function cachedLanguages(
	cache: Pick<Cache, 'match'>,
	plan: PrecachePlan,
	origin: string
): Promise<string[]> {
	const found: string[] = [];
	for (const [language, paths] of plan.languages)
		if (await cache.match(new URL(paths.at(-1)!, origin))) found.push(language);
	return found;
}

/**
 * A response the browser accepts for a navigation: one that came through a redirect
 * (for example a host that adds a trailing slash) is rebuilt without that mark.
 */
async function storable(response: Response): Promise<Response> {
	if (!response.redirected) return response;
	const { status, statusText, headers } = response;
	return new Response(await response.blob(), { status, statusText, headers });
}
