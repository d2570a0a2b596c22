/**
 * Texts from the data are shown as text, never as markup: a beheerder's spreadsheet (or an
 * attacker who got into it) cannot put a script on the site.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import OfferCard from '$lib/components/OfferCard.svelte';
import { toListing, type OfferFeature } from '$lib/data';
import { offerJsonLd } from '$lib/server/json-ld';

const hostile = '<script>alert(1)</script><img src=x onerror="alert(2)">';
const feature: OfferFeature = {
	type: 'Feature',
	geometry: { type: 'Point', coordinates: [6.5, 52.7] },
	properties: {
		id: 'gevaarlijk',
		name: `Groep ${hostile}`,
		summary: `Samenvatting ${hostile}`,
		kind: 'lotgenotengroep',
		forWhom: 'mantelzorger',
		howToStart: 'bellen',
		cost: 'gratis',
		lastVerified: '2026-01-01',
		address: { street: `Straat ${hostile}`, postcode: '9991 AB', city: 'Voorbeeldstad' },
		phones: [{ number: '0123 45 67 89' }]
	}
};

describe('texts from the data are inert', () => {
	it('an offer card escapes HTML and script tags', () => {
		const { body } = render(OfferCard, { props: { listing: toListing(feature) } });
		expect(body).not.toContain('<script>');
		expect(body).not.toContain('<img');
		expect(body).toContain('&lt;script>alert(1)&lt;/script>');
	});

	it('the JSON-LD block cannot be closed by text in the data', () => {
		const jsonLd = offerJsonLd(feature, 'https://kaart.voorbeeldstad.example');
		expect(jsonLd).not.toMatch(/<\/?script/i);
		expect(JSON.parse(jsonLd).name).toBe(`Groep ${hostile}`);
	});
});
