import { inLanguage } from '$lib/data';
import { toFirstContact } from '$lib/first-contact';
import { getLocale } from '$lib/i18n';
import { dataDate } from '$lib/offline';
import { loadDataset } from '$lib/server/data';

export function load() {
	const { site, offers, areas } = loadDataset();
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
			firstContact: toFirstContact(firstContact)
		},
		wijken: areas.features
			.filter((f) => f.properties.type === 'wijk')
			.map((f) => ({ code: f.properties.code, name: f.properties.name }))
			.sort((a, b) => a.name.localeCompare(b.name, 'nl'))
	};
}
