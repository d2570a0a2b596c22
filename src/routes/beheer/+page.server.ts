import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILES, todayInAmsterdam } from '$lib/data';
import { dataDir, loadDataset } from '$lib/server/data';

const readJson = (file: string): unknown =>
	JSON.parse(readFileSync(join(dataDir(), file), 'utf8').replace(/^\uFEFF/, ''));

/**
 * Today's data, as data:check reads it beside a new aanbod.geojson: gebieden and site.json
 * as they are in the folder (unparsed, so the browser checks exactly what the command
 * checks), and today's offers for the coverage and the changes.
 */
export function load() {
	return {
		builtOn: todayInAmsterdam(),
		today: {
			gebieden: readJson(FILES.gebieden),
			site: readJson(FILES.site),
			postcodes: existsSync(join(dataDir(), FILES.postcodes))
				? readJson(FILES.postcodes)
				: undefined,
			offers: loadDataset().offers
		}
	};
}
