import { error } from '@sveltejs/kit';
import { areaByCode, gemeenteOf, wijkList } from '$lib/areas';
import { mapAreasOf, padBBox, plattegrondBase } from '$lib/map';
import { loadAreaPages } from '$lib/server/area-pages';
import { loadDataset } from '$lib/server/data';

export function entries() {
	return wijkList(loadAreaPages().hierarchy).map(({ code }) => ({ code }));
}

export function load({ params }) {
	const { areas } = loadDataset();
	const pages = loadAreaPages();
	const wijk = areaByCode(pages.hierarchy, params.code);
	if (wijk?.type !== 'wijk') error(404, 'Deze wijk bestaat niet.');
	const gemeente = gemeenteOf(pages.hierarchy, wijk.code);
	const firstContact = pages.firstContactOf(wijk.gemeente);
	const mapAreas = mapAreasOf(areas);
	const bbox = mapAreas.features.find((f) => f.properties.code === wijk.code)!.properties.bbox;
	return {
		wijk: { type: wijk.type, code: wijk.code, name: wijk.name },
		/** In a region: the wijk's gemeente, named in the headings and linked. */
		gemeente: pages.region && gemeente ? { code: gemeente.code, name: gemeente.name } : undefined,
		/** The footer shows it too: the first contact of the wijk's own gemeente. */
		gemeenteFirstContact: firstContact,
		areaNames: pages.areaNames,
		inWijk: pages.inWijk(wijk.code, firstContact.id),
		everywhere: pages.everywhereFor(wijk.gemeente, firstContact.id),
		// The wijk with a rim of its neighbours, so it is clear where it lies.
		plattegrond: plattegrondBase(mapAreas, padBBox(bbox, 0.15), { width: 560 })
	};
}
