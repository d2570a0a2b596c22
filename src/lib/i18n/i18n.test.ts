import { describe, expect, it } from 'vitest';
import { alternateLinks, localizeHref } from './index';

describe('localizeHref', () => {
	it("writes a language's start page without a trailing slash, the way the build names it", () => {
		expect(localizeHref('/', { locale: 'en' })).toBe('/en');
		expect(localizeHref('/?kiosk=1', { locale: 'ar' })).toBe('/ar?kiosk=1');
		expect(localizeHref('/', { locale: 'nl' })).toBe('/');
	});

	it('leaves other paths as Paraglide writes them', () => {
		expect(localizeHref('/kaart', { locale: 'tr' })).toBe('/tr/kaart');
		expect(localizeHref('/resultaten?hulp=respijtzorg', { locale: 'en' })).toBe(
			'/en/resultaten?hulp=respijtzorg'
		);
	});
});

describe('alternateLinks', () => {
	it('names the page in every language and Dutch as the default, with the absolute address', () => {
		expect(alternateLinks('/en/kaart', 'https://kaart.voorbeeldstad.nl/')).toEqual([
			{ hreflang: 'nl', href: 'https://kaart.voorbeeldstad.nl/kaart' },
			{ hreflang: 'en', href: 'https://kaart.voorbeeldstad.nl/en/kaart' },
			{ hreflang: 'tr', href: 'https://kaart.voorbeeldstad.nl/tr/kaart' },
			{ hreflang: 'ar', href: 'https://kaart.voorbeeldstad.nl/ar/kaart' },
			{ hreflang: 'x-default', href: 'https://kaart.voorbeeldstad.nl/kaart' }
		]);
		expect(
			alternateLinks('/', 'https://kaart.voorbeeldstad.nl').map((link) => link.href)
		).toContain('https://kaart.voorbeeldstad.nl/en');
	});

	it('gives none without the site address: search engines ignore relative ones', () => {
		expect(alternateLinks('/kaart', undefined)).toEqual([]);
	});
});
