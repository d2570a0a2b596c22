import { error } from '@sveltejs/kit';
import { byName, wijkenOf } from '$lib/areas';
import { mapAreasOf, padBBox, plattegrondBase } from '$lib/map';
import { loadAreaPages } from '$lib/server/area-pages';
import { loadDataset } from '$lib/server/data';

/** Every gemeente has a page; a region's footer links them, as a single gemeente's links its wijken. */
export function entries() {
	return loadAreaPages().hierarchy.gemeenten.map(({ code }) => ({ code }));
}

export function load({ params }) {
	const { areas } = loadDataset();
	const pages = loadAreaPages();
	const gemeente = pages.hierarchy.gemeenten.find((g) => g.code === params.code);
	if (!gemeente) error(404, 'Deze gemeente bestaat niet.');
	const firstContact = pages.firstContactOf(gemeente.code);
	const mapAreas = mapAreasOf(areas);
	const bbox = mapAreas.features.find((f) => f.properties.code === gemeente.code)!.properties.bbox;
	const wijken = byName(wijkenOf(pages.hierarchy, gemeente.code));
	return {
		gemeente: { code: gemeente.code, name: gemeente.name },
		wijken,
		/** Only a gemeente without wijken is itself an answer to "Waar woont uw naaste?". */
		answerArea: pages.region && wijken.length === 0,
		/** The footer shows it too: this gemeente's own first contact. */
		gemeenteFirstContact: firstContact,
		areaNames: pages.areaNames,
		inGemeente: pages.inGemeente(gemeente.code, firstContact.id),
		regionWide: pages.region ? pages.regionWide(firstContact.id) : [],
		plattegrond: plattegrondBase(mapAreas, padBBox(bbox, 0.1), { width: 560 })
	};
}
