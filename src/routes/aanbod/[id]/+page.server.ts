import { error } from '@sveltejs/kit';
import { hasCalendar } from '$lib/calendar';
import { inLanguage } from '$lib/data';
import { getLocale } from '$lib/i18n';
import { atLeast, mapAreasOf, padBBox, plattegrondBase } from '$lib/map';
import { loadDataset } from '$lib/server/data';
import { offerJsonLd } from '$lib/server/json-ld';

export function entries() {
	return loadDataset().offers.map((f) => ({ id: f.properties.id }));
}

export function load({ params }) {
	const { offers, areas, site } = loadDataset();
	const feature = offers.find((f) => f.properties.id === params.id);
	if (!feature) error(404, 'Deze hulp staat niet (meer) op de kaart.');
	const wijk = areas.features.find(
		(a) => a.properties.type === 'wijk' && a.properties.code === feature.properties.wijk
	);
	const coordinates = feature.geometry?.coordinates;
	// A small map of the offer's wijk (or its surroundings) with the offer's point on it.
	const around = coordinates && {
		bbox: wijk
			? padBBox(
					mapAreasOf(areas).features.find((f) => f.properties.code === wijk.properties.code)!
						.properties.bbox,
					0.1
				)
			: atLeast([coordinates[0], coordinates[1], coordinates[0], coordinates[1]], 0.02)
	};
	return {
		locator: around && plattegrondBase(mapAreasOf(areas), around.bbox, { width: 320, padding: 12 }),
		offer: inLanguage(feature.properties, getLocale()),
		coordinates: feature.geometry?.coordinates,
		wijkName: wijk?.properties.name,
		hasCalendar: hasCalendar(feature.properties),
		jsonLd: offerJsonLd(feature, site.siteUrl)
	};
}
