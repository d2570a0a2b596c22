/** schema.org description of an offer, so search engines show the phone number and address. */
import type { OfferFeature } from '../data';

export function offerJsonLd(
	{ properties: offer, geometry }: OfferFeature,
	siteUrl?: string
): string {
	const data = {
		'@context': 'https://schema.org',
		'@type': 'Service',
		name: offer.name,
		description: offer.summary,
		...(siteUrl ? { url: `${siteUrl.replace(/\/$/, '')}/aanbod/${offer.id}` } : {}),
		...(offer.organization
			? { provider: { '@type': 'Organization', name: offer.organization.name } }
			: {}),
		...(offer.phones?.[0] ? { telephone: offer.phones[0].number } : {}),
		...(offer.email ? { email: offer.email } : {}),
		...(offer.address
			? {
					areaServed: offer.address.city,
					location: {
						'@type': 'Place',
						address: {
							'@type': 'PostalAddress',
							streetAddress: offer.address.street,
							postalCode: offer.address.postcode,
							addressLocality: offer.address.city,
							addressCountry: 'NL'
						},
						...(geometry
							? {
									geo: {
										'@type': 'GeoCoordinates',
										longitude: geometry.coordinates[0],
										latitude: geometry.coordinates[1]
									}
								}
							: {})
					}
				}
			: {})
	};
	// Escaped so that no text from the data can close the script element it is placed in.
	return JSON.stringify(data)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026');
}
