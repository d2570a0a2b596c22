/**
 * npm run data:import -- <bestand.csv> [--out <pad>] [--geocode] [--force]
 *
 * Reads a spreadsheet saved as CSV and writes data/aanbod.geojson. Prints every problem
 * by row and column. Writes only when no row has an error, or with --force (then without
 * the failing rows). Exit 1 when any row has an error, also with --force, so a CI run
 * never passes while rows were left out.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { areaCollectionSchema, todayInAmsterdam } from '../src/lib/data';
import { formatDataJson } from '../src/lib/exporter';
import {
	COLUMNS,
	decodeCsv,
	formatImportProblem,
	importOffersCsv,
	type ImportProblem
} from '../src/lib/importer';
import { dataDir } from '../src/lib/server/data';
import { GeoCache, geocodeAll } from '../src/lib/server/geocache';
import type { FetchLike } from '../src/lib/server/pdok';

const HELP = `Gebruik: npm run data:import -- <bestand.csv> [--out <pad>] [--geocode] [--force]

Leest een spreadsheet (opgeslagen als CSV, met ; of , gescheiden) en schrijft het aanbod
naar ${join('data', 'aanbod.geojson')}.

  --out <pad>   schrijf naar een ander bestand
  --geocode     zoek de plek van adressen zonder lat/lon op bij PDOK (internet nodig);
                gevonden adressen worden bewaard in data/.geocache.json
  --force       schrijf ook als er rijen met fouten zijn; die rijen vallen dan weg
  --help        deze uitleg

De eerste rij bevat de kolomnamen. Hoofdletters en accenten tellen niet mee.
Kolommen (* = verplicht):
${COLUMNS.filter((c) => !c.translation)
	.map(
		(c) =>
			`  ${c.required ? '*' : ' '} ${c.header}${c.aliases.length ? ` (ook: ${c.aliases.slice(0, 3).join(', ')})` : ''}`
	)
	.join('\n')}
  Vertalingen: ${COLUMNS.filter((c) => c.translation?.language === 'en')
		.map((c) => c.header)
		.join(', ')}; hetzelfde met (tr) en (ar)

Zo vult u de cellen:
  id                  mag leeg; dan maken we er een van de naam
  hulpvragen, wat speelt er, voor wie, doelgroep, vorm, talen:
                      meerdere waarden met komma's, bijvoorbeeld: respijtzorg, emotionele-steun
                      (de namen uit de lijsten mogen ook, zoals "Respijtzorg")
  soort, bedoeld voor, aanmelden, kosten:
                      één waarde, bijvoorbeeld: alzheimercafe, beiden, bellen, gratis
                      ("voor u", "de naaste" en "loop binnen" mogen ook)
  telefoon            0123 45 67 89; meer nummers met " | ", een toelichting tussen haakjes:
                      0123 45 67 89 (alleen 's ochtends) | 06 12345678
  wijk                de code uit data/gebieden.geojson, zoals WK999901
  werkgebied          wijk of gemeente
  toegankelijkheid    meerdere teksten met " | "
  laatst gecontroleerd  2026-03-31 of 31-03-2026
  lat, lon            bijvoorbeeld 52.7621 en 6.5425; leeg = niet op de kaart
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

export interface ImportIo {
	out: (line: string) => void;
	err: (line: string) => void;
	fetch?: FetchLike;
	today?: string;
}

const consoleIo: ImportIo = {
	out: (line) => console.log(line),
	err: (line) => console.error(line)
};

function readWijkCodes(dir: string): ReadonlySet<string> | undefined {
	const path = join(dir, 'gebieden.geojson');
	if (!existsSync(path)) return undefined;
	try {
		const parsed = areaCollectionSchema.safeParse(
			JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''))
		);
		if (!parsed.success) return undefined;
		return new Set(
			parsed.data.features.filter((f) => f.properties.type === 'wijk').map((f) => f.properties.code)
		);
	} catch {
		return undefined;
	}
}

function byRow(a: ImportProblem, b: ImportProblem): number {
	return (a.row ?? 0) - (b.row ?? 0);
}

export async function main(argv: readonly string[], io: ImportIo = consoleIo): Promise<number> {
	let args;
	try {
		args = parseArgs({
			args: [...argv],
			allowPositionals: true,
			options: {
				out: { type: 'string' },
				geocode: { type: 'boolean', default: false },
				force: { type: 'boolean', default: false },
				help: { type: 'boolean', default: false }
			}
		});
	} catch (error) {
		io.err(`${(error as Error).message}\n\n${HELP}`);
		return 1;
	}
	if (args.values.help) {
		io.out(HELP);
		return 0;
	}
	const [file, ...extra] = args.positionals;
	if (!file || extra.length) {
		io.err(`Geef precies één CSV-bestand op.\n\n${HELP}`);
		return 1;
	}

	let bytes: Uint8Array;
	try {
		bytes = readFileSync(file);
	} catch {
		io.err(`Kan ${file} niet lezen: bestaat het bestand?`);
		return 1;
	}
	const { text, encoding } = decodeCsv(bytes);
	if (encoding !== 'utf-8') {
		io.out(
			`Let op: ${file} is niet als UTF-8 opgeslagen; ik lees het als Windows-1252 (Excel "CSV"). Kies bij opslaan liever "CSV UTF-8".`
		);
	}
	const dir = dataDir();
	const outPath = resolve(args.values.out ?? join(dir, 'aanbod.geojson'));
	const wijkCodes = readWijkCodes(dir);
	const result = importOffersCsv(text, { wijkCodes, today: io.today ?? todayInAmsterdam() });
	const problems = [...result.problems];
	const addressColumn = COLUMNS.find((c) => c.field === 'address.street')!.header;

	const unplaced = result.offers.filter(
		(o) => o.feature.geometry === null && o.feature.properties.address
	);
	let geocodeSummary: string | undefined;
	if (unplaced.length && args.values.geocode) {
		const cache = GeoCache.open(join(dir, '.geocache.json'));
		if (cache.unreadable)
			io.err(`Let op: ${join(dir, '.geocache.json')} is onleesbaar; het wordt opnieuw gemaakt.`);
		const outcomes = await geocodeAll(
			unplaced.map((o) => o.feature.properties.address!),
			cache,
			io.fetch
		);
		cache.save();
		let asked = 0;
		let offlineMessage: string | undefined;
		outcomes.forEach((outcome, index) => {
			const offer = unplaced[index]!;
			const address = offer.feature.properties.address!;
			const shown = `${address.street}, ${address.postcode} ${address.city}`;
			if (outcome.status === 'gevonden') {
				offer.feature.geometry = { type: 'Point', coordinates: outcome.position };
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
				problems.push({
					level: 'waarschuwing',
					row: offer.row,
					column: addressColumn,
					message: `"${shown}" is niet gevonden bij PDOK; dit aanbod komt niet op de kaart. Vul lat en lon zelf in.`
				});
			} else {
				offlineMessage = outcome.message;
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
		geocodeSummary = `${placed} van ${unplaced.length} adressen een plek gegeven (${asked} opgezocht bij PDOK, de rest uit de cache)`;
	} else {
		for (const offer of unplaced) {
			problems.push({
				level: 'waarschuwing',
				row: offer.row,
				message:
					'heeft een adres maar geen lat en lon; dit aanbod komt niet op de kaart. Gebruik --geocode om de plek bij PDOK op te zoeken.'
			});
		}
	}

	const errors = problems.filter((p) => p.level === 'fout').sort(byRow);
	const warnings = problems.filter((p) => p.level === 'waarschuwing').sort(byRow);
	if (errors.length) {
		io.out('Fouten:');
		for (const problem of errors) io.out(`  ${formatImportProblem(problem)}`);
	}
	if (warnings.length) {
		io.out('Waarschuwingen:');
		for (const problem of warnings) io.out(`  ${formatImportProblem(problem)}`);
	}
	io.out(
		`\n${result.offers.length} rijen goed, ${result.failedRows.length} rijen met fouten` +
			(result.failedRows.length ? ` (rij ${result.failedRows.join(', ')})` : '') +
			`, scheidingsteken "${result.delimiter === '\t' ? 'tab' : result.delimiter}".`
	);
	if (geocodeSummary) io.out(geocodeSummary);

	if (errors.length && !args.values.force) {
		io.out(`Niets geschreven: verbeter de fouten, of schrijf de goede rijen toch met --force.`);
		return 1;
	}
	if (result.offers.length === 0) {
		io.out('Niets geschreven: geen enkele rij is goed.');
		return 1;
	}
	const collection = { type: 'FeatureCollection', features: result.offers.map((o) => o.feature) };
	const temporary = `${outPath}.tmp`;
	writeFileSync(temporary, formatDataJson(collection));
	renameSync(temporary, outPath);
	io.out(
		`${result.offers.length} aanbod geschreven naar ${outPath}` +
			(errors.length ? `, zonder rij ${result.failedRows.join(', ')}.` : '.') +
			' Controleer het geheel met: npm run data:check'
	);
	return errors.length ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	process.exit(await main(process.argv.slice(2)));
}
