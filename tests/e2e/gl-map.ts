/**
 * The GL (MapLibre) map in end-to-end tests: where it is, when it has drawn, and which of a
 * page's requests loaded it.
 */
import type { Page } from 'playwright-core';

/** The GL map's box; it says its state (loading, idle, failed) in data-map-state. */
export const GL = '[data-map-state]';
/** SwiftShader is slow: the first idle can take a while on two cores. */
export const IDLE_TIMEOUT = 45_000;

/** The scripts among `requests` that are (or load) MapLibre: its chunk, its worker, the GL map's code. */
export async function mapLibreLoads(requests: readonly string[]): Promise<string[]> {
	const found: string[] = [];
	for (const url of requests.filter((u) => /\.m?js(\?|$)/.test(u))) {
		if (/maplibre/i.test(url) || /maplibre/i.test(await (await fetch(url)).text())) found.push(url);
	}
	return found;
}

/** Waits until the GL map has taken over from the SVG and finished drawing. */
export async function glIdle(page: Page): Promise<void> {
	await page.waitForSelector('[data-map-mode="gl"]', { timeout: IDLE_TIMEOUT });
	await page.waitForSelector(`${GL}[data-map-state="idle"]`, { timeout: IDLE_TIMEOUT });
}
