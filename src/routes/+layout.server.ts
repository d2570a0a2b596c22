import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildHierarchy, firstContactFor, isRegion, wijkenOf, wijkList, byName } from '$lib/areas';
import { BASEMAP_STYLE } from '$lib/basemap';
import { inLanguage } from '$lib/data';
import { toFirstContact } from '$lib/first-contact';
import { getLocale } from '$lib/i18n';
import { dataDate } from '$lib/offline';
import { hasBasemap } from '$lib/server/basemap/folder';
import { dataDir, loadDataset } from '$lib/server/data';

export function load() {
	const { site, offers, areas } = loadDataset();
	const hierarchy = buildHierarchy(areas.features);
	const contactOf = (id: string) =>
		toFirstContact(inLanguage(offers.find((f) => f.properties.id === id)!.properties, getLocale()));
	const region = isRegion(hierarchy);
	return {
		site: {
			gemeente: site.gemeente.name,
			exampleData: site.exampleData,
			siteUrl: site.siteUrl,
			themeCss: site.theme.css,
			/** Streets under every GL map: the ones the site hosts first, as they send nothing to another host. */
			basemap: hasBasemap(dataDir())
				? { styleUrl: BASEMAP_STYLE, attribution: undefined }
				: site.basemap,
			dataDate: dataDate(offers.map((f) => f.properties.lastVerified)),
			beheerderEmail: site.beheerder.email,
			firstContact: contactOf(site.steunpunt),
			/** The region's name on a site of several gemeenten; its texts then say "gemeente" and "regio". */
			regio: region ? (site.regio?.name ?? site.gemeente.name) : undefined,
			/** In a region: every gemeente's own first contact, by gemeente code (validated by data:check). */
			firstContactByGemeente: region
				? Object.fromEntries(
						hierarchy.gemeenten.map((g) => [g.code, contactOf(firstContactFor(site, g.code))])
					)
				: {},
			/** Without postcodes.json (or PDOK) every postcode would be "unknown": the field is hidden. */
			postcodeSearch: site.geocoder.pdok || existsSync(join(dataDir(), 'postcodes.json'))
		},
		/** The area question's choices: each gemeente with its wijken. */
		gemeenten: hierarchy.gemeenten.map((g) => ({
			code: g.code,
			name: g.name,
			wijken: byName(wijkenOf(hierarchy, g.code))
		})),
		wijken: wijkList(hierarchy)
	};
}
