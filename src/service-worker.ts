/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline once loaded: one visit precaches the build (pages, data, the app and the offline
 * plattegrond), so every page, the question flow, search and the map keep working without
 * a network.
 *
 * Cache-first, per version: every request for a file of this build is answered from this
 * version's cache, so a page, its data (__data.json) and its scripts always come from the
 * same build. A network-first page of a newer build would ask for scripts and data this
 * running version does not have. New data reaches the visitor as a new version, which takes
 * over at a full load (see $lib/offline/messages.ts).
 */
import { build, files, prerendered, version } from '$service-worker';
import { locales } from '$lib/i18n';
import {
	cachedLanguages,
	cacheKey,
	cacheName,
	isOldCache,
	KEEP_LANGUAGE,
	mayTakeOver,
	parseWorkerMessage,
	precache,
	precacheLanguage,
	precachePlan,
	TAKE_OVER
} from '$lib/offline';

const sw = self as unknown as ServiceWorkerGlobalScope;

const CACHE = cacheName(version);
const PLAN = precachePlan({ build, files, prerendered }, locales);
const options = { origin: sw.location.origin, fetchFile: (request: Request) => fetch(request) };

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
	// No skipWaiting here: a new version waits until no page of the old one is in use.
	event.waitUntil(
		(async () => {
			await precache(await caches.open(CACHE), PLAN.core, options);
			for (const language of await languagesInOldCaches()) await keepLanguage(language);
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const name of await caches.keys())
				if (isOldCache(name, CACHE)) await caches.delete(name);
			// The first visit works offline without a reload; a later version only activates when no old page is open.
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('fetch', (event) => {
	const key = cacheKey(event.request, options.origin, PLAN.all);
	if (!key) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// A page in a language not kept yet comes from the network (and is kept once the page asks).
			return (await cache.match(key)) ?? fetch(event.request);
		})()
	);
});

sw.addEventListener('message', (event) => {
	const message = parseWorkerMessage(event.data);
	if (message?.type === KEEP_LANGUAGE) event.waitUntil(keepLanguage(message.language));
	if (message?.type === TAKE_OVER) {
		event.waitUntil(
			(async () => {
				const windows = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
				if (mayTakeOver(windows.length)) await sw.skipWaiting();
			})()
		);
	}
});
