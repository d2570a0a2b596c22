import { describe, expect, it } from 'vitest';
import { parseTextSize, rootFontSize } from './index';

describe('text size', () => {
	it('reads a stored choice and falls back to normal for anything else', () => {
		expect(parseTextSize('grootst')).toBe('grootst');
		expect(parseTextSize('enorm')).toBe('normaal');
		expect(parseTextSize(null)).toBe('normaal');
	});

	it('scales the root relative to the browser setting', () => {
		expect(rootFontSize('normaal')).toBe('100%');
		expect(rootFontSize('grootst')).toBe('150%');
	});
});
