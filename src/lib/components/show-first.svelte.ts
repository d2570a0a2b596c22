/**
 * A long results list shows its first offers at once and the rest when asked ("Toon alle
 * N"), so the list is built without a long task. The rest is still rendered, hidden, in a
 * task of its own (`loadRest`), so print and "find on page" have every offer. Without
 * JavaScript the server's HTML holds every offer and CSS does the same: `:target` for the
 * link, `@media print`.
 */
import { browser } from '$app/environment';
import { tick } from 'svelte';

export class ShowFirst {
	readonly count: number;
	expanded = $state(false);
	#restLoaded = $state(false);

	constructor(count: number) {
		this.count = count;
	}

	/** Puts the hidden rest in the page; call it in a task after the first offers show. */
	loadRest = () => {
		this.#restLoaded = true;
	};

	/** Offers past the first are in the page: always in the HTML, in the browser once loaded. */
	get renderRest(): boolean {
		return !browser || this.#restLoaded || this.expanded;
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
