/**
 * Work for the map that must wait for its style: a filter, a fit, a source. Calls made
 * before the style has loaded are kept in order and run once it has; after that they run
 * at once. `close` starts waiting again, for example while a fallback style loads.
 */
export class StyleQueue {
	#open = false;
	#pending: (() => void)[] = [];

	get isOpen(): boolean {
		return this.#open;
	}

	run(task: () => void): void {
		if (this.#open) task();
		else this.#pending.push(task);
	}

	open(): void {
		this.#open = true;
		for (const task of this.#pending.splice(0)) task();
	}

	close(): void {
		this.#open = false;
	}

	clear(): void {
		this.#pending = [];
	}
}
