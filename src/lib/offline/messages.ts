/**
 * What pages and their service worker tell each other.
 *
 * A new version: a new service worker installs in the background and takes over as soon as
 * it has the whole new build, in every tab at once. Pages are loaded network-first (see
 * answerFrom in ./precache), so the next full load shows the deployed build whatever other
 * tabs are open. A page that is open when the new worker takes over keeps running its own
 * version and is told the version of the worker (VERSION); when it differs from the page's
 * own, the page offers a reload and never reloads by itself. A kiosk waits for its idle reset.
 *
 * A language: a page in a language with its own pages (/en/…) asks for that language's
 * pages to be kept as well (KEEP_LANGUAGE).
 */

export const KEEP_LANGUAGE = 'mantelzorgkaart:keep-language';
export const VERSION = 'mantelzorgkaart:version';

export type WorkerMessage = { type: typeof KEEP_LANGUAGE; language: string };
export type PageMessage = { type: typeof VERSION; version: string };

export function keepLanguageMessage(language: string): WorkerMessage {
	return { type: KEEP_LANGUAGE, language };
}

export function versionMessage(version: string): PageMessage {
	return { type: VERSION, version };
}

const fields = (data: unknown): Record<string, unknown> | undefined =>
	typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : undefined;

/** A message to the worker in a shape it knows, or undefined. */
export function parseWorkerMessage(data: unknown): WorkerMessage | undefined {
	const { type, language } = fields(data) ?? {};
	if (type === KEEP_LANGUAGE && typeof language === 'string' && language.length <= 16)
		return keepLanguageMessage(language);
	return undefined;
}

/**
 * Whether a message from the service worker says a version other than the page's own is
 * now in charge: the page is then older than the deployed build.
 */
export function announcesNewVersion(data: unknown, ownVersion: string): boolean {
	const { type, version } = fields(data) ?? {};
	return type === VERSION && typeof version === 'string' && version !== ownVersion;
}
