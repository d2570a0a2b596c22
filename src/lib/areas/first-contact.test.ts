import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset, type RawDataset } from '../data/validate';
import { firstContactFor, firstContactsByGemeente } from '.';

const dir = new URL('../../../tests/fixtures/sites/regio/', import.meta.url);
const read = (file: string) => JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
const regio = (): RawDataset & {
	site: { steunpunt: string; eersteContact: Record<string, string> };
} => ({
	aanbod: read('aanbod.geojson'),
	gebieden: read('gebieden.geojson'),
	site: read('site.json')
});
const errors = (raw: RawDataset) =>
	validateDataset(raw, '2026-11-30')
		.problems.filter((p) => p.level === 'fout')
		.map((p) => `${p.path}: ${p.message}`);

describe('a first contact per gemeente', () => {
	it("each gemeente of the region fixture gets its own; an unknown gemeente the site's", () => {
		const { site } = regio();
		expect(firstContactFor(site, 'GM0902')).toBe('wmo-loket-beekum');
		expect(firstContactFor(site, 'GM0903')).toBe('steunpunt-ceeveen');
		expect(firstContactFor(site, undefined)).toBe('steunpunt-aadorp');
		expect(firstContactFor({ steunpunt: 'steunpunt-x' }, 'GM0902')).toBe('steunpunt-x');
	});

	it('lists every gemeente with its own, in order, leaving out one without', () => {
		const gemeenten = [
			{ code: 'GM0901', name: 'Aadorp' },
			{ code: 'GM0902', name: 'Beekum' },
			{ code: 'GM0903', name: 'Ceeveen' }
		];
		expect(firstContactsByGemeente(gemeenten, { GM0903: 'c', GM0901: 'a' })).toEqual([
			{ gemeente: 'Aadorp', contact: 'a' },
			{ gemeente: 'Ceeveen', contact: 'c' }
		]);
	});

	it('the region fixture is valid', () => {
		expect(errors(regio())).toEqual([]);
	});

	it('a gemeente without one, or one that cannot be a first contact, is an error naming the gemeente', () => {
		const raw = regio();
		delete raw.site.eersteContact.GM0903;
		raw.site.eersteContact.GM0902 = 'lotgenoten-beekum';
		expect(errors(raw)).toEqual([
			'eersteContact: mist de eerste hulp ("Begin hier") voor GM0903 (Ceeveen): zet "GM0903": "<id van het aanbod>" erin',
			'eersteContact.GM0902: "lotgenoten-beekum" kan geen eerste hulp zijn (soort is "lotgenotengroep"); kies een steunpunt-mantelzorg, clientondersteuning, wmo-loket, sociaal-wijkteam, informatiepunt'
		]);
	});
});
