/**
 * What the gemeente and wijk pages list, from the one area hierarchy: in a region each
 * gemeente's own help and first contact, and the help for the whole region apart.
 */
import { buildHierarchy, byName, firstContactFor, gemeenteOfOffer, isRegion } from '../areas';
import type { Listing } from '../data';
import { loadCatalog } from './catalog';
import { loadDataset } from './data';
import { compareDutch } from '../i18n/dutch-order';

const byListingName = (a: Listing, b: Listing) => compareDutch(a.name, b.name);

export function loadAreaPages() {
	const { areas, site } = loadDataset();
	const hierarchy = buildHierarchy(areas.features);
	const catalog = loadCatalog();
	const gemeenteOfListing = new Map(
		catalog.listings.map((l) => [
			l.id,
			gemeenteOfOffer(hierarchy, { wijk: l.wijk, point: l.coordinates })?.code
		])
	);
	/** Help without a place of its own: at home, by phone, online, or for the whole area. */
	const everywhere = (l: Listing) => !l.coordinates || l.serviceArea === 'gemeente';
	return {
		hierarchy,
		region: isRegion(hierarchy),
		/** Every area's name by code, so a card names a gemeente as well as a wijk. */
		areaNames: byName(hierarchy.areas),
		/** The first contact of a gemeente: shown as "Begin hier" and in the footer. */
		firstContactOf: (gemeente: string) =>
			catalog.firstContacts[firstContactFor(site, gemeente)] ??
			catalog.firstContacts[site.steunpunt]!,
		/** Listings of the gemeente itself (any of its wijken, or its point inside it). */
		inGemeente: (gemeente: string, except: string) =>
			catalog.listings
				.filter((l) => l.id !== except && gemeenteOfListing.get(l.id) === gemeente)
				.sort(byListingName),
		inWijk: (wijk: string, except: string) =>
			catalog.listings.filter((l) => l.id !== except && l.wijk === wijk).sort(byListingName),
		/** Help for the whole gemeente, and in a region the help for the whole region. */
		everywhereFor: (gemeente: string | undefined, except: string) =>
			catalog.listings
				.filter((l) => {
					if (l.id === except || !everywhere(l)) return false;
					const own = gemeenteOfListing.get(l.id);
					return !own || !gemeente || own === gemeente;
				})
				.sort(byListingName),
		/** Listings that belong to no gemeente: for every resident of the region. */
		regionWide: (except: string) =>
			catalog.listings
				.filter((l) => l.id !== except && !gemeenteOfListing.get(l.id))
				.sort(byListingName)
	};
}
