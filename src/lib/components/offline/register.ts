/**
 * Registers the service worker (src/service-worker.ts) and lets a waiting new version take
 * over at the start of a full load. Call once from the root layout's onMount, which runs
 * once per full load; returns the cleanup. See $lib/offline/messages.ts for the rules.
 */
import { dev } from '$app/environment';
import { resolve } from '$app/paths';
import { keepLanguageMessage, takeOverMessage } from '$lib/offline';

export function startServiceWorker(): () => void {
	// Not in an embed: a page on another site must not download the whole kaart in the background.
	if (dev || !('serviceWorker' in navigator) || window.self !== window.top) return () => {};
	const container = navigator.serviceWorker;
	let askedToTakeOver = false;

	// The new version controls this page now, but the page came from the old one: load it again from the new one.
	const onControllerChange = () => {
		if (askedToTakeOver) location.reload();
	};
	container.addEventListener('controllerchange', onControllerChange);

	// A version that finished installing during an earlier visit takes over now, before anything is used.
	const takingOver = container
		.getRegistration()
		.then((registration) => {
			if (!registration?.waiting || !container.controller) return;
			askedToTakeOver = true;
			registration.waiting.postMessage(takeOverMessage);
		})
		.catch(() => undefined);

	// The first install fetches the whole site: only after the page itself has loaded.
	const register = async () => {
		try {
			await container.register(`${resolve('/')}service-worker.js`);
			// Taking over: the page loads again and asks the new version. A message to the old one now would
			// keep it busy, and Chromium then holds the new one back.
			await takingOver;
			if (askedToTakeOver) return;
			// The pages of this page's language stay available offline too (the default language always is).
			const language = document.documentElement.lang;
			if (language) (await container.ready).active?.postMessage(keepLanguageMessage(language));
		} catch (error) {
			console.warn('Offline gebruik:', error);
		}
	};
	if (document.readyState === 'complete') void register();
	else window.addEventListener('load', register, { once: true });

	return () => {
		container.removeEventListener('controllerchange', onControllerChange);
		window.removeEventListener('load', register);
	};
}
