/**
 * Talking to PDOK from the data scripts: a JSON GET with a timeout, and failures as
 * PdokError with a Dutch message a script can print as it is. Never used by a visitor's browser.
 */
import type { FetchLike } from '../../pdok';

export const PDOK_OFFLINE = 'Kan PDOK niet bereiken: controleer de internetverbinding';

/** A failure with a Dutch message that a script can print as it is. */
export class PdokError extends Error {
	override name = 'PdokError';
}

const TIMEOUT_MS = 30_000;

export async function getJson(url: string, fetchFn: FetchLike): Promise<unknown> {
	let response: Response;
	try {
		response = await fetchFn(url, {
			headers: { accept: 'application/geo+json, application/json' },
			signal: AbortSignal.timeout(TIMEOUT_MS)
		});
	} catch {
		throw new PdokError(`${PDOK_OFFLINE} (${new URL(url).origin}).`);
	}
	if (!response.ok) {
		throw new PdokError(`PDOK gaf een fout (${response.status} ${response.statusText}) bij ${url}`);
	}
	try {
		return await response.json();
	} catch {
		throw new PdokError(`PDOK gaf een antwoord dat geen JSON is, bij ${url}`);
	}
}
