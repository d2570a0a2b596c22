/**
 * npm run data:import -- <aanbod.xlsx|aanbod.ods|aanbod.csv> [--out <pad>] [--geocode] [--force] [--vervang]
 *
 * Reads a spreadsheet (an Excel workbook, an OpenDocument spreadsheet, or CSV) and writes data/aanbod.geojson. Prints
 * every problem by row and column. Writes only when no row has an error, or with --force
 * (then without the failing rows). Exit 1 when any row has an error, also with --force, so
 * a CI run never passes while rows were left out. Never silently replaces much: an import
 * that would drop the first contact or more than half the offers stops unless --vervang
 * is given, and the previous file is kept as aanbod.vorige.geojson.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { AreaHierarchy } from '../src/lib/areas';
import { siteSchema, todayInAmsterdam } from '../src/lib/data';
import { formatDataJson } from '../src/lib/exporter';
import { COLUMNS, type ImportOptions, type ImportResult } from '../src/lib/importer';
import { readOds } from '../src/lib/importer/ods';
import {
	ADDRESS_COLUMN,
	importReportLines,
	importSpreadsheet,
	splitProblems,
	unplacedWarnings,
	areasOf
} from '../src/lib/importer/sheet';
import { dataDir } from '../src/lib/server/data';
import { GeoCache, geocodeAll } from '../src/lib/server/geocache';
import type { FetchLike } from '../src/lib/server/pdok';
import { readWorkbook } from '../src/lib/server/workbook';
import { consoleIo, readArgs, runAsScript, usageError, writeFileAtomic, type Io } from './cli';

const closedColumns = COLUMNS.filter((c) => c.closed)
	.map(
		(c) =>
			`  ${c.header}${c.closed!.multiple ? " (meer waarden met komma's)" : ''}:\n${c
				.closed!.vocabulary.items.map((item) => `      ${item.label} (${item.id})`)
				.join('\n')}`
	)
	.join('\n');

const HELP = `Gebruik: npm run data:import -- <aanbod.xlsx | aanbod.ods | aanbod.csv> [--out <pad>] [--geocode] [--force] [--vervang]

Leest een spreadsheet (Excel-werkmap .xlsx, LibreOffice .ods, of CSV met ; of , gescheiden) en schrijft het
aanbod naar ${join('data', 'aanbod.geojson')}. Begin met het sjabloon: npm run data:template.

  --out <pad>   schrijf naar een ander bestand
  --geocode     zoek de plek (en een ontbrekende postcode) van adressen op bij PDOK
                (internet nodig); gevonden adressen worden bewaard in data/.geocache.json
  --force       schrijf ook als er rijen met fouten zijn; die rijen vallen dan weg
  --vervang     schrijf ook als het eerste contact (site.json "steunpunt") of meer dan de
                helft van het aanbod zou verdwijnen
  --help        deze uitleg

Het vorige bestand blijft bewaard als aanbod.vorige.geojson.
De eerste rij bevat de kolomnamen. Hoofdletters en accenten tellen niet mee.
Kolommen (* = verplicht):
${COLUMNS.filter((c) => !c.translation)
	.map(
		(c) =>
			`  ${c.required ? '*' : ' '} ${c.header}${c.aliases.length ? ` (ook: ${c.aliases.slice(0, 3).join(', ')})` : ''}${c.help ? `: ${c.help}` : ''}`
	)
	.join('\n')}
  Vertalingen: ${COLUMNS.filter((c) => c.translation?.language === 'en')
		.map((c) => c.header)
		.join(', ')}; hetzelfde met (tr) en (ar)

Keuzekolommen: wat de site toont, met de code ertussen haakjes. Beide mogen, en ook
gewone woorden als "Mantelzorgsteunpunt", "Via Wmo" of "Kleine bijdrage". Leeg of
"onbekend": niet bekend (de site zegt dat ook). Bij een lijst: "iedereen" = geen beperking.
${closedColumns}

Zo vult u de andere cellen:
  id                  mag leeg; dan maken we er een van de naam
  telefoon            0123 45 67 89; meer nummers met " | ", een toelichting tussen haakjes:
                      0123 45 67 89 (alleen 's ochtends) | 06 12345678
  wijk                de code of de naam uit data/gebieden.geojson, zoals WK999901;
                      leeg met lat en lon: het gebied waar de plek in ligt
  adres, postcode, plaats
                      straat en plaats horen bij elkaar; de postcode mag leeg als er lat en
                      lon zijn of als u --geocode gebruikt
  toegankelijkheid    meerdere teksten met " | "
  laatst gecontroleerd  2026-03-31 of 31-03-2026
  lat, lon            kommagetallen, bijvoorbeeld 52.7621 en 6.5425; leeg = niet op de kaart
  samenvatting (en) enzovoort:
                      de tekst in het Engels (en), Turks (tr) of Arabisch (ar). Mag leeg.
                      Vult u een taal in? Vertaal dan alle teksten die er in het Nederlands
                      staan. De naam mag leeg blijven; dan ziet de bezoeker de Nederlandse naam.
  tijden              één of meer tijden met " | " ertussen. Een tijd is:
                        WEEKLY <dagen> <van>-<tot>      WEEKLY MO,WE 09:00-12:00
                        MONTHLY <nde dag> <van>-<tot>   MONTHLY 1TU 19:30-21:30  (1e dinsdag)
                                                        MONTHLY -1TH 14:00-16:00 (laatste donderdag)
                        <datum> <van>-<tot>             2026-05-12 14:00-16:00   (één keer)
                      met daarachter, als dat nodig is:
                        zonder <maanden>     zonder 7,8        (niet in juli en augustus)
                        elke <n>             elke 2            (om de week of om de maand)
                        start <datum>        eerste keer, nodig bij "elke 2"
                        vanaf <datum>, tot <datum>
                        "omschrijving"       "In de bibliotheek"
                      Dagen: MO TU WE TH FR SA SU, of ma di wo do vr za zo.
                      Voorbeeld: MONTHLY 1TU 19:30-21:30 zonder 7,8 "In de bibliotheek"

Lege rijen worden overgeslagen.`;

export interface ImportIo extends Io {
	fetch?: FetchLike;
	today?: string;
}

/** The areas of gebieden.geojson, or undefined when there is no valid file to check against. */
function readAreas(dir: string): AreaHierarchy | undefined {
	const path = join(dir, 'gebieden.geojson');
	if (!existsSync(path)) return undefined;
	try {
		return areasOf(JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')));
	} catch {
		return undefined;
	}
}

/** The offers in the file that is there now, and the first contact's id, to see what an import would drop. */
function previousData(
	outPath: string,
	dir: string
): { ids: Set<string>; firstContact?: string } | undefined {
	if (!existsSync(outPath)) return undefined;
	let ids: Set<string>;
	try {
		const old = JSON.parse(readFileSync(outPath, 'utf8').replace(/^\uFEFF/, '')) as {
			features?: { properties?: { id?: unknown } }[];
		};
		ids = new Set(
			(old.features ?? [])
				.map((f) => f.properties?.id)
				.filter((id): id is string => typeof id === 'string')
		);
	} catch {
		return undefined;
	}
	try {
		const site = siteSchema.safeParse(
			JSON.parse(readFileSync(join(dir, 'site.json'), 'utf8').replace(/^\uFEFF/, ''))
		);
		return { ids, firstContact: site.success ? site.data.steunpunt : undefined };
	} catch {
		return { ids };
	}
}

async function readSheet(
	file: string,
	io: ImportIo,
	options: ImportOptions
): Promise<ImportResult | undefined> {
	const extension = extname(file).toLowerCase();
	if (extension === '.xls') {
		io.err(
			`${file}: dit soort bestand (${extension}) lees ik niet. Sla de spreadsheet op als "Excel-werkmap (.xlsx)" of als "CSV UTF-8".`
		);
		return undefined;
	}
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(file);
	} catch {
		io.err(`Kan ${file} niet lezen: bestaat het bestand?`);
		return undefined;
	}
	// The same reading as /beheer's, in the browser (src/lib/importer/sheet.ts).
	const outcome = await importSpreadsheet(file, bytes, options, {
		xlsx: readWorkbook,
		ods: readOds
	});
	for (const line of outcome.errors) io.err(line);
	for (const line of outcome.notes) io.out(line);
	return outcome.result;
}

export async function main(argv: readonly string[], io: ImportIo = consoleIo): Promise<number> {
	const args = readArgs(
		argv,
		{
			out: { type: 'string' },
			geocode: { type: 'boolean', default: false },
			force: { type: 'boolean', default: false },
			vervang: { type: 'boolean', default: false }
		},
		{ help: HELP, positionals: true, io }
	);
	if (typeof args === 'number') return args;
	const [file, ...extra] = args.positionals;
	if (!file || extra.length)
		return usageError(io, 'Geef precies één spreadsheet op (.xlsx, .ods of .csv).', HELP);

	const dir = dataDir();
	const outPath = resolve(args.values.out ?? join(dir, 'aanbod.geojson'));
	const areas = readAreas(dir);
	const result = await readSheet(file, io, { areas, today: io.today ?? todayInAmsterdam() });
	if (!result) return 1;
	const problems = [...result.problems];
	const addressColumn = ADDRESS_COLUMN;

	// Without --geocode nothing is looked up; with it, also the postcode of placed rows that lack one.
	const toLookUp = result.offers.filter(
		(o) =>
			o.feature.properties.address &&
			(o.feature.geometry === null || !o.feature.properties.address.postcode)
	);
	let geocodeSummary: string | undefined;
	if (toLookUp.length && args.values.geocode) {
		const cache = GeoCache.open(join(dir, '.geocache.json'));
		if (cache.unreadable)
			io.err(`Let op: ${join(dir, '.geocache.json')} is onleesbaar; het wordt opnieuw gemaakt.`);
		const outcomes = await geocodeAll(
			toLookUp.map((o) => o.feature.properties.address!),
			cache,
			io.fetch
		);
		cache.save();
		let asked = 0;
		let postcodes = 0;
		let offlineMessage: string | undefined;
		outcomes.forEach((outcome, index) => {
			const offer = toLookUp[index]!;
			const address = offer.feature.properties.address!;
			const placed = offer.feature.geometry !== null;
			const shown = `${address.street}, ${[address.postcode, address.city].filter(Boolean).join(' ')}`;
			if (outcome.status === 'gevonden') {
				if (!placed) offer.feature.geometry = { type: 'Point', coordinates: outcome.position };
				if (!address.postcode && outcome.postcode) {
					address.postcode = outcome.postcode;
					postcodes++;
				}
				if (!outcome.fromCache) asked++;
				if (outcome.postcodeDiffers) {
					problems.push({
						level: 'waarschuwing',
						row: offer.row,
						column: addressColumn,
						message: `PDOK vond "${outcome.label ?? shown}", met een andere postcode; kijk of de plek klopt`
					});
				}
			} else if (outcome.status === 'niet-gevonden') {
				if (!outcome.fromCache) asked++;
				if (!placed)
					problems.push({
						level: 'waarschuwing',
						row: offer.row,
						column: addressColumn,
						message: `"${shown}" is niet gevonden bij PDOK; dit aanbod komt niet op de kaart. Vul lat en lon zelf in.`
					});
			} else {
				offlineMessage = outcome.message;
				if (!placed)
					problems.push({
						level: 'waarschuwing',
						row: offer.row,
						column: addressColumn,
						message: 'nog geen plek op de kaart: PDOK was niet bereikbaar'
					});
			}
		});
		if (offlineMessage) io.err(offlineMessage);
		const placed = outcomes.filter((o) => o.status === 'gevonden').length;
		geocodeSummary =
			`${placed} van ${toLookUp.length} adressen een plek gegeven (${asked} opgezocht bij PDOK, de rest uit de cache)` +
			(postcodes ? `; ${postcodes} postcodes ingevuld` : '');
	} else {
		problems.push(...unplacedWarnings(toLookUp));
	}

	const { errors } = splitProblems(problems);
	for (const line of importReportLines(result, problems)) io.out(line);
	if (geocodeSummary) io.out(geocodeSummary);

	if (errors.length && !args.values.force) {
		io.out(`Niets geschreven: verbeter de fouten, of schrijf de goede rijen toch met --force.`);
		return 1;
	}
	if (result.offers.length === 0) {
		io.out('Niets geschreven: geen enkele rij is goed.');
		return 1;
	}

	const previous = previousData(outPath, dir);
	if (previous && !args.values.vervang) {
		const newIds = new Set(result.offers.map((o) => o.feature.properties.id));
		const kept = [...previous.ids].filter((id) => newIds.has(id)).length;
		const reasons: string[] = [];
		if (
			previous.firstContact &&
			previous.ids.has(previous.firstContact) &&
			!newIds.has(previous.firstContact)
		)
			reasons.push(
				`het eerste contact "${previous.firstContact}" (site.json, steunpunt) staat er niet meer in`
			);
		if (previous.ids.size > 0 && kept < previous.ids.size / 2)
			reasons.push(
				`van de ${previous.ids.size} aanbod in ${basename(outPath)} blijven er ${kept} over; ${previous.ids.size - kept} zouden verdwijnen`
			);
		if (reasons.length) {
			io.out(`Niets geschreven: ${reasons.join(', en ')}. Klopt dat, voeg dan --vervang toe.`);
			return 1;
		}
	}

	const collection = { type: 'FeatureCollection', features: result.offers.map((o) => o.feature) };
	const backup = join(dirname(outPath), `${basename(outPath, '.geojson')}.vorige.geojson`);
	writeFileAtomic(outPath, formatDataJson(collection), { backup });
	io.out(
		`${result.offers.length} aanbod geschreven naar ${outPath}` +
			(errors.length ? `, zonder rij ${result.failedRows.join(', ')}.` : '.') +
			(previous ? ` Het vorige bestand staat in ${backup}.` : '') +
			' Controleer het geheel met: npm run data:check'
	);
	return errors.length ? 1 : 0;
}

await runAsScript(import.meta.url, main);
