/** What list pages need from the data set, prepared once at build time. */
import { answerAreasOf, buildHierarchy } from '../areas';
import { inLanguage, toListing } from '../data';
import { toFirstContact } from '../first-contact';
import { getLocale } from '../i18n';
import { neighbourMap } from '../geo';
import { loadDataset } from './data';

/** `locale`: the page language (the request's), for offers whose data carries translations. */
export function loadCatalog(locale: string = getLocale()) {
	const { offers, areas, site } = loadDataset();
	const firstContactIds = new Set([site.steunpunt, ...Object.values(site.eersteContact ?? {})]);
	// Over what a visitor answers with (wijken, and in a region gemeenten without wijken):
	// in a region the gemeente next door is "nearby", not "elsewhere", on every page.
	const neighbours = neighbourMap(answerAreasOf(buildHierarchy(areas.features)));
	return {
		listings: offers.map((offer) => toListing(offer, locale)),
		steunpuntId: site.steunpunt,
		/** In a region: gemeente code → that gemeente's own first contact. */
		eersteContact: site.eersteContact ?? {},
		/** Every first contact the pages may show as "Begin hier", by offer id. */
		firstContacts: Object.fromEntries(
			offers
				.filter((f) => firstContactIds.has(f.properties.id))
				.map((f) => [f.properties.id, toFirstContact(inLanguage(f.properties, locale))])
		),
		/** Plain arrays: page data must be serialisable. */
		neighbours: Object.fromEntries([...neighbours].map(([code, set]) => [code, [...set]]))
	};
}
