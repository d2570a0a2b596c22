/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline once loaded: one visit precaches the build (pages, data, the app and the offline
 * plattegrond), so every page, the question flow, search and the map keep working without
 * a network.
 *
 * Per version: one cache holds one build. Hashed build files are answered from it; pages,
 * their data and endpoints come from the network first and from the cache when there is no
 * network, so one reload always shows the deployed build, however many tabs are open (see
 * answerFrom in $lib/offline). A new version takes over as soon as it is installed and tells
 * open pages, which offer a reload (see $lib/offline/messages.ts). Offline, a page that is
 * not in the cache gets the site's own offline page in its language.
 */
import { build, files, prerendered, version } from '$service-worker';
import { locales } from '$lib/i18n';
import {
	cachedLanguages,
	cacheKey,
	cacheName,
	isOldCache,
	answerFrom,
	KEEP_LANGUAGE,
	offlinePage,
	parseWorkerMessage,
	precache,
	precacheLanguage,
	precachePlan,
	versionMessage
} from '$lib/offline';
import { isBasemapFile } from '$lib/basemap';
import { basemapCacheName, isOldBasemapCache, TileCache } from '$lib/basemap/tile-cache';

const sw = self as unknown as ServiceWorkerGlobalScope;

const CACHE = cacheName(version);
const options = { origin: sw.location.origin, fetchFile: (request: Request) => fetch(request) };
// The basemap is kept as it is viewed (bounded), never precached whole.
const basemap = new TileCache(basemapCacheName(version));
const PLAN = precachePlan(
	{
		build,
		files,
		prerendered: prerendered.filter(
			(p) => !isBasemapFile(new URL(p, options.origin), options.origin)
		)
	},
	locales
);

async function languagesInOldCaches(): Promise<Set<string>> {
	const languages = new Set<string>();
	for (const name of await caches.keys()) {
		if (!isOldCache(name, CACHE)) continue;
		for (const language of await cachedLanguages(await caches.open(name), PLAN, options.origin))
			languages.add(language);
	}
	return languages;
}

async function keepLanguage(language: string) {
	const paths = PLAN.languages.get(language);
	if (paths) await precacheLanguage(await caches.open(CACHE), paths, options);
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			await precache(await caches.open(CACHE), PLAN.core, options);
			for (const language of await languagesInOldCaches()) await keepLanguage(language);
			// The whole new build is here: no reason to keep answering with the old one.
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const name of await caches.keys())
				if (isOldCache(name, CACHE) || isOldBasemapCache(name, basemap.name))
					await caches.delete(name);
			// The first visit works offline without a reload.
			await sw.clients.claim();
			// Pages of an older version offer a reload; a page already of this version ignores it.
			for (const client of await sw.clients.matchAll({ type: 'window', includeUncontrolled: true }))
				client.postMessage(versionMessage(version));
		})()
	);
});

async function fromCache(key: string): Promise<Response | undefined> {
	return (await caches.open(CACHE)).match(key);
}

/** Offline and not in the cache: the site's own page in the language of the path, not the browser's error. */
async function offline(pathname: string): Promise<Response> {
	return (await fromCache(offlinePage(pathname, PLAN.languages.keys()))) ?? Response.error();
}

async function answer(request: Request, key: string | undefined): Promise<Response> {
	const navigation = request.mode === 'navigate';
	if (key && answerFrom(key) === 'cache') {
		const cached = await fromCache(key);
		if (cached) return cached;
	}
	try {
		return await fetch(request);
	} catch (error) {
		const cached = key && (await fromCache(key));
		if (cached) return cached;
		if (navigation) return offline(new URL(request.url).pathname);
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method === 'GET' && isBasemapFile(new URL(request.url), options.origin))
		return event.respondWith(basemap.answer(request));
	const key = cacheKey(request, options.origin, PLAN.all);
	// Unknown paths are left to the browser, except page loads: offline they get the offline page.
	const sameOriginPage =
		request.mode === 'navigate' && new URL(request.url).origin === options.origin;
	if (!key && !sameOriginPage) return;
	event.respondWith(answer(request, key));
});

sw.addEventListener('message', (event) => {
	const message = parseWorkerMessage(event.data);
	if (message?.type === KEEP_LANGUAGE) event.waitUntil(keepLanguage(message.language));
});
