/**
 * OfferList builds as many cards as the page says are built (see Staged); the page may pass a
 * count below zero for a list further down that is not reached yet.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import OfferList from '$lib/components/OfferList.svelte';
import { toListing } from '$lib/data';

const listings = ['een', 'twee', 'drie'].map((id) =>
	toListing({
		type: 'Feature',
		geometry: null,
		properties: {
			id,
			name: `Hulp ${id}`,
			summary: 'Een zin.',
			kind: 'regeling',
			forWhom: 'mantelzorger',
			lastVerified: '2026-01-01'
		}
	})
);
const names = (html: string) =>
	[...html.matchAll(/data-offer-id="(\w+)"/g)].map((found) => found[1]);
const outsideNoscript = (html: string) => html.replace(/<noscript[^>]*>[\s\S]*?<\/noscript>/g, '');

describe('OfferList builds only the cards it is told', () => {
	it('the first ones, with the rest in <noscript> for a browser without JavaScript', () => {
		const { body } = render(OfferList, {
			props: { listings, wijken: [], built: 2, restInNoscript: true }
		});
		expect(names(outsideNoscript(body))).toEqual(['een', 'twee']);
		expect(names(body)).toEqual(['een', 'twee', 'drie']);
	});

	it('none for a list that is not reached yet (a count below zero), not all of them', () => {
		for (const built of [0, -2]) {
			const { body } = render(OfferList, {
				props: { listings, wijken: [], built, restInNoscript: true }
			});
			expect(names(outsideNoscript(body))).toEqual([]);
			expect(names(body)).toEqual(['een', 'twee', 'drie']);
		}
	});

	it('all of them when all are built', () => {
		const { body } = render(OfferList, { props: { listings, wijken: [], built: Infinity } });
		expect(names(body)).toEqual(['een', 'twee', 'drie']);
	});
});
