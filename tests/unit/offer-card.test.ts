/**
 * A card names help without a place from the region it is given, not from page state: the
 * same card reads the same on a page, in the beheer preview and rendered on its own.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import OfferCard from '$lib/components/OfferCard.svelte';
import OfferList from '$lib/components/OfferList.svelte';
import { toListing, type OfferFeature } from '$lib/data';
import { m } from '$lib/i18n';

const placeless: OfferFeature = {
	type: 'Feature',
	geometry: null,
	properties: {
		id: 'regeling',
		name: 'Mantelzorgwaardering',
		summary: 'Een bedrag als dank voor de zorg.',
		kind: 'regeling',
		forWhom: 'mantelzorger',
		lastVerified: '2026-01-01'
	}
};
const listing = toListing(placeless);

describe('help without a place names its area from the props', () => {
	it("on a single gemeente's site: the whole gemeente", () => {
		const { body } = render(OfferCard, { props: { listing } });
		expect(body).toContain(m.card_whole_gemeente());
	});

	it('in a region: the region, also when the list passes it down', () => {
		const regio = 'Regio Voorbeeld';
		const card = render(OfferCard, { props: { listing, regio } }).body;
		expect(card).toContain(m.gemeenten_card_whole_regio({ regio }));
		expect(card).not.toContain(m.card_whole_gemeente());
		const list = render(OfferList, { props: { listings: [listing], wijken: [], regio } }).body;
		expect(list).toContain(m.gemeenten_card_whole_regio({ regio }));
	});
});
