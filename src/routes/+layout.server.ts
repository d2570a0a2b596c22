import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildHierarchy, wijkenOf } from '$lib/areas';
import { inLanguage } from '$lib/data';
import { toFirstContact } from '$lib/first-contact';
import { getLocale } from '$lib/i18n';
import { dataDate } from '$lib/offline';
import { dataDir, loadDataset } from '$lib/server/data';

export function load() {
	const { site, offers, areas } = loadDataset();
	const hierarchy = buildHierarchy(areas.features);
	const firstContact = inLanguage(
		offers.find((f) => f.properties.id === site.steunpunt)!.properties,
		getLocale()
	);
	return {
		site: {
			gemeente: site.gemeente.name,
			exampleData: site.exampleData,
			siteUrl: site.siteUrl,
			themeCss: site.theme.css,
			dataDate: dataDate(offers.map((f) => f.properties.lastVerified)),
			beheerderEmail: site.beheerder.email,
			firstContact: toFirstContact(firstContact),
			/** Without postcodes.json (or PDOK) every postcode would be "unknown": the field is hidden. */
			postcodeSearch: site.geocoder.pdok || existsSync(join(dataDir(), 'postcodes.json'))
		},
		/** The area question's choices: each gemeente with its wijken. */
		gemeenten: hierarchy.gemeenten.map((g) => ({
			code: g.code,
			name: g.name,
			wijken: wijkenOf(hierarchy, g.code)
				.map((w) => ({ code: w.code, name: w.name }))
				.sort((a, b) => a.name.localeCompare(b.name, 'nl'))
		})),
		wijken: areas.features
			.filter((f) => f.properties.type === 'wijk')
			.map((f) => ({ code: f.properties.code, name: f.properties.name }))
			.sort((a, b) => a.name.localeCompare(b.name, 'nl'))
	};
}
