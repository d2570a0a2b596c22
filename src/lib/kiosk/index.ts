/**
 * Kiosk mode for a shared touch screen in a library: every page keeps `?kiosk=1`, links
 * that would leave the site become a QR code, and an idle visitor's traces are wiped.
 */
export const KIOSK_PARAM = 'kiosk';
export const KIOSK_START = '/kiosk?kiosk=1';

export interface KioskConfig {
	idleSeconds: number;
	countdownSeconds: number;
}

const isWholeSeconds = (value: unknown): value is number =>
	Number.isInteger(value) && (value as number) >= 1;

/**
 * The kiosk times from /kiosk.json, or undefined when the file is not what the build
 * writes (the build has checked site.json with the schema; this is a plain check, so the
 * page does not need zod).
 */
export function parseKioskConfig(value: unknown): KioskConfig | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const { idleSeconds, countdownSeconds } = value as Record<string, unknown>;
	return isWholeSeconds(idleSeconds) && isWholeSeconds(countdownSeconds)
		? { idleSeconds, countdownSeconds }
		: undefined;
}

export function isKioskUrl(url: URL): boolean {
	return url.pathname === '/kiosk' || url.searchParams.get(KIOSK_PARAM) === '1';
}

/** The same address with `kiosk=1`, or undefined when it already has it. */
export function withKiosk(url: URL): URL | undefined {
	if (url.searchParams.get(KIOSK_PARAM) === '1') return undefined;
	const next = new URL(url);
	next.searchParams.set(KIOSK_PARAM, '1');
	return next;
}

/** A link that would take the visitor away from this site or out of the browser. */
export function leavesSite(href: string, origin: string): boolean {
	let url: URL;
	try {
		url = new URL(href, origin);
	} catch {
		return true;
	}
	if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin !== origin;
	return true;
}

/** Where a link leads, to say beside its QR code: a phone number, an e-mail address or a web address. */
export function linkTarget(href: string): { type: 'tel' | 'mail' | 'web'; value: string } {
	if (href.startsWith('tel:')) return { type: 'tel', value: decodeURIComponent(href.slice(4)) };
	if (href.startsWith('mailto:'))
		return { type: 'mail', value: decodeURIComponent(href.slice(7).split('?')[0] ?? '') };
	return { type: 'web', value: href };
}
