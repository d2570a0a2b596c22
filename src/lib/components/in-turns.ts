/**
 * Runs each step in a task of its own, in order: the browser can paint and answer a tap
 * between them, so a page that builds a lot after it hydrates has no single long task on a
 * slow phone. Returns a cancel for the steps not yet run (call it when the component goes).
 */
export function inTurns(...steps: (() => void)[]): () => void {
	let handle: ReturnType<typeof setTimeout> | undefined;
	const next = (index: number) => {
		if (index >= steps.length) return;
		handle = setTimeout(() => {
			steps[index]!();
			next(index + 1);
		});
	};
	next(0);
	return () => clearTimeout(handle);
}
