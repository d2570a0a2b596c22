/**
 * The echt fixture site passes data:check's rules without an error: a Wmo-loket as first
 * contact (named as eersteContact), unknown costs and first steps, addresses without
 * postcode. Warnings are allowed: they tell the beheerder what to fill in.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/lib/data/validate';

const read = (file: string) =>
	JSON.parse(readFileSync(new URL(`../fixtures/sites/echt/${file}`, import.meta.url), 'utf8'));

describe('the echt fixture', () => {
	it('has no errors, and its first contact is the Wmo-loket', () => {
		const result = validateDataset(
			{
				aanbod: read('aanbod.geojson'),
				gebieden: read('gebieden.geojson'),
				site: read('site.json')
			},
			'2026-12-01'
		);
		expect(result.problems.filter((p) => p.level === 'fout')).toEqual([]);
		expect(result.dataset?.site.steunpunt).toBe('wmo-loket-echtveld');
		expect(result.dataset?.offers).toHaveLength(25);
	});
});
