import { error } from '@sveltejs/kit';
import { loadCatalog } from '$lib/server/catalog';
import { loadDataset } from '$lib/server/data';

export function entries() {
	return loadDataset()
		.areas.features.filter((f) => f.properties.type === 'wijk')
		.map((f) => ({ code: f.properties.code }));
}

export function load({ params }) {
	const wijk = loadDataset().areas.features.find(
		(f) => f.properties.type === 'wijk' && f.properties.code === params.code
	);
	if (!wijk) error(404, 'Deze wijk bestaat niet.');
	const { listings, steunpuntId } = loadCatalog();
	const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nl');
	return {
		wijk: wijk.properties,
		inWijk: listings.filter((l) => l.id !== steunpuntId && l.wijk === params.code).sort(byName),
		everywhere: listings
			.filter((l) => l.id !== steunpuntId && (!l.coordinates || l.serviceArea === 'gemeente'))
			.sort(byName)
	};
}
