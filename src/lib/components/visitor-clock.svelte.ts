/**
 * The visitor's clock, read once for all next-meeting dates of a page. The static page may be
 * months old, so dates are computed in the browser; a card hydrated from that page first shows
 * the rule in words, as the server wrote it, and the date once the page has mounted. A card
 * the browser builds after that shows the date at once: it renders once, not twice.
 */
const STALE_MS = 60_000;

class VisitorClock {
	/** Undefined until a page has mounted: a hydrating card must match the server's words. */
	now = $state.raw<Date | undefined>();

	/** Call when mounted. A minute-old clock is kept, so the cards already shown do not redo their dates. */
	start(): void {
		const now = new Date();
		if (!this.now || now.getTime() - this.now.getTime() > STALE_MS) this.now = now;
	}
}

export const visitorClock = new VisitorClock();
