import { describe, expect, it } from 'vitest';
import { inLanguage } from './translate';
import type { Offer } from './schema';

const offer: Offer = {
	id: 'steunpunt',
	name: 'Steunpunt Mantelzorg',
	summary: 'Voor al uw vragen.',
	description: 'Lang verhaal.',
	kind: 'steunpunt-mantelzorg',
	forWhom: 'mantelzorger',
	howToStart: 'bellen',
	cost: 'gratis',
	lastVerified: '2026-10-01',
	translations: {
		en: { summary: 'For all your questions.', description: 'Long story.' },
		ar: { name: 'نقطة دعم', summary: 'لكل أسئلتك.', description: 'قصة طويلة.' }
	}
};

describe('inLanguage', () => {
	it('gives the translated texts and keeps the Dutch name when the translation has none', () => {
		const english = inLanguage(offer, 'en');
		expect(english).toMatchObject({
			name: 'Steunpunt Mantelzorg',
			summary: 'For all your questions.',
			description: 'Long story.',
			textLang: 'en'
		});
		expect(inLanguage(offer, 'ar')).toMatchObject({ name: 'نقطة دعم', textLang: 'ar' });
	});

	it('falls back to Dutch for a language without a translation, and for Dutch itself', () => {
		expect(inLanguage(offer, 'tr')).toMatchObject({
			summary: 'Voor al uw vragen.',
			textLang: 'nl'
		});
		expect(inLanguage(offer, 'nl')).toMatchObject({
			summary: 'Voor al uw vragen.',
			textLang: 'nl'
		});
	});

	it('leaves the other translations out, so a page carries one language', () => {
		expect(inLanguage(offer, 'en')).not.toHaveProperty('translations');
	});
});
