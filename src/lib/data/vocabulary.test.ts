import { describe, expect, it } from 'vitest';
import {
	CONDITION_WORDS,
	COST_WORDS,
	DELIVERY_WORDS,
	FOR_WHOM_WORDS,
	GROUP_WORDS,
	HOW_TO_START_WORDS,
	KIND_WORDS,
	NEED_WORDS,
	RELATION_WORDS,
	SERVICE_AREA_WORDS,
	SYNONYMS,
	isEveryoneWord,
	isUnknownWord,
	type Vocabulary
} from './vocabulary';

const COLUMNS: Record<keyof typeof SYNONYMS, Vocabulary> = {
	needs: NEED_WORDS,
	kinds: KIND_WORDS,
	conditions: CONDITION_WORDS,
	relations: RELATION_WORDS,
	groups: GROUP_WORDS,
	forWhom: FOR_WHOM_WORDS,
	howToStart: HOW_TO_START_WORDS,
	costs: COST_WORDS,
	delivery: DELIVERY_WORDS,
	serviceArea: SERVICE_AREA_WORDS
};

describe('the words beheerders type', () => {
	it('every synonym means the one id it is listed under: no word points to two ids in a column', () => {
		for (const [column, byId] of Object.entries(SYNONYMS)) {
			const vocabulary = COLUMNS[column as keyof typeof SYNONYMS];
			for (const [id, words] of Object.entries(byId))
				for (const word of words) expect(vocabulary.lookup(word), `${column}: ${word}`).toBe(id);
		}
	});

	it('every id and every label the site shows works', () => {
		for (const vocabulary of Object.values(COLUMNS))
			for (const item of vocabulary.items) {
				expect(vocabulary.lookup(item.id)).toBe(item.id);
				expect(vocabulary.lookup(item.label)).toBe(item.id);
			}
	});

	it('reads the words from real spreadsheets, whatever their case or accents', () => {
		expect(KIND_WORDS.lookup('MANTELZORGSTEUNPUNT')).toBe('steunpunt-mantelzorg');
		expect(KIND_WORDS.lookup('Inloop')).toBe('alzheimercafe');
		expect(KIND_WORDS.lookup('Lotgenotencontact')).toBe('lotgenotengroep');
		expect(KIND_WORDS.lookup('Ontmoeting')).toBe('alzheimercafe');
		expect(NEED_WORDS.lookup('Ontmoeting')).toBe('emotionele-steun');
		expect(HOW_TO_START_WORDS.lookup('Inloop')).toBe('binnenlopen');
		expect(HOW_TO_START_WORDS.lookup('Via Wmo')).toBe('via-wmo-loket');
		expect(COST_WORDS.lookup('Via Wmo')).toBe('wmo');
		expect(COST_WORDS.lookup('Kleine bijdrage')).toBe('eigen-bijdrage');
		expect(FOR_WHOM_WORDS.lookup('Iedereen')).toBe('beiden');
		expect(CONDITION_WORDS.lookup('Autisme')).toBe('autisme');
		expect(CONDITION_WORDS.lookup('GGZ')).toBe('psychisch');
		expect(CONDITION_WORDS.lookup('Niet-aangeboren hersenletsel')).toBe('hersenletsel');
		expect(CONDITION_WORDS.lookup('Palliatieve zorg')).toBe('laatste-levensfase');
		expect(CONDITION_WORDS.lookup('verslavingszorg')).toBe('verslaving');
		expect(KIND_WORDS.lookup('Cliëntondersteuning')).toBe('clientondersteuning');
	});

	it('knows "onbekend" as unknown and "iedereen" as no limit', () => {
		expect(['Onbekend', 'niet bekend', '?'].every(isUnknownWord)).toBe(true);
		expect(isUnknownWord('gratis')).toBe(false);
		expect(['Iedereen', 'alle'].every(isEveryoneWord)).toBe(true);
	});
});
