/**
 * The basemap folder of a data folder (`data/basemap/`, `tests/fixtures/sites/x/basemap/`):
 * written whole or not at all, never larger than the limit the beheerder allowed, and read
 * by the build, which serves it under /basemap/. A data folder without one (Voorbeeldstad,
 * an invented gemeente) gets the plattegrond without streets.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

export const BASEMAP_FOLDER = 'basemap';

export const basemapFolder = (dataDir: string) => join(dataDir, BASEMAP_FOLDER);

export const hasBasemap = (dataDir: string) =>
	existsSync(join(basemapFolder(dataDir), 'style.json'));

/** Every file of the basemap, as paths under /basemap/ (`style.json`, `tiles/14/8443/5392.pbf`). */
export function basemapFiles(dataDir: string): string[] {
	const root = basemapFolder(dataDir);
	if (!existsSync(root)) return [];
	return readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

/** Megabytes as the scripts print them: one decimal, Dutch comma. */
export const formatMegabytes = (bytes: number) =>
	bytes < 1024 * 1024
		? `${Math.ceil(bytes / 1024)} kB`
		: `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;

export class BasemapTooLarge extends Error {
	override name = 'BasemapTooLarge';
}

/**
 * Writes a basemap into a temporary folder beside the target and puts it in place only when
 * everything is there; past `maxBytes` it stops, removes what it wrote and throws.
 */
export class BasemapWriter {
	bytes = 0;
	tiles = 0;
	private readonly temporary: string;

	constructor(
		private readonly target: string,
		private readonly maxBytes: number
	) {
		this.temporary = `${target}.tmp-${process.pid}`;
		rmSync(this.temporary, { recursive: true, force: true });
		mkdirSync(this.temporary, { recursive: true });
	}

	write(path: string, data: Uint8Array | string): void {
		const size = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
		if (this.bytes + size > this.maxBytes) {
			this.abort();
			throw new BasemapTooLarge(
				`De ondergrond wordt groter dan ${formatMegabytes(this.maxBytes)} (na ${this.tiles} tegels). ` +
					'Kies een lager --maxzoom, of sta meer toe met --max-mb.'
			);
		}
		const file = join(this.temporary, path);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, data);
		this.bytes += size;
		if (path.startsWith('tiles/')) this.tiles++;
	}

	finish(): void {
		rmSync(this.target, { recursive: true, force: true });
		renameSync(this.temporary, this.target);
	}

	abort(): void {
		rmSync(this.temporary, { recursive: true, force: true });
	}
}
