import { describe, expect, it } from 'vitest';
import { capitalize, joinAnd } from './words';

describe('joinAnd', () => {
	it('joins a list the way each language does', () => {
		expect(joinAnd(['maandag', 'dinsdag', 'woensdag'], 'nl')).toBe('maandag, dinsdag en woensdag');
		expect(joinAnd(['Monday', 'Tuesday'], 'en')).toBe('Monday and Tuesday');
		expect(joinAnd(['أ', 'ب', 'ج'], 'ar')).toBe('أ، ب وج');
		expect(joinAnd(['één'], 'nl')).toBe('één');
		expect(joinAnd([], 'nl')).toBe('');
	});
});

describe('capitalize', () => {
	it('follows the language: a Turkish i becomes İ', () => {
		expect(capitalize('iki haftada bir', 'tr')).toBe('İki haftada bir');
		expect(capitalize('iedere week', 'nl')).toBe('Iedere week');
	});
});
