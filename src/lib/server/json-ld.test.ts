import { describe, expect, it } from 'vitest';
import { offerJsonLd } from './json-ld';

describe('offerJsonLd with what a real list leaves out', () => {
	it('leaves out the postcode, the cost and the first step nobody gave', () => {
		const data = JSON.parse(
			offerJsonLd({
				type: 'Feature',
				geometry: { type: 'Point', coordinates: [5.87, 51.1] },
				properties: {
					id: 'informatiepunt-de-haven',
					name: 'Wijkinformatiepunt De Haven',
					summary: 'Loop binnen met uw vraag.',
					kind: 'informatiepunt',
					address: { street: 'Havenkade 14', city: 'Echtveld' },
					lastVerified: '2026-10-15'
				}
			})
		);
		expect(data.location.address).toEqual({
			'@type': 'PostalAddress',
			streetAddress: 'Havenkade 14',
			addressLocality: 'Echtveld',
			addressCountry: 'NL'
		});
		expect(JSON.stringify(data)).not.toMatch(/price|offers|undefined/i);
	});
});
