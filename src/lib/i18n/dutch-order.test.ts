import { describe, expect, it } from 'vitest';
import { compareDutch } from './dutch-order';

describe('compareDutch', () => {
	it('sorts names as a Dutch reader expects: case and accents do not push a name to the end', () => {
		const names = ['Zorgpunt', 'één loket', 'Alzheimercafé', 'alzheimer Trefpunt', 'Émile'];
		expect(names.toSorted(compareDutch)).toEqual([
			'alzheimer Trefpunt',
			'Alzheimercafé',
			'één loket',
			'Émile',
			'Zorgpunt'
		]);
	});

	it('gives the same order as localeCompare with the Dutch locale', () => {
		const names = ['IJsselhof', 'Ijmond', 'de Haven', 'De Haven', "'t Veld", 'Oosterpark'];
		expect(names.toSorted(compareDutch)).toEqual(
			names.toSorted((a, b) => a.localeCompare(b, 'nl'))
		);
	});
});
