/** What list pages need from the data set, prepared once at build time. */
import { toListing } from '../data';
import { neighbourMap } from '../geo';
import { loadDataset } from './data';

export function loadCatalog() {
	const { offers, areas, site } = loadDataset();
	const wijken = areas.features.filter((f) => f.properties.type === 'wijk');
	const neighbours = neighbourMap(wijken.map((w) => ({ code: w.properties.code, geometry: w.geometry })));
	return {
		listings: offers.map(toListing),
		steunpuntId: site.steunpunt,
		/** Plain arrays: page data must be serialisable. */
		neighbours: Object.fromEntries([...neighbours].map(([code, set]) => [code, [...set]]))
	};
}
