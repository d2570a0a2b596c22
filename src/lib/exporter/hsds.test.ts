import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { offerFeatureSchema, siteSchema, todayInAmsterdam, type OfferFeature } from '../data';
import { HSDS_FILE_NAMES, buildHsds, formatHsdsProblem, validateHsds, type HsdsFiles } from '.';
import { checkDataDir } from '../server/data';

const fixture = (path: string) =>
	readFileSync(new URL(`../../../tests/fixtures/${path}`, import.meta.url), 'utf8');
const repoData = new URL('../../../data/', import.meta.url).pathname;

const offers: OfferFeature[] = (
	JSON.parse(fixture('import/roundtrip.geojson')) as { features: unknown[] }
).features.map((f) => offerFeatureSchema.parse(f));
const site = siteSchema.parse(JSON.parse(fixture('hsds/site.json')));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A deep copy to break on purpose. */
const copy = (files: HsdsFiles): HsdsFiles => structuredClone(files);

describe('buildHsds', () => {
	const files = buildHsds(offers, site, { province: 'Drenthe' });

	it('produces all ten HSDS tables, and they validate', () => {
		expect(Object.keys(files).sort()).toEqual([...HSDS_FILE_NAMES].sort());
		expect(validateHsds(files)).toEqual([]);
		expect(files.services).toHaveLength(offers.length);
	});

	it('validates for the example data in data/', () => {
		const { result } = checkDataDir(repoData, todayInAmsterdam());
		expect(result.dataset, result.problems.map((p) => p.message).join('\n')).toBeDefined();
		const exampleFiles = buildHsds(result.dataset!.offers, result.dataset!.site);
		expect(validateHsds(exampleFiles).map(formatHsdsProblem)).toEqual([]);
		expect(exampleFiles.services).toHaveLength(result.dataset!.offers.length);
	});

	it('gives every record a version 5 UUID that is the same in every export', () => {
		for (const name of HSDS_FILE_NAMES)
			for (const record of files[name]) expect(record.id).toMatch(UUID);
		expect(buildHsds(offers, site, { province: 'Drenthe' })).toStrictEqual(files);
		// Pinned: changing the derivation would give every reader new ids for the same offers.
		expect(files.services[0]!.id).toBe('26da0a85-2b7e-522c-b5c3-9f170fb9ede3');
		expect(files.taxonomies[0]!.id).toBe('d5c03ef1-2530-58d0-9fd3-83ec4fa14bd3');
	});

	it('leaves translations out, which HSDS 3.0 has no place for, and still validates', () => {
		const translated = (
			JSON.parse(fixture('import/translations.geojson')) as { features: unknown[] }
		).features.map((f) => offerFeatureSchema.parse(f));
		const translatedFiles = buildHsds(translated, site);
		expect(validateHsds(translatedFiles)).toEqual([]);
		expect(translatedFiles.services[0]!.description).toBe(
			`${translated[0]!.properties.summary}\n\n${translated[0]!.properties.description}`
		);
		expect(JSON.stringify(translatedFiles)).not.toMatch(/coffee|القهوة|gönüllü/i);
	});

	it('keeps the ids of two gemeenten apart, but shares the taxonomy', () => {
		const other = buildHsds(offers, { ...site, gemeente: { name: 'Anderstad', code: 'GM9998' } });
		expect(other.services[0]!.id).not.toBe(files.services[0]!.id);
		expect(other.taxonomy_terms).toStrictEqual(files.taxonomy_terms);
	});

	it('writes Dutch addresses as HSDS wants them', () => {
		expect(files.addresses[0]).toMatchObject({
			address_1: 'Markt 12',
			city: 'Voorbeeldstad',
			state_province: 'Drenthe',
			postal_code: '9991 AA',
			country: 'NL',
			address_type: 'physical'
		});
		const [steunpunt] = files.services;
		const link = files.service_at_locations.find((s) => s.service_id === steunpunt!.id);
		expect(files.locations.find((l) => l.id === link?.location_id)).toMatchObject({
			location_type: 'physical',
			latitude: 52.762074,
			longitude: 6.542522
		});
	});

	it('gives an online offer a virtual location and a phone-only offer none', () => {
		const byName = (name: string) => files.services.find((s) => s.name === name)!;
		const online = files.service_at_locations.find(
			(s) => s.service_id === byName('Mantelzorgwaardering').id
		);
		expect(files.locations.find((l) => l.id === online?.location_id)).toMatchObject({
			location_type: 'virtual',
			url: 'https://voorbeeldstad.example/gemeente/mantelzorgwaardering'
		});
		expect(
			files.service_at_locations.some(
				(s) => s.service_id === byName('Belmaatje voor mantelzorgers').id
			)
		).toBe(false);
	});

	it('keeps the schedule rule and says in words which months are off', () => {
		expect(files.schedules).toContainEqual(
			expect.objectContaining({
				freq: 'MONTHLY',
				byday: '1TU',
				opens_at: '19:30',
				closes_at: '21:30',
				notes: 'Niet in juli en augustus.'
			})
		);
	});

	it("links each service to its kind and its hulpvragen, the kind's defaults when it names none", () => {
		const steunpunt = files.services[0]!;
		const terms = files.attributes
			.filter((a) => a.link_id === steunpunt.id)
			.map((a) => files.taxonomy_terms.find((t) => t.id === a.taxonomy_term_id)!.code);
		expect(terms).toEqual([
			'informatie-advies',
			'begeleiding',
			'emotionele-steun',
			'steunpunt-mantelzorg'
		]);
	});
});

describe('validateHsds', () => {
	const files = buildHsds(offers, site);

	it('fails a service with a status HSDS does not know', () => {
		const broken = copy(files);
		(broken.services[0] as { status: string }).status = 'open';
		expect(validateHsds(broken).map(formatHsdsProblem)).toEqual([
			'services.json[0] status: "open" is onbekend; kies uit: active, inactive, defunct, temporarily closed'
		]);
	});

	it('fails missing required fields, wrong formats and misspelt fields', () => {
		const broken = copy(files) as unknown as Record<string, Record<string, unknown>[]>;
		delete broken.addresses![0]!.country;
		broken.organizations![0]!.id = 'stichting-zorgzaam';
		broken.locations![0]!.location_type = 'building';
		broken.phones![0]!.nummer = '0123';
		const lines = validateHsds(broken).map(formatHsdsProblem);
		expect(lines).toContain('addresses.json[0] country: ontbreekt');
		expect(lines).toContain('organizations.json[0] id: is geen uuid');
		expect(lines).toContainEqual(
			expect.stringMatching(/^locations\.json\[0\] location_type: "building" is onbekend/)
		);
		expect(lines).toContain('phones.json[0]: onbekend veld: nummer');
	});

	it('fails a reference to a record that is not there, and a doubled id', () => {
		const broken = copy(files);
		broken.attributes[0]!.taxonomy_term_id = '00000000-0000-5000-8000-000000000000';
		broken.phones.push(broken.phones[0]!);
		expect(validateHsds(broken).map(formatHsdsProblem)).toEqual([
			`phones.json[${broken.phones.length - 1}] id: ${broken.phones[0]!.id} komt twee keer voor`,
			'attributes.json[0] taxonomy_term_id: verwijst naar 00000000-0000-5000-8000-000000000000, maar dat staat niet in taxonomy_terms.json'
		]);
	});

	it('fails a missing table', () => {
		const { phones: _phones, ...rest } = copy(files);
		expect(validateHsds(rest).map(formatHsdsProblem)).toEqual([
			'phones.json: ontbreekt of is geen lijst'
		]);
	});
});
