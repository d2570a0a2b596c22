/**
 * npm run data:export -- --format csv [--out <bestand>]
 * npm run data:export -- --format xlsx [--out <bestand>]
 * npm run data:export -- --format hsds [--out <map>] [--provincie <naam>]
 *
 * csv, xlsx: data/aanbod.geojson as a spreadsheet that data:import reads back to the same data.
 * hsds: the whole data set as Open Referral HSDS 3.0 JSON files, checked before writing.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
	FILES,
	formatProblem,
	offerCollectionSchema,
	offerFeatureSchema,
	dutchMessage,
	type OfferFeature
} from '../src/lib/data';
import {
	HSDS_FILE_NAMES,
	buildHsds,
	formatHsdsProblem,
	offersToCsv,
	validateHsds
} from '../src/lib/exporter';
import { checkDataDir, dataDir } from '../src/lib/server/data';
import { offersToWorkbook } from '../src/lib/server/workbook';
import {
	EXIT_FAILED,
	EXIT_OK,
	readArgs,
	runAsScript,
	usageError,
	writeFileAtomic,
	type Io
} from './cli';

const HELP = `Gebruik:
  npm run data:export -- --format csv [--out <bestand>]
      Schrijft het aanbod als spreadsheet (CSV met ; voor Excel). Standaard: aanbod.csv.
      Met --out - komt de CSV op het scherm. data:import leest dit bestand weer in.
  npm run data:export -- --format xlsx [--out <bestand>]
      Schrijft het aanbod als Excel-werkmap, met keuzelijsten en een werkblad Uitleg.
      Standaard: aanbod.xlsx. data:import leest dit bestand weer in.
  npm run data:export -- --format hsds [--out <map>] [--provincie <naam>]
      Schrijft het aanbod als Open Referral HSDS 3.0 (JSON-bestanden). Standaard: map hsds.
      --provincie vult de provincie in bij adressen; HSDS vraagt daarom.`;

export interface ExportIo extends Io {
	/** Where "--out -" writes the CSV. */
	stdout: (text: string) => void;
}

/** Messages go to stderr, so "--out -" leaves nothing but the CSV on stdout. */
const consoleIo: ExportIo = {
	out: (line) => console.error(line),
	err: (line) => console.error(line),
	stdout: (text) => process.stdout.write(text)
};

/** Only the offers: a CSV export does not need gebieden.geojson or site.json to be right. */
function readOffers(dir: string, io: ExportIo): OfferFeature[] | undefined {
	const path = join(dir, FILES.aanbod);
	let raw: unknown;
	try {
		raw = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
	} catch {
		io.err(`Kan ${path} niet lezen: bestaat het en is het geldige JSON?`);
		return undefined;
	}
	const collection = offerCollectionSchema.safeParse(raw, { error: dutchMessage });
	if (!collection.success) {
		io.err(`${path} is geen FeatureCollection.`);
		return undefined;
	}
	const offers: OfferFeature[] = [];
	let failed = 0;
	collection.data.features.forEach((feature, index) => {
		const parsed = offerFeatureSchema.safeParse(feature, { error: dutchMessage });
		if (parsed.success) {
			offers.push(parsed.data);
			return;
		}
		failed++;
		for (const issue of parsed.error.issues) {
			io.err(`FOUT ${path} · aanbod #${index + 1} · ${issue.path.join('.')}: ${issue.message}`);
		}
	});
	if (failed) {
		// A partial export would lose those offers at the next import.
		io.err(
			`Niets geschreven: ${failed} aanbod klopt niet. Verbeter eerst de fouten (npm run data:check).`
		);
		return undefined;
	}
	return offers;
}

export async function main(argv: readonly string[], io: ExportIo = consoleIo): Promise<number> {
	const args = readArgs(
		argv,
		{ format: { type: 'string' }, out: { type: 'string' }, provincie: { type: 'string' } },
		{ help: HELP, io }
	);
	if (typeof args === 'number') return args;
	const dir = dataDir();

	if (args.values.format === 'csv') {
		const offers = readOffers(dir, io);
		if (!offers) return EXIT_FAILED;
		const csv = offersToCsv(offers);
		if (args.values.out === '-') {
			io.stdout(csv);
			return EXIT_OK;
		}
		const outPath = resolve(args.values.out ?? 'aanbod.csv');
		writeFileAtomic(outPath, csv);
		io.out(`${offers.length} aanbod geschreven naar ${outPath}`);
		return EXIT_OK;
	}

	if (args.values.format === 'xlsx') {
		const offers = readOffers(dir, io);
		if (!offers) return EXIT_FAILED;
		const outPath = resolve(args.values.out ?? 'aanbod.xlsx');
		writeFileAtomic(outPath, await offersToWorkbook(offers));
		io.out(`${offers.length} aanbod geschreven naar ${outPath}`);
		return EXIT_OK;
	}

	if (args.values.format === 'hsds') {
		const { result, readErrors } = checkDataDir(dir);
		if (readErrors.length || !result.dataset) {
			for (const line of readErrors) io.err(line);
			for (const problem of result.problems.filter((p) => p.level === 'fout'))
				io.err(formatProblem(problem, dir));
			io.err('Niets geschreven: verbeter eerst de fouten in de gegevens.');
			return EXIT_FAILED;
		}
		const files = buildHsds(result.dataset.offers, result.dataset.site, {
			province: args.values.provincie
		});
		const problems = validateHsds(files);
		if (problems.length) {
			for (const problem of problems) io.err(`FOUT ${formatHsdsProblem(problem)}`);
			io.err('Niets geschreven: de HSDS-bestanden kloppen niet met HSDS 3.0.');
			return EXIT_FAILED;
		}
		const outDir = resolve(args.values.out ?? 'hsds');
		mkdirSync(outDir, { recursive: true });
		for (const name of HSDS_FILE_NAMES) {
			writeFileAtomic(join(outDir, `${name}.json`), `${JSON.stringify(files[name], null, '\t')}\n`);
		}
		io.out(
			`HSDS 3.0 geschreven naar ${outDir}: ${HSDS_FILE_NAMES.map((name) => `${files[name].length} ${name}`).join(', ')}.` +
				(args.values.provincie
					? ''
					: '\nLet op: zonder --provincie blijft state_province bij adressen leeg.')
		);
		return EXIT_OK;
	}

	return usageError(io, 'Kies --format csv, --format xlsx of --format hsds.', HELP);
}

await runAsScript(import.meta.url, main);
