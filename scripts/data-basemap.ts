/**
 * npm run data:basemap: streets under the plattegrond, served by the site itself (issue 21).
 * Downloads the BRT-Achtergrondkaart (PDOK, vector tiles, CC BY Kadaster) for the box of
 * gebieden.geojson plus a margin, or reads a PMTiles or MBTiles file (--from), and writes the
 * tiles, style, glyphs and sprite to <data>/basemap/. The build serves that folder under
 * /basemap/; a data folder without one has a map without streets.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { StyleSpecification } from 'maplibre-gl';
import {
	GLYPH_RANGES,
	localStyle,
	tileCount,
	tileRanges,
	withMargin,
	withoutMissingResources
} from '../src/lib/basemap';
import { styleForLayers } from '../src/lib/basemap/schemas';
import { bboxOf, type BBox } from '../src/lib/geo';
import { BRT_ACHTERGRONDKAART_STYLE, BRT_ATTRIBUTION, type FetchLike } from '../src/lib/pdok';
import { dataDir } from '../src/lib/server/data';
import {
	BasemapTooLarge,
	BasemapWriter,
	basemapFolder,
	copyTiles,
	downloadBasemap,
	formatMegabytes,
	openArchive
} from '../src/lib/server/basemap';
import { PdokError } from '../src/lib/server/pdok';
import { readArgs, runAsScript, type Io } from './cli';

const DEFAULTS = { minzoom: 6, maxzoom: 15, maxMb: 150, marge: 2000, maxTiles: 40_000 };

export const HELP = `Gebruik: npm run data:basemap -- [--gemeente GM0505] [--maxzoom ${DEFAULTS.maxzoom}] [--max-mb ${DEFAULTS.maxMb}]
       npm run data:basemap -- --from tegels.pmtiles [--stijl stijl.json] [--glyphs map]

Zet straten, water en plaatsnamen onder de kaart. De site serveert ze zelf: een bezoeker
vraagt niets aan een andere website, en een bekeken stuk kaart werkt ook offline.
Schrijft de map basemap/ in de gegevensmap (nu ${join(dataDir(), 'basemap')}).

Zonder --from: haalt de BRT-Achtergrondkaart op bij PDOK (vector tiles, © Kadaster,
CC BY 4.0) voor het gebied van gebieden.geojson plus een marge. Hiervoor is internet nodig.
  --gemeente <code>  alleen het gebied van deze gemeente (in een regio)
  --minzoom <n>      van zoomniveau (standaard ${DEFAULTS.minzoom})
  --maxzoom <n>      tot en met zoomniveau (standaard ${DEFAULTS.maxzoom}; daarna vergroot de kaart)
  --marge <meter>    rand om het gebied (standaard ${DEFAULTS.marge})
  --max-mb <n>       stop als de ondergrond groter wordt (standaard ${DEFAULTS.maxMb} MB)
  --stijl-url <url>  een andere stijl van PDOK (standaard de stijl "standaard")

Met --from: leest tegels die u al heeft, zonder internet: een PMTiles- of MBTiles-bestand
met vector tiles (Mapbox Vector Tiles, Web Mercator), bijvoorbeeld gemaakt met
"pmtiles extract" of tippecanoe. Alleen het gebied van gebieden.geojson komt mee.
  --stijl <bestand>  de MapLibre-stijl bij de tegels (bijvoorbeeld van @protomaps/basemaps).
                     Zonder --stijl: een eenvoudige stijl voor het Protomaps-schema
                     (lagen earth, water, roads); andere schema's hebben --stijl nodig.
  --glyphs <map>     lettertekens voor namen: <map>/<lettertype>/0-255.pbf enz.
                     Zonder --glyphs toont de kaart geen namen.
  --bron <tekst>     bronvermelding (anders die uit het bestand)`;

const OPTIONS = {
	from: { type: 'string' },
	gemeente: { type: 'string' },
	minzoom: { type: 'string' },
	maxzoom: { type: 'string' },
	marge: { type: 'string' },
	'max-mb': { type: 'string' },
	'stijl-url': { type: 'string' },
	stijl: { type: 'string' },
	glyphs: { type: 'string' },
	bron: { type: 'string' },
	out: { type: 'string' }
} as const;

export interface BasemapIo extends Io {
	fetch?: FetchLike;
}

const consoleIo: BasemapIo = {
	out: (line) => console.log(line),
	err: (line) => console.error(line)
};

class UsageError extends Error {}

function numberOption(value: unknown, fallback: number, name: string, max: number): number {
	if (value === undefined) return fallback;
	const n = Number(value);
	if (!Number.isFinite(n) || n < 0 || n > max)
		throw new UsageError(
			`--${name} moet een getal van 0 tot ${max} zijn, niet "${String(value)}".`
		);
	return n;
}

/** The box of the areas (of one gemeente with --gemeente), from gebieden.geojson. */
function areaBox(dir: string, gemeente: string | undefined): BBox {
	const path = join(dir, 'gebieden.geojson');
	if (!existsSync(path))
		throw new UsageError(
			`${path} ontbreekt. Maak eerst de gebieden: npm run data:gebieden -- --gemeente GM0505`
		);
	const collection = JSON.parse(readFileSync(path, 'utf8')) as {
		features: {
			geometry: Parameters<typeof bboxOf>[0][number];
			properties: Record<string, unknown>;
		}[];
	};
	const features = collection.features.filter(
		(f) => !gemeente || f.properties.code === gemeente || f.properties.gemeente === gemeente
	);
	if (features.length === 0) throw new UsageError(`${path}: geen gebied met code ${gemeente}.`);
	return bboxOf(features.map((f) => f.geometry));
}

export async function main(argv: readonly string[], io: BasemapIo = consoleIo): Promise<number> {
	const args = readArgs(argv, OPTIONS, { help: HELP, io });
	if (typeof args === 'number') return args;
	const { values } = args;
	try {
		const dir = dataDir();
		const maxzoom = numberOption(values.maxzoom, DEFAULTS.maxzoom, 'maxzoom', 18);
		const marge = numberOption(values.marge, DEFAULTS.marge, 'marge', 50_000);
		const maxBytes = numberOption(values['max-mb'], DEFAULTS.maxMb, 'max-mb', 10_000) * 1024 * 1024;
		const box = withMargin(areaBox(dir, values.gemeente as string | undefined), marge);
		const target = resolve(typeof values.out === 'string' ? values.out : basemapFolder(dir));

		let minzoom = numberOption(values.minzoom, DEFAULTS.minzoom, 'minzoom', 18);
		let top = maxzoom;
		let write: (writer: BasemapWriter) => Promise<void>;
		let source: string;

		if (typeof values.from === 'string') {
			const archive = await openArchive(resolve(values.from)).catch((error: Error) => {
				throw new UsageError(`${values.from}: ${error.message}`);
			});
			minzoom = values.minzoom === undefined ? archive.minzoom : Math.max(minzoom, archive.minzoom);
			top = Math.min(maxzoom, archive.maxzoom);
			const attribution = typeof values.bron === 'string' ? values.bron : archive.attribution;
			let style: StyleSpecification | undefined;
			if (typeof values.stijl === 'string') {
				const original = JSON.parse(readFileSync(values.stijl, 'utf8')) as StyleSpecification;
				style = localStyle(original, { minzoom, maxzoom: top, attribution, bounds: box }).style;
			} else
				style = styleForLayers(archive.layers, {
					minzoom,
					maxzoom: top,
					attribution,
					bounds: box
				});
			if (!style) {
				await archive.close();
				throw new UsageError(
					`${values.from}: de lagen (${archive.layers.join(', ') || 'onbekend'}) zijn niet van een schema dat de site kent. Geef de stijl erbij met --stijl.`
				);
			}
			const glyphs = typeof values.glyphs === 'string' ? resolve(values.glyphs) : undefined;
			const finalStyle = withoutMissingResources(style, { glyphs: !!glyphs, sprite: false });
			source = `${archive.format}-bestand ${values.from}`;
			write = async (writer) => {
				try {
					await copyTiles(tileRanges(box, minzoom, top), archive.read, writer);
				} finally {
					await archive.close();
				}
				if (glyphs)
					for (const layer of finalStyle.layers) {
						const font = (layer.layout as { 'text-font'?: unknown } | undefined)?.['text-font'];
						if (!Array.isArray(font)) continue;
						const stack = font.join(',');
						for (const range of GLYPH_RANGES) {
							const file = join(glyphs, stack, `${range}.pbf`);
							if (existsSync(file)) writer.write(`fonts/${stack}/${range}.pbf`, readFileSync(file));
						}
					}
				writer.write('style.json', JSON.stringify(finalStyle));
			};
		} else {
			const styleUrl =
				typeof values['stijl-url'] === 'string' ? values['stijl-url'] : BRT_ACHTERGRONDKAART_STYLE;
			source = 'PDOK (BRT-Achtergrondkaart)';
			write = async (writer) => {
				await downloadBasemap(
					{
						styleUrl,
						ranges: tileRanges(box, minzoom, top),
						minzoom,
						maxzoom: top,
						attribution: BRT_ATTRIBUTION,
						bounds: box
					},
					writer,
					io.fetch ?? fetch,
					(done, total) => io.out(`  ${done} van ${total} tegels`)
				);
			};
		}

		const ranges = tileRanges(box, minzoom, top);
		const count = tileCount(ranges);
		if (count > DEFAULTS.maxTiles)
			throw new BasemapTooLarge(
				`Dat zijn ${count} tegels, meer dan ${DEFAULTS.maxTiles}: kies een lager --maxzoom of een kleinere --marge.`
			);
		io.out(`Ondergrond uit ${source}: zoom ${minzoom} tot ${top}, hoogstens ${count} tegels...`);
		const writer = new BasemapWriter(target, maxBytes);
		try {
			await write(writer);
		} catch (error) {
			writer.abort();
			throw error;
		}
		writer.finish();
		io.out(
			`${writer.tiles} tegels, ${formatMegabytes(writer.bytes)}, geschreven naar ${target}. ` +
				'Bouw de site opnieuw (npm run build) om ze te tonen.'
		);
		return 0;
	} catch (error) {
		if (
			error instanceof UsageError ||
			error instanceof PdokError ||
			error instanceof BasemapTooLarge
		) {
			io.err(error.message);
			return 1;
		}
		throw error;
	}
}

await runAsScript(import.meta.url, main);
