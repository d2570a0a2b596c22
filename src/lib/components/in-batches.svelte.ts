/**
 * A long list hydrates its first cards and builds the rest in later tasks, `size` at a time,
 * so no task is long on a slow phone. The server's HTML has every card (for a browser without
 * JavaScript, and for print); in the browser the rest follow within a few frames.
 * Create it while a component initialises.
 */
import { browser } from '$app/environment';
import { onMount } from 'svelte';
import { inTurns } from './in-turns';

export class InBatches {
	/** How many items are built now; all once the last batch is in. */
	count = $state(Infinity);

	/** No `size` builds everything at once; both are read once, when the component starts. */
	constructor(batchSize: () => number | undefined, total: () => number) {
		const size = batchSize();
		if (!browser || !size) return;
		this.count = size;
		onMount(() => {
			const steps: (() => void)[] = [];
			for (let next = 2 * size; next < total(); next += size) steps.push(() => (this.count = next));
			// The last step builds everything, also items a filter adds later.
			steps.push(() => (this.count = Infinity));
			return inTurns(...steps);
		});
	}
}
