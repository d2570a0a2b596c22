/** What list pages need from the data set, prepared once at build time. */
import { toListing } from '../data';
import { getLocale } from '../i18n';
import { neighbourMap } from '../geo';
import { loadDataset } from './data';

/** `locale`: the page language (the request's), for offers whose data carries translations. */
export function loadCatalog(locale: string = getLocale()) {
	const { offers, areas, site } = loadDataset();
	const wijken = areas.features.filter((f) => f.properties.type === 'wijk');
	const neighbours = neighbourMap(
		wijken.map((w) => ({ code: w.properties.code, geometry: w.geometry }))
	);
	return {
		listings: offers.map((offer) => toListing(offer, locale)),
		steunpuntId: site.steunpunt,
		/** In a region: gemeente code → that gemeente's own first contact. */
		eersteContact: site.eersteContact ?? {},
		/** Plain arrays: page data must be serialisable. */
		neighbours: Object.fromEntries([...neighbours].map(([code, set]) => [code, [...set]]))
	};
}
