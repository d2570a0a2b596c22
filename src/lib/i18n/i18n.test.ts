import { describe, expect, it } from 'vitest';
import { localizeHref } from './index';

describe('localizeHref', () => {
	it("writes a language's start page without a trailing slash, the way the build names it", () => {
		expect(localizeHref('/', { locale: 'en' })).toBe('/en');
		expect(localizeHref('/?kiosk=1', { locale: 'ar' })).toBe('/ar?kiosk=1');
		expect(localizeHref('/', { locale: 'nl' })).toBe('/');
	});

	it('leaves other paths as Paraglide writes them', () => {
		expect(localizeHref('/kaart', { locale: 'tr' })).toBe('/tr/kaart');
		expect(localizeHref('/resultaten?hulp=respijtzorg', { locale: 'en' })).toBe('/en/resultaten?hulp=respijtzorg');
	});
});
