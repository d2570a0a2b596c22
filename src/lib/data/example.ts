/**
 * A real site must not ship a file of the example gemeente: its postcodes.json, left in
 * data/, answers a real resident's postcode with "kennen wij niet". With
 * `"exampleData": false`, each data file that is still (partly) the example's is an error
 * that names the command which replaces it.
 */
import { nearestGemeente, type AreaHierarchy } from '../areas';
import type { Problem } from './validate';

/** The invented gemeente in data/: its name and the CBS-like codes it uses (GM9999, WK9999xx). */
export const EXAMPLE_GEMEENTE = { name: 'Voorbeeldstad', code: 'GM9999' } as const;
const EXAMPLE_CODE = /^(GM|WK|BU)9999/;

const COMMANDS = {
	gebieden:
		'npm run data:gebieden -- --gemeente <uw gemeentecode> (of --from <bestand> zonder internet)',
	postcodes:
		'npm run data:postcodes -- --gemeente <uw gemeentecode> (of --from <bestand> zonder internet), of verwijder het bestand',
	aanbod: 'npm run data:import -- <uw spreadsheet>.csv'
} as const;

export interface ExampleCheckInput {
	site: { gemeente: { name: string; code?: string } };
	/** Area codes from gebieden.geojson. */
	areaCodes: readonly string[];
	hierarchy: AreaHierarchy;
	/** The parsed postcodes.json, when there is one. */
	postcodes?: { pc4: Record<string, PostcodePoint>; pc6?: Record<string, PostcodePoint> };
	offers: readonly { id: string; address?: { city: string } }[];
}

interface PostcodePoint {
	lon: number;
	lat: number;
	wijk?: string;
}

/** More than this many metres outside every gemeente: the postcode is not one of this site's. */
const POSTCODE_OUTSIDE_METRES = 1000;

export function exampleLeftovers(input: ExampleCheckInput): Problem[] {
	const problems: Problem[] = [];
	const { site, hierarchy } = input;
	const isExampleName = (text: string) =>
		text.toLowerCase().includes(EXAMPLE_GEMEENTE.name.toLowerCase());

	if (isExampleName(site.gemeente.name) || site.gemeente.code === EXAMPLE_GEMEENTE.code) {
		problems.push({
			level: 'fout',
			file: 'site.json',
			path: 'gemeente',
			message: `is nog de voorbeeldgemeente ${EXAMPLE_GEMEENTE.name}: zet hier de naam en code van uw gemeente`
		});
	}

	const exampleAreas = input.areaCodes.filter((code) => EXAMPLE_CODE.test(code));
	if (exampleAreas.length) {
		problems.push({
			level: 'fout',
			file: 'gebieden.geojson',
			message: `bevat nog de gebieden van de voorbeeldgemeente (${exampleAreas.slice(0, 3).join(', ')}${exampleAreas.length > 3 ? ', ...' : ''}); maak uw eigen met ${COMMANDS.gebieden}`
		});
	}

	if (input.postcodes && hierarchy.gemeenten.length) {
		const known = new Set(hierarchy.areas.map((a) => a.code));
		const entries = [
			...Object.entries(input.postcodes.pc4),
			...Object.entries(input.postcodes.pc6 ?? {})
		];
		const foreign = entries.filter(
			([, entry]) =>
				(entry.wijk !== undefined && (!known.has(entry.wijk) || EXAMPLE_CODE.test(entry.wijk))) ||
				(nearestGemeente(hierarchy, [entry.lon, entry.lat])?.metres ?? 0) > POSTCODE_OUTSIDE_METRES
		);
		if (foreign.length) {
			const examples = foreign
				.slice(0, 3)
				.map(([postcode]) => postcode)
				.join(', ');
			problems.push({
				level: 'fout',
				file: 'postcodes.json',
				message: `${foreign.length} van de ${entries.length} postcodes (zoals ${examples}) liggen buiten uw gebieden of noemen een wijk die er niet is: is dit nog het bestand van de voorbeeldgemeente? Maak uw eigen met ${COMMANDS.postcodes}`
			});
		}
	}

	const exampleOffers = input.offers.filter(
		(o) => isExampleName(o.id) || (o.address && isExampleName(o.address.city))
	);
	if (exampleOffers.length) {
		problems.push({
			level: 'fout',
			file: 'aanbod.geojson',
			message: `bevat nog ${exampleOffers.length} aanbod van de voorbeeldgemeente (zoals "${exampleOffers[0]!.id}"); lees uw eigen aanbod in met ${COMMANDS.aanbod}`
		});
	}
	return problems;
}
