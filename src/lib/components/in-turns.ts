/**
 * Runs each step in a task of its own, in order: the browser can paint and answer a tap
 * between them, so a page that builds a lot after it hydrates has no single long task on a
 * slow phone. Returns a cancel for the steps not yet run (call it when the component goes).
 *
 * A `{ repeat }` step does a little at a time (one more card, say) and returns whether it has
 * more to do: it runs again, in the same task while that task is younger than `SLICE_MS`, else
 * in the next one. Svelte renders after
 * each call (`flushSync`), so the slice measures the real cost: a fast phone builds a long list
 * in one or two tasks, a slow one a few cards per task, and neither gets a long task.
 */
import { flushSync } from 'svelte';

/**
 * A long task is 50 ms on the phone; Lighthouse measures on a fast machine and counts every
 * task four times as long, so a slice with its one item too many must stay under 12 ms there.
 * A slow phone then builds one card per task, a fast one a few.
 */
export const SLICE_MS = 5;

export type Step = (() => unknown) | { repeat: () => boolean };

export function inTurns(...steps: Step[]): () => void {
	let handle: ReturnType<typeof setTimeout> | undefined;
	const next = (index: number) => {
		if (index >= steps.length) return;
		handle = setTimeout(() => {
			const step = steps[index]!;
			if (typeof step === 'function') {
				step();
				return next(index + 1);
			}
			const start = performance.now();
			let again = step.repeat();
			while (again) {
				flushSync();
				if (performance.now() - start >= SLICE_MS) break;
				again = step.repeat();
			}
			next(again ? index : index + 1);
		});
	};
	next(0);
	return () => clearTimeout(handle);
}
