import { error } from '@sveltejs/kit';
import { NEED_BY_ID, NEEDS, type NeedId } from '$lib/data/taxonomy';
import { loadCatalog } from '$lib/server/catalog';

export function entries() {
	return NEEDS.map((need) => ({ need: need.id }));
}

export function load({ params }) {
	if (!(params.need in NEED_BY_ID)) error(404, 'Dit onderwerp bestaat niet.');
	const need = NEED_BY_ID[params.need as NeedId];
	const { listings, steunpuntId } = loadCatalog();
	return {
		need,
		listings: listings
			.filter((l) => l.id !== steunpuntId && l.needs.includes(need.id))
			.sort((a, b) => a.name.localeCompare(b.name, 'nl'))
	};
}
