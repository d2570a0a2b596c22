import { error } from '@sveltejs/kit';
import { mapAreasOf, padBBox, plattegrondBase } from '$lib/map';
import { loadCatalog } from '$lib/server/catalog';
import { loadDataset } from '$lib/server/data';

export function entries() {
	return loadDataset()
		.areas.features.filter((f) => f.properties.type === 'wijk')
		.map((f) => ({ code: f.properties.code }));
}

export function load({ params }) {
	const { areas } = loadDataset();
	const mapAreas = mapAreasOf(areas);
	const wijk = mapAreas.features.find(
		(f) => f.properties.type === 'wijk' && f.properties.code === params.code
	);
	if (!wijk) error(404, 'Deze wijk bestaat niet.');
	const { listings, steunpuntId } = loadCatalog();
	const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nl');
	return {
		wijk: { type: wijk.properties.type, code: wijk.properties.code, name: wijk.properties.name },
		inWijk: listings.filter((l) => l.id !== steunpuntId && l.wijk === params.code).sort(byName),
		everywhere: listings
			.filter((l) => l.id !== steunpuntId && (!l.coordinates || l.serviceArea === 'gemeente'))
			.sort(byName),
		// The wijk with a rim of its neighbours, so it is clear where it lies.
		plattegrond: plattegrondBase(mapAreas, padBBox(wijk.properties.bbox, 0.15), { width: 560 })
	};
}
