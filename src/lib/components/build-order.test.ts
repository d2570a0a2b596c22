import { describe, expect, it } from 'vitest';
import { splitBuilt } from './build-order';

describe('splitBuilt', () => {
	it('builds the cards shown first, then "Ook interessant", then the hidden rest', () => {
		const split = (built: number) => splitBuilt(built, 20, 6);
		expect(split(0)).toEqual({ main: 0, close: 0 });
		expect(split(12)).toEqual({ main: 12, close: 0 });
		expect(split(20)).toEqual({ main: 20, close: 0 });
		expect(split(23)).toEqual({ main: 20, close: 3 });
		expect(split(26)).toEqual({ main: 20, close: 6 });
		expect(split(30)).toEqual({ main: 24, close: 6 });
	});

	it('builds everything for Infinity', () => {
		expect(splitBuilt(Infinity, 20, 6)).toEqual({ main: Infinity, close: 6 });
	});

	it('goes on to "Ook interessant" when the main list is short', () => {
		expect(splitBuilt(10, 4, 6)).toEqual({ main: 4, close: 6 });
		expect(splitBuilt(12, 4, 6)).toEqual({ main: 6, close: 6 });
	});
});
