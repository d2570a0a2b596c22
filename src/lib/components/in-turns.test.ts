import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inTurns, SLICE_MS } from './in-turns';

describe('inTurns', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => {
		vi.useRealTimers();
		vi.restoreAllMocks();
	});

	it('runs one step per task, in order, none at once, whatever a step returns', () => {
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

	it('runs a step that has more to do again, in the same task while it is young', () => {
		const ran: string[] = [];
		let cards = 0;
		inTurns(
			{
				repeat: () => {
					cards += 1;
					return cards < 5;
				}
			},
			() => ran.push('map')
		);
		vi.advanceTimersToNextTimer();
		expect(cards).toBe(5);
		expect(ran).toEqual([]);
		vi.advanceTimersToNextTimer();
		expect(ran).toEqual(['map']);
	});

	it('carries on in the next task once the slice is used up', () => {
		let clock = 0;
		vi.spyOn(performance, 'now').mockImplementation(() => clock);
		let cards = 0;
		inTurns({
			repeat: () => {
				cards += 1;
				clock += SLICE_MS / 2;
				return cards < 5;
			}
		});
		vi.advanceTimersToNextTimer();
		expect(cards).toBe(2);
		vi.advanceTimersToNextTimer();
		expect(cards).toBe(4);
		vi.runAllTimers();
		expect(cards).toBe(5);
	});
});
