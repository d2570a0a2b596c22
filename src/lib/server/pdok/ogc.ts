/** OGC API Features (CBS wijken en buurten, CBS postcode4): paged FeatureCollections. */
import { z } from 'zod';
import { POSTCODE4_BASE, wijkenEnBuurtenBase, type FetchLike } from '../../pdok';
import { getJson, PdokError } from './http';

const ogcPageSchema = z.object({
	type: z.literal('FeatureCollection'),
	features: z.array(
		z.object({
			type: z.literal('Feature'),
			geometry: z.unknown(),
			properties: z.record(z.string(), z.unknown()).nullable()
		})
	),
	links: z
		.array(z.object({ rel: z.string(), href: z.string(), type: z.string().optional() }))
		.optional()
});

export type OgcFeature = z.infer<typeof ogcPageSchema>['features'][number];

const MAX_PAGES = 200;

/** Every feature of a collection query, following the `next` links page by page. */
export async function fetchAllFeatures(
	url: string,
	fetchFn: FetchLike = fetch
): Promise<OgcFeature[]> {
	const features: OgcFeature[] = [];
	const visited = new Set<string>();
	let next: string | undefined = url;
	while (next) {
		if (visited.has(next) || visited.size >= MAX_PAGES) {
			throw new PdokError(
				`PDOK blijft naar volgende pagina's verwijzen; gestopt na ${visited.size} pagina's bij ${url}`
			);
		}
		visited.add(next);
		const parsed = ogcPageSchema.safeParse(await getJson(next, fetchFn));
		if (!parsed.success) throw new PdokError(`PDOK gaf geen GeoJSON FeatureCollection bij ${next}`);
		features.push(...parsed.data.features);
		next = parsed.data.links?.find(
			(link) => link.rel === 'next' && (!link.type || link.type.includes('json'))
		)?.href;
	}
	return features;
}

export function wijkenEnBuurtenUrl(
	jaar: number,
	collection: 'gemeenten' | 'wijken',
	gemeentecode: string
): string {
	return `${wijkenEnBuurtenBase(jaar)}/collections/${collection}/items?gemeentecode=${gemeentecode}&f=json&limit=1000`;
}

export function postcode4Url(
	jaarcode: number,
	bbox: readonly [number, number, number, number]
): string {
	return `${POSTCODE4_BASE}/collections/postcode4/items?jaarcode=${jaarcode}&bbox=${bbox.join(',')}&f=json&limit=1000`;
}

/** "GM0505", "gm0505" and "0505" all mean gemeentecode GM0505; anything else is an error. */
export function parseGemeentecode(value: string): string | undefined {
	const match = /^(?:gm)?(\d{4})$/i.exec(value.trim());
	return match ? `GM${match[1]}` : undefined;
}
