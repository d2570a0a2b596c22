import { describe, expect, it } from 'vitest';
import { KINDS, glossaryTerms } from './taxonomy';

describe('glossaryTerms', () => {
	it('explains respite care on exactly the kinds that give it', () => {
		const withRespite = KINDS.filter((k) => glossaryTerms({ kind: k.id }).includes('respijtzorg'));
		expect(withRespite.map((k) => k.id)).toEqual(['dagopvang', 'logeeropvang', 'thuisoppas']);
	});

	it('explains the Wmo for Wmo costs, and Wmo and beschikking for the Wmo-loket as first step', () => {
		expect(glossaryTerms({ kind: 'maatje', cost: 'wmo' })).toEqual(['wmo']);
		expect(glossaryTerms({ kind: 'maatje', howToStart: 'via-wmo-loket' })).toEqual([
			'wmo',
			'beschikking'
		]);
		expect(glossaryTerms({ kind: 'dagopvang', cost: 'pgb', howToStart: 'via-wmo-loket' })).toEqual([
			'respijtzorg',
			'wmo',
			'beschikking',
			'pgb'
		]);
	});

	it('explains nothing for a free offer you call for', () => {
		expect(glossaryTerms({ kind: 'maatje', cost: 'gratis', howToStart: 'bellen' })).toEqual([]);
	});
});
