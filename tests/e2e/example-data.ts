/** The example data, read the way the build reads it, so tests name no ids by hand. */
import { checkDataDir } from '../../src/lib/server/data';

const { result } = checkDataDir('data');
if (!result.dataset) throw new Error('data/ does not validate; run npm run data:check');
export const dataset = result.dataset;

export const offers = dataset.offers.map((f) => f.properties);
export const steunpunt = offers.find((o) => o.id === dataset.site.steunpunt)!;
export const wijken = dataset.areas.features
	.filter((f) => f.properties.type === 'wijk')
	.map((f) => f.properties);

export function wijkByName(name: string) {
	const wijk = wijken.find((w) => w.name === name);
	if (!wijk) throw new Error(`no wijk named ${name} in the example data`);
	return wijk;
}
