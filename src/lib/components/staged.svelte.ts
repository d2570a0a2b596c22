/**
 * How many items of a long list are in the page. A page starts with a few (those in its HTML)
 * and adds the rest one at a time in `inTurns` slices (see `grow`), so no task is long on a
 * slow phone. The HTML has all of them for a browser without JavaScript, in `<noscript>`.
 */
import type { Step } from './in-turns';

export class Staged {
	/** How many items are built now; Infinity once all are. */
	count = $state(Infinity);

	/** `first`: how many are built at once (those the server renders and the browser hydrates). */
	constructor(first: number) {
		this.count = first;
	}

	/**
	 * A step for `inTurns`: one more item per call while fewer than `total()` are built; then
	 * all, so items that a filter or a search adds later are built at once.
	 */
	grow(total: () => number): Step {
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
