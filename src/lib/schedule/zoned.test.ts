import { describe, expect, it } from 'vitest';
import { amsterdamDate, amsterdamInstant } from './zoned';

describe('amsterdamInstant', () => {
	it('winter time is UTC+1 and summer time UTC+2', () => {
		expect(amsterdamInstant('2026-01-15', '19:30').toISOString()).toBe('2026-01-15T18:30:00.000Z');
		expect(amsterdamInstant('2026-07-15', '19:30').toISOString()).toBe('2026-07-15T17:30:00.000Z');
	});

	it('the hour skipped on 29 March 2026 moves an hour on', () => {
		expect(amsterdamInstant('2026-03-29', '01:59').toISOString()).toBe('2026-03-29T00:59:00.000Z');
		expect(amsterdamInstant('2026-03-29', '02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
		expect(amsterdamInstant('2026-03-29', '03:00').toISOString()).toBe('2026-03-29T01:00:00.000Z');
	});

	it('the hour repeated on 25 October 2026 gives its first time', () => {
		expect(amsterdamInstant('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
		expect(amsterdamInstant('2026-10-25', '03:00').toISOString()).toBe('2026-10-25T02:00:00.000Z');
	});
});

describe('amsterdamDate', () => {
	it('is the date on the clock in Amsterdam, not in UTC', () => {
		expect(amsterdamDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
		expect(amsterdamDate(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
		expect(amsterdamDate(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
	});
});
