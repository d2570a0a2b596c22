/** An offer's texts in the page language: the data's translation when it has one, else the Dutch. */
import type { Offer } from './schema';

/**
 * The offer with its texts in `locale` where the data translates them, without the other
 * translations (pages carry one language). `textLang` says which language the texts are
 * in, so a page can mark Dutch texts on an English page with lang="nl".
 */
export function inLanguage(
	{ translations, ...offer }: Offer,
	locale: string
): Omit<Offer, 'translations'> & { textLang: string } {
	const translation = locale === 'nl' ? undefined : translations?.[locale];
	if (!translation) return { ...offer, textLang: 'nl' };
	return { ...offer, ...translation, name: translation.name ?? offer.name, textLang: locale };
}
