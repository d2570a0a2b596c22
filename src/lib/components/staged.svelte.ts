/**
 * How many items of a long list are in the page. A page starts with a few (those in its HTML)
 * and adds the rest one at a time in `inTurns` slices (see `build`), so no task is long on a
 * slow phone. The HTML has all of them for a browser without JavaScript, in `<noscript>`.
 */
import { flushSync } from 'svelte';
import { inTurns, type Step } from './in-turns';

export class Staged {
	/** How many items are built now; Infinity once all are. */
	count = $state(Infinity);

	/** `first`: how many are built at once (those the server renders and the browser hydrates). */
	constructor(first: number) {
		this.count = first;
	}

	/**
	 * Builds the rest in turns: `before` first, then one item per call until `total()` are
	 * built, then `after`. Print gets everything at once, also when it comes before the last
	 * turn (`onprint` adds what else print needs). Returns the cleanup for `onMount`.
	 */
	build(
		total: () => number,
		{
			before = [],
			after = [],
			onprint
		}: { before?: Step[]; after?: Step[]; onprint?: () => void } = {}
	): () => void {
		const cancel = inTurns(...before, this.#grow(total), ...after);
		const printAll = () => {
			this.all();
			onprint?.();
			flushSync();
		};
		addEventListener('beforeprint', printAll);
		return () => {
			cancel();
			removeEventListener('beforeprint', printAll);
		};
	}

	/**
	 * One more item per call while fewer than `total()` are built; then all, so items that a
	 * filter or a search adds later are built at once.
	 */
	#grow(total: () => number): Step {
		return {
			repeat: () => {
				if (this.count + 1 >= total()) {
					this.count = Infinity;
					return false;
				}
				this.count += 1;
				return true;
			}
		};
	}

	/** Everything now: for "Toon alle", print, or a marker whose card is not built yet. */
	all = () => {
		this.count = Infinity;
	};
}
