import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Staged } from './staged.svelte';

describe('Staged', () => {
	const listeners = new Map<string, () => void>();
	beforeEach(() => {
		vi.useFakeTimers();
		vi.stubGlobal('addEventListener', (type: string, listener: () => void) =>
			listeners.set(type, listener)
		);
		vi.stubGlobal('removeEventListener', (type: string) => listeners.delete(type));
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
		listeners.clear();
	});

	it('builds the items after the first one at a time, then marks the list whole, then runs what comes after', () => {
		const staged = new Staged(2);
		const ran: string[] = [];
		staged.build(() => 5, {
			before: [() => ran.push('before')],
			after: [() => ran.push(`after ${staged.count}`)]
		});
		expect(staged.count).toBe(2);
		vi.advanceTimersToNextTimer();
		expect(ran).toEqual(['before']);
		expect(staged.count).toBe(2);
		vi.runAllTimers();
		expect(staged.count).toBe(Infinity);
		expect(ran).toEqual(['before', 'after Infinity']);
	});

	it('builds everything at once for print, before the turns are done, and stops listening on cleanup', () => {
		const staged = new Staged(0);
		let printed = false;
		const cleanup = staged.build(() => 40, { onprint: () => (printed = true) });
		listeners.get('beforeprint')!();
		expect(staged.count).toBe(Infinity);
		expect(printed).toBe(true);
		cleanup();
		expect(listeners.has('beforeprint')).toBe(false);
	});

	it('builds nothing more once cleaned up', () => {
		const staged = new Staged(1);
		staged.build(() => 40)();
		vi.runAllTimers();
		expect(staged.count).toBe(1);
	});
});
