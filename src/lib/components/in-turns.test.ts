import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inTurns } from './in-turns';

describe('inTurns', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('runs one step per task, in order, none at once', () => {
		const ran: string[] = [];
		inTurns(
			() => ran.push('list'),
			() => ran.push('rest'),
			() => ran.push('map')
		);
		expect(ran).toEqual([]);
		vi.advanceTimersToNextTimer();
		expect(ran).toEqual(['list']);
		vi.advanceTimersToNextTimer();
		expect(ran).toEqual(['list', 'rest']);
		vi.runAllTimers();
		expect(ran).toEqual(['list', 'rest', 'map']);
	});

	it('runs no further step once cancelled', () => {
		const ran: string[] = [];
		const cancel = inTurns(
			() => ran.push('list'),
			() => ran.push('map')
		);
		vi.advanceTimersToNextTimer();
		cancel();
		vi.runAllTimers();
		expect(ran).toEqual(['list']);
	});
});
