/**
 * Dutch interface sentences of /overzicht and /insluiten found on a page in another
 * language: what a hard-coded or untranslated text leaves behind. Only fixed texts of three
 * words or more, so a Dutch offer name or a quoted column name cannot match by chance.
 */
import beheer from '../../src/lib/i18n/messages/beheer/nl.json' with { type: 'json' };

const SENTENCES = Object.values(beheer).filter(
	(text): text is string => typeof text === 'string' && !text.includes('{') && text.split(' ').length >= 3
);

export function dutchLeftovers(pageText: string): string[] {
	const text = pageText.replace(/\s+/g, ' ');
	return SENTENCES.filter((sentence) => text.includes(sentence));
}
