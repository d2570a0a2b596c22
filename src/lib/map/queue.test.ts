import { describe, expect, it } from 'vitest';
import { StyleQueue } from './queue';

describe('StyleQueue', () => {
	it('keeps work that arrives before the style has loaded, and runs it in order once it has', () => {
		const queue = new StyleQueue();
		const done: string[] = [];
		queue.run(() => done.push('filter'));
		queue.run(() => done.push('fit'));
		expect(done).toEqual([]);
		queue.open();
		expect(done).toEqual(['filter', 'fit']);
		queue.run(() => done.push('now'));
		expect(done).toEqual(['filter', 'fit', 'now']);
	});

	it('waits again while a fallback style loads', () => {
		const queue = new StyleQueue();
		const done: string[] = [];
		queue.open();
		queue.close();
		queue.run(() => done.push('later'));
		expect(done).toEqual([]);
		queue.open();
		expect(done).toEqual(['later']);
	});
});
