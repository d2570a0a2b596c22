import { describe, expect, it } from 'vitest';
import { NEED_IDS } from '../data/taxonomy';
import { contrastRatio, NEED_COLOURS } from './palette';
import { NEED_STYLES, NEED_SYMBOLS } from './symbols';

describe('colours and symbols per hulpvraag', () => {
	it('computes contrast as WCAG does', () => {
		expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
		expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
	});

	it.each(NEED_IDS)('%s has a colour a white symbol reads on (4.5:1)', (id) => {
		expect(contrastRatio(NEED_COLOURS[id], '#ffffff')).toBeGreaterThanOrEqual(4.5);
	});

	it('gives every hulpvraag its own colour and its own symbol', () => {
		expect(new Set(Object.values(NEED_COLOURS)).size).toBe(NEED_IDS.length);
		expect(new Set(Object.values(NEED_SYMBOLS).map((paths) => paths.join(' '))).size).toBe(
			NEED_IDS.length
		);
		expect(NEED_STYLES.map((s) => s.id)).toEqual(NEED_IDS);
	});
});
