/**
 * The visitor's clock, read once for all next-meeting dates of a page. The static page may be
 * months old, so dates are computed in the browser; a card hydrated from that page first shows
 * the rule in words, as the server wrote it, and the dates a moment later. A card the browser
 * builds after that shows its date at once: it renders once, not twice.
 */
import { amsterdamDate } from '$lib/schedule';
import { inTurns } from './in-turns';

const STALE_MS = 60_000;

class VisitorClock {
	/** Undefined until a page has mounted: a hydrating card must match the server's words. */
	now = $state.raw<Date | undefined>();
	#starting = false;

	/**
	 * Call when mounted. Not in the hydration's task: a phone takes long to load the time-zone
	 * data, so that has a task of its own, and all the dates the next. A clock under a minute old
	 * is kept, so the cards already shown do not redo their dates.
	 */
	start(): void {
		if (this.#starting || (this.now && Date.now() - this.now.getTime() < STALE_MS)) return;
		this.#starting = true;
		inTurns(
			() => amsterdamDate(new Date()),
			() => {
				this.now = new Date();
				this.#starting = false;
			}
		);
	}
}

export const visitorClock = new VisitorClock();
