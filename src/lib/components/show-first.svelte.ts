/**
 * A long results list shows its first offers at once and the rest when asked ("Toon alle
 * N"). The rest is still in the page, hidden, once the page has built it (see `Staged`), so
 * print and "find on page" have every offer. Without JavaScript the server's HTML holds every
 * offer and CSS does the same: `:target` for the link, `@media print`.
 */
import { tick } from 'svelte';

export class ShowFirst {
	readonly count: number;
	expanded = $state(false);

	constructor(count: number) {
		this.count = count;
	}

	/** How many of a list that starts at `offset` in reading order show before "Toon alle". */
	limitFrom(offset: number): number | undefined {
		return this.expanded ? undefined : Math.max(0, this.count - offset);
	}

	/** Shows all; `focusId` is the first offer that was hidden, so the keyboard carries on there. */
	expand = async (focusId?: string) => {
		this.expanded = true;
		await tick();
		if (focusId) document.getElementById(focusId)?.focus();
	};
}
