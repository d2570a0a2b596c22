/**
 * What a page asks its service worker.
 *
 * Taking over: a new service worker installs in the background and then waits (it never
 * calls skipWaiting on its own), so a page in use keeps the scripts and data of its own
 * version. At the start of a full load, before the visitor did anything, the page asks a
 * waiting worker to take over; the worker agrees only when that page is the site's only
 * open window, so no other tab is in the middle of something. The page then loads once
 * more, now from the new version. A kiosk's idle reset is such a full load.
 *
 * A language: a page in a language with its own pages (/en/…) asks for that language's
 * pages to be kept as well.
 */

export const TAKE_OVER = 'mantelzorgkaart:take-over';
export const KEEP_LANGUAGE = 'mantelzorgkaart:keep-language';

export type WorkerMessage =
	{ type: typeof TAKE_OVER } | { type: typeof KEEP_LANGUAGE; language: string };

export const takeOverMessage: WorkerMessage = { type: TAKE_OVER };

export function keepLanguageMessage(language: string): WorkerMessage {
	return { type: KEEP_LANGUAGE, language };
}

/** The message in a shape this service worker knows, or undefined. */
export function parseWorkerMessage(data: unknown): WorkerMessage | undefined {
	if (typeof data !== 'object' || data === null) return undefined;
	const { type, language } = data as { type?: unknown; language?: unknown };
	if (type === TAKE_OVER) return takeOverMessage;
	if (type === KEEP_LANGUAGE && typeof language === 'string' && language.length <= 16)
		return keepLanguageMessage(language);
	return undefined;
}

/** The page that asks is one of the windows; any other window may be in the middle of something. */
export function mayTakeOver(openWindows: number): boolean {
	return openWindows <= 1;
}
