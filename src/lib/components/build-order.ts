/**
 * The results page builds its cards after it hydrates, in the order a visitor needs them: the
 * offers shown first, then "Ook interessant" below them, then the hidden rest of the list
 * (shown by "Toon alle", print and "find on page"). `built` counts cards in that order; this
 * says how many of each list that is. `shownFirst`: the main list's cards shown before "Toon
 * alle"; `close`: the length of the "Ook interessant" list. Infinity builds everything.
 */
export function splitBuilt(
	built: number,
	shownFirst: number,
	close: number
): { main: number; close: number } {
	return {
		main: Math.min(built, shownFirst) + Math.max(0, built - shownFirst - close),
		close: Math.min(close, Math.max(0, built - shownFirst))
	};
}
