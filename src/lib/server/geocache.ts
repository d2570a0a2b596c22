/**
 * Address → point with a file cache (data/.geocache.json), so importing the same sheet
 * twice asks PDOK nothing the second time, and an import without internet still places
 * every address that was found before. "Not found" is remembered too; a corrected address
 * is a new key and is asked again.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { Position } from '../data/schema';
import { PdokError, geocodeAddress, type AddressQuery, type FetchLike } from './pdok';

const entrySchema = z
	.object({
		lon: z.number(),
		lat: z.number(),
		label: z.string().optional(),
		postcodeDiffers: z.literal(true).optional(),
		postcode: z.string().optional()
	})
	.nullable();
const cacheFileSchema = z.object({
	version: z.literal(1),
	entries: z.record(z.string(), entrySchema)
});

export type CacheEntry = z.infer<typeof entrySchema>;

/** Case, spacing and the space in the postcode do not make a different address. */
export function addressKey(address: AddressQuery): string {
	const clean = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');
	return [
		clean(address.street),
		(address.postcode ?? '').replace(/\s/g, '').toUpperCase(),
		clean(address.city)
	].join('|');
}

export class GeoCache {
	private entries: Map<string, CacheEntry>;
	private changed = false;

	private constructor(
		private readonly path: string | undefined,
		entries: Record<string, CacheEntry>,
		/** The file existed but could not be read; it will be written anew. */
		readonly unreadable: boolean
	) {
		this.entries = new Map(Object.entries(entries));
	}

	static inMemory(entries: Record<string, CacheEntry> = {}): GeoCache {
		return new GeoCache(undefined, entries, false);
	}

	static open(path: string): GeoCache {
		if (!existsSync(path)) return new GeoCache(path, {}, false);
		try {
			const parsed = cacheFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
			return parsed.success
				? new GeoCache(path, parsed.data.entries, false)
				: new GeoCache(path, {}, true);
		} catch {
			return new GeoCache(path, {}, true);
		}
	}

	/** undefined: never asked; null: asked, not found. */
	get(address: AddressQuery): CacheEntry | undefined {
		return this.entries.get(addressKey(address));
	}

	set(address: AddressQuery, entry: CacheEntry): void {
		this.entries.set(addressKey(address), entry);
		this.changed = true;
	}

	/** Writes the file when something was added; sorted, so its diffs stay small. */
	save(): void {
		if (!this.path || !this.changed) return;
		const entries = Object.fromEntries(
			[...this.entries.entries()].sort(([a], [b]) => a.localeCompare(b))
		);
		const temporary = `${this.path}.tmp`;
		writeFileSync(temporary, `${JSON.stringify({ version: 1, entries }, null, '\t')}\n`);
		renameSync(temporary, this.path);
		this.changed = false;
	}
}

export type GeocodeOutcome =
	| {
			status: 'gevonden';
			position: Position;
			label?: string;
			fromCache: boolean;
			postcodeDiffers: boolean;
			postcode?: string;
	  }
	| { status: 'niet-gevonden'; fromCache: boolean }
	| { status: 'offline'; message: string };

/**
 * Looks up each address, cache first. After the first network failure it stops asking
 * PDOK: the remaining addresses get "offline" at once instead of one timeout each.
 */
export async function geocodeAll(
	addresses: readonly AddressQuery[],
	cache: GeoCache,
	fetchFn: FetchLike = fetch
): Promise<GeocodeOutcome[]> {
	const outcomes: GeocodeOutcome[] = [];
	let offline: string | undefined;
	for (const address of addresses) {
		const cached = cache.get(address);
		if (cached !== undefined) {
			outcomes.push(
				cached
					? {
							status: 'gevonden',
							position: [cached.lon, cached.lat],
							label: cached.label,
							fromCache: true,
							postcodeDiffers: !!cached.postcodeDiffers,
							...(cached.postcode && { postcode: cached.postcode })
						}
					: { status: 'niet-gevonden', fromCache: true }
			);
			continue;
		}
		if (offline) {
			outcomes.push({ status: 'offline', message: offline });
			continue;
		}
		try {
			const result = await geocodeAddress(address, fetchFn);
			if (result) {
				cache.set(address, {
					lon: result.position[0],
					lat: result.position[1],
					...(result.label && { label: result.label }),
					...(result.postcodeDiffers && { postcodeDiffers: true as const }),
					...(result.postcode && { postcode: result.postcode })
				});
				outcomes.push({
					status: 'gevonden',
					position: result.position,
					label: result.label,
					fromCache: false,
					postcodeDiffers: result.postcodeDiffers,
					...(result.postcode && { postcode: result.postcode })
				});
			} else {
				cache.set(address, null);
				outcomes.push({ status: 'niet-gevonden', fromCache: false });
			}
		} catch (error) {
			if (!(error instanceof PdokError)) throw error;
			offline = error.message;
			outcomes.push({ status: 'offline', message: offline });
		}
	}
	return outcomes;
}
