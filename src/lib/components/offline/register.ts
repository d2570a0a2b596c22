/**
 * Registers the service worker (src/service-worker.ts) and listens for a new version. Call
 * once from the root layout's onMount, which runs once per full load; returns the cleanup.
 * See $lib/offline/messages.ts for how a new version reaches the visitor.
 */
import { dev, version } from '$app/environment';
import { resolve } from '$app/paths';
import { announcesNewVersion, keepLanguageMessage } from '$lib/offline';
import { update } from './update.svelte';

/** The browser's service workers, or undefined where there are none or site data is blocked (the access may throw). */
function serviceWorkers(): ServiceWorkerContainer | undefined {
	try {
		return 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;
	} catch {
		return undefined;
	}
}

export function startServiceWorker(): () => void {
	// Not in an embed: a page on another site must not download the whole kaart in the background.
	const container = dev || window.self !== window.top ? undefined : serviceWorkers();
	if (!container) return () => {};

	const onMessage = (event: MessageEvent) => {
		if (announcesNewVersion(event.data, version)) update.available = true;
	};
	container.addEventListener('message', onMessage);
	container.startMessages();

	// The browser looks for a new version on every full load; a page left open looks again when the visitor returns to it.
	const onVisible = () => {
		if (document.visibilityState !== 'visible') return;
		container
			.getRegistration()
			.then((registration) => registration?.update())
			.catch(() => undefined);
	};
	document.addEventListener('visibilitychange', onVisible);

	// The first install fetches the whole site: only after the page itself has loaded.
	const register = async () => {
		try {
			await container.register(`${resolve('/')}service-worker.js`);
			// The pages of this page's language stay available offline too (the default language always is).
			const language = document.documentElement.lang;
			if (language) (await container.ready).active?.postMessage(keepLanguageMessage(language));
		} catch (error) {
			// Blocked site data or a private window: the site works, only not offline.
			console.warn('Offline gebruik:', error);
		}
	};
	if (document.readyState === 'complete') void register();
	else window.addEventListener('load', register, { once: true });

	return () => {
		container.removeEventListener('message', onMessage);
		document.removeEventListener('visibilitychange', onVisible);
		window.removeEventListener('load', register);
	};
}
