import { describe, expect, it } from 'vitest';
import { labelSynonyms } from './labels';
import { tokenize } from './normalize';
import { SYNONYMS } from './synonyms';

const synonyms = labelSynonyms(SYNONYMS);
const meaningOf = (say: string) => synonyms.filter((s) => s.say.includes(say)).map((s) => s.means);

describe('the taxonomy labels as synonyms', () => {
	it('has the labels of every language as phrases', () => {
		expect(meaningOf('respite care')).toEqual([{ hulp: ['respijtzorg'] }]);
		expect(meaningOf('demans veya unutkanlik')).toEqual([{ situatie: ['dementie'] }]);
		expect(meaningOf('zorg voor uw partner')).toEqual([{ voor: ['partner'] }]);
		expect(meaningOf(tokenize('مساعدة مالية').join(' '))).toEqual([{ hulp: ['financiele-hulp'] }]);
	});

	it('lets a word of another language stand alone when it belongs to one concept only', () => {
		expect(meaningOf('respite')).toEqual([{ hulp: ['respijtzorg'] }]);
		expect(meaningOf('dementia')).toEqual([{ situatie: ['dementie'] }]);
		expect(meaningOf('demans')).toEqual([{ situatie: ['dementie'] }]);
		// "care" is in many labels, "for" is a small word.
		expect(meaningOf('care')).toEqual([]);
		expect(meaningOf('for')).toEqual([]);
	});

	it('leaves Dutch words to the beheerder: no Dutch word alone, nothing from the list, no word with a Dutch stem', () => {
		expect(meaningOf('ontmoetingsplek')).toEqual([]);
		expect(meaningOf('problems')).toEqual([]);
		const listed = new Set(SYNONYMS.flatMap((s) => s.say.map((say) => tokenize(say).join(' '))));
		expect(synonyms.flatMap((s) => s.say).filter((say) => listed.has(say))).toEqual([]);
	});
});
