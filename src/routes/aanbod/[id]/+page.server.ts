import { error } from '@sveltejs/kit';
import { hasCalendar } from '$lib/calendar';
import { inLanguage } from '$lib/data';
import { getLocale } from '$lib/i18n';
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
	return {
		offer: inLanguage(feature.properties, getLocale()),
		coordinates: feature.geometry?.coordinates,
		wijkName: wijk?.properties.name,
		hasCalendar: hasCalendar(feature.properties),
		jsonLd: offerJsonLd(feature, site.siteUrl)
	};
}
