import { error } from '@sveltejs/kit';
import { areaByCode, buildHierarchy, firstContactFor, gemeenteOfOffer, isRegion } from '$lib/areas';
import { hasCalendar } from '$lib/calendar';
import { inLanguage } from '$lib/data';
import { toFirstContact } from '$lib/first-contact';
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
	const hierarchy = buildHierarchy(areas.features);
	const area = feature.properties.wijk ? areaByCode(hierarchy, feature.properties.wijk) : undefined;
	const wijk = area?.type === 'wijk' ? area : undefined;
	const coordinates = feature.geometry?.coordinates;
	// In a region: the first contact of the offer's gemeente (by its area, else the nearest to
	// its point), so a resident of that gemeente is sent to its own steunpunt.
	const region = isRegion(hierarchy);
	const gemeente = region
		? gemeenteOfOffer(hierarchy, { wijk: feature.properties.wijk, point: coordinates })
		: undefined;
	const firstContactId = gemeente && firstContactFor(site, gemeente.code);
	const firstContactOffer = offers.find((f) => f.properties.id === firstContactId);
	// A small map of the offer's wijk (or its surroundings) with the offer's point on it.
	const around = coordinates && {
		bbox: wijk
			? padBBox(
					mapAreasOf(areas).features.find((f) => f.properties.code === wijk.code)!.properties.bbox,
					0.1
				)
			: atLeast([coordinates[0], coordinates[1], coordinates[0], coordinates[1]], 0.02)
	};
	return {
		locator: around && plattegrondBase(mapAreasOf(areas), around.bbox, { width: 320, padding: 12 }),
		offer: inLanguage(feature.properties, getLocale()),
		coordinates: feature.geometry?.coordinates,
		wijkName: wijk?.name,
		/** In a region, an offer whose area is a whole gemeente: named as a gemeente, never a wijk. */
		gemeenteName: region && area?.type === 'gemeente' ? area.name : undefined,
		/** Where "for everyone in …" is: the offer's gemeente in a region, else the site. */
		placeName: gemeente?.name ?? site.gemeente.name,
		gemeenteFirstContact:
			gemeente && firstContactOffer
				? {
						gemeente: gemeente.name,
						...toFirstContact(inLanguage(firstContactOffer.properties, getLocale()))
					}
				: undefined,
		hasCalendar: hasCalendar(feature.properties),
		jsonLd: offerJsonLd(feature, site.siteUrl)
	};
}
