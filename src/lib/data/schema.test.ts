import { describe, expect, it } from 'vitest';
import { effectiveForWhom } from './offer';
import {
	isDutchPhoneNumber,
	offerPropertiesSchema,
	postcode,
	scheduleSchema,
	siteSchema,
	SUMMARY_MAX,
	webUrl
} from './schema';

const messages = (result: {
	success: boolean;
	error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('isDutchPhoneNumber', () => {
	it.each([
		'0123 45 67 89',
		'0123-456789',
		'(0123) 45 67 89',
		'06 12 34 56 78',
		'+31 123 45 67 89',
		'0800 1234',
		'0900 1234567',
		'14 0123'
	])('accepts the Dutch number %s', (number) => expect(isDutchPhoneNumber(number)).toBe(true));

	it.each([
		'+32 2 123 45 67',
		'+49 30 1234567',
		'0123 45 67 8',
		'0123 45 67 890',
		'0023 45 67 89',
		'112a',
		''
	])('rejects %s, which is not a Dutch number', (number) =>
		expect(isDutchPhoneNumber(number)).toBe(false)
	);
});

describe('webUrl', () => {
	it.each([
		'https://voorbeeldstad.example/steunpunt',
		'http://voorbeeldstad.example',
		'  https://voorbeeldstad.example/a?b=c  '
	])('accepts the web address %s', (url) => expect(webUrl.safeParse(url).success).toBe(true));

	it.each([
		'javascript:alert(1)',
		'data:text/html,<b>hoi</b>',
		'ftp://voorbeeldstad.example/',
		'mailto:info@voorbeeldstad.example',
		'https://localhost/',
		'voorbeeldstad.example'
	])('rejects %s: only http(s) with a real host name', (url) =>
		expect(webUrl.safeParse(url).success).toBe(false)
	);
});

describe('postcode', () => {
	it('accepts 1234 AB', () => expect(postcode.safeParse('9991 AB').success).toBe(true));

	it.each(['1234ab', '1234AB', '12345 AB', '0123 AB', '1234 ab', '1234  AB'])(
		'rejects "%s"',
		(value) => {
			expect(messages(postcode.safeParse(value))).toEqual([
				': is geen postcode zoals 1234 AB (vier cijfers, een spatie, twee hoofdletters)'
			]);
		}
	);
});

describe('scheduleSchema', () => {
	it.each(['TU', '1TU', '-1TH', '+2WE', 'MO,TU,WE,TH,FR', '1TU, 3TU'])(
		'accepts byday "%s"',
		(byday) => {
			expect(
				scheduleSchema.safeParse({ freq: 'MONTHLY', byday, opens_at: '19:30', closes_at: '21:30' })
					.success
			).toBe(true);
		}
	);

	it.each(['DI', '6TU', '0TU', 'tu', 'TU;WE', ''])('rejects byday "%s"', (byday) => {
		expect(
			scheduleSchema.safeParse({ freq: 'MONTHLY', byday, opens_at: '19:30', closes_at: '21:30' })
				.success
		).toBe(false);
	});

	it('a schedule that closes before it opens is rejected at closes_at', () => {
		expect(
			messages(
				scheduleSchema.safeParse({
					freq: 'WEEKLY',
					byday: 'MO',
					opens_at: '17:00',
					closes_at: '09:00'
				})
			)
		).toEqual(['closes_at: sluit (09:00) voordat het opent (17:00)']);
	});

	it('a schedule that closes when it opens is rejected too', () => {
		expect(
			scheduleSchema.safeParse({
				freq: 'WEEKLY',
				byday: 'MO',
				opens_at: '09:00',
				closes_at: '09:00'
			}).success
		).toBe(false);
	});

	it('a single date needs no freq', () => {
		expect(
			scheduleSchema.safeParse({ dtstart: '2027-01-21', opens_at: '19:30', closes_at: '21:30' })
				.success
		).toBe(true);
	});

	it('a rule without a day asks for byday', () => {
		expect(
			messages(scheduleSchema.safeParse({ freq: 'WEEKLY', opens_at: '09:00', closes_at: '17:00' }))
		).toEqual(['byday: ontbreekt: op welke dag is het?']);
	});

	it('neither a rule nor a date asks for one of them', () => {
		expect(messages(scheduleSchema.safeParse({ opens_at: '09:00', closes_at: '17:00' }))).toEqual([
			'freq: ontbreekt: geef freq en byday, of één datum in dtstart'
		]);
	});

	it('valid_to before valid_from is rejected', () => {
		const result = scheduleSchema.safeParse({
			freq: 'WEEKLY',
			byday: 'TU',
			opens_at: '19:30',
			closes_at: '21:30',
			valid_from: '2027-03-16',
			valid_to: '2027-01-12'
		});
		expect(messages(result)).toEqual(['valid_to: ligt voor valid_from']);
	});

	it.each(['9:30', '24:00', '09:60', '0930'])('rejects the time "%s"', (opens_at) => {
		expect(
			scheduleSchema.safeParse({ dtstart: '2027-01-21', opens_at, closes_at: '23:00' }).success
		).toBe(false);
	});

	it('months_off holds month numbers 1 to 12', () => {
		const base = { freq: 'MONTHLY', byday: '1TU', opens_at: '19:30', closes_at: '21:30' };
		expect(scheduleSchema.safeParse({ ...base, months_off: [7, 8] }).success).toBe(true);
		expect(scheduleSchema.safeParse({ ...base, months_off: [13] }).success).toBe(false);
	});
});

describe('offerPropertiesSchema', () => {
	const minimal = {
		id: 'steunpunt-kleindorp',
		name: 'Steunpunt Mantelzorg Kleindorp',
		summary: 'Hier kunt u terecht met al uw vragen over de zorg voor iemand anders.',
		kind: 'steunpunt-mantelzorg',
		forWhom: 'mantelzorger',
		howToStart: 'bellen',
		cost: 'gratis',
		lastVerified: '2026-10-01'
	};

	it('accepts an offer with only the required fields', () => {
		expect(offerPropertiesSchema.safeParse(minimal).success).toBe(true);
	});

	it.each([
		['NUL', 'Steunpunt\u0000Kleindorp'],
		['a control character', 'Steunpunt\u001BKleindorp'],
		['a right-to-left override', 'Steunpunt \u202Epordnielk'],
		['a bidi isolate', 'Steunpunt \u2066Kleindorp\u2069']
	])('refuses %s in a name or summary, in Dutch', (_, value) => {
		const message =
			'bevat een onzichtbaar stuurteken (zoals NUL of een teken dat de tekst omkeert); typ de tekst opnieuw of plak hem als platte tekst';
		expect(
			messages(offerPropertiesSchema.safeParse({ ...minimal, name: value, summary: value }))
		).toEqual([`name: ${message}`, `summary: ${message}`]);
	});

	it('keeps line breaks in a description, and Arabic and Turkish letters anywhere', () => {
		const offer = {
			...minimal,
			name: 'Mantelzorgcafé İstanbul',
			description: 'Eerste regel.\nمرحبا'
		};
		expect(offerPropertiesSchema.safeParse(offer).success).toBe(true);
	});

	it('may leave out cost, first step and postcode: nobody said them', () => {
		const { cost: _cost, howToStart: _start, ...rest } = minimal;
		const offer = { ...rest, address: { street: 'Dorpsstraat 1', city: 'Kleindorp' } };
		expect(offerPropertiesSchema.safeParse(offer).success).toBe(true);
	});

	it('an offer that does not say for whom it is gets what its kind is for', () => {
		const { forWhom: _, ...withoutForWhom } = minimal;
		const result = offerPropertiesSchema.safeParse({ ...withoutForWhom, kind: 'dagopvang' });
		expect(result.success).toBe(true);
		expect(result.success && effectiveForWhom(result.data)).toBe('naaste');
		expect(effectiveForWhom({ kind: 'dagopvang', forWhom: 'beiden' })).toBe('beiden');
		expect(effectiveForWhom({ kind: 'wmo-loket' })).toBe('beiden');
	});

	it.each([
		'Steunpunt',
		'steunpunt_kleindorp',
		'steunpunt--kleindorp',
		'-steunpunt',
		'steunpunt kleindorp'
	])('rejects the id "%s"', (id) => {
		expect(messages(offerPropertiesSchema.safeParse({ ...minimal, id }))).toEqual([
			'id: is geen geldige id: gebruik kleine letters, cijfers en streepjes'
		]);
	});

	it('trims the summary and counts its length after trimming', () => {
		const summary = ` ${'a'.repeat(SUMMARY_MAX)} `;
		const result = offerPropertiesSchema.safeParse({ ...minimal, summary });
		expect(result.success && result.data.summary).toBe('a'.repeat(SUMMARY_MAX));
	});

	it('a summary of only spaces is empty', () => {
		expect(messages(offerPropertiesSchema.safeParse({ ...minimal, summary: '   ' }))).toEqual([
			'summary: is leeg: schrijf één korte zin'
		]);
	});

	it('lastVerified must be a real date', () => {
		expect(
			offerPropertiesSchema.safeParse({ ...minimal, lastVerified: '2026-02-30' }).success
		).toBe(false);
		expect(
			offerPropertiesSchema.safeParse({ ...minimal, lastVerified: '30-11-2026' }).success
		).toBe(false);
	});

	it('languages are two-letter codes', () => {
		expect(
			offerPropertiesSchema.safeParse({ ...minimal, languages: ['nl', 'tr', 'ar'] }).success
		).toBe(true);
		expect(offerPropertiesSchema.safeParse({ ...minimal, languages: ['Nederlands'] }).success).toBe(
			false
		);
	});

	describe('translations', () => {
		const english = { summary: 'The place for all your questions about caring for someone.' };

		it('accepts texts in the other languages of the site', () => {
			const offer = {
				...minimal,
				description: 'Lang verhaal.',
				translations: {
					en: { ...english, description: 'Long story.' },
					ar: { summary: 'مكان لكل أسئلتك.', description: 'قصة طويلة.' }
				}
			};
			expect(messages(offerPropertiesSchema.safeParse(offer))).toEqual([]);
		});

		it('names a language the site does not have', () => {
			expect(
				messages(offerPropertiesSchema.safeParse({ ...minimal, translations: { de: english } }))
			).toEqual(['translations.de: is geen taal van deze site: kies uit en, tr, ar']);
		});

		it('asks for every text the Dutch has, and no text the Dutch lacks', () => {
			const offer = {
				...minimal,
				costDetails: 'Eigen bijdrage € 5.',
				translations: { en: { ...english, description: 'Only here.' } }
			};
			expect(messages(offerPropertiesSchema.safeParse(offer))).toEqual([
				'translations.en.description: staat alleen in de vertaling: vul eerst een beschrijving in het Nederlands in',
				'translations.en.costDetails: ontbreekt: het aanbod heeft een toelichting bij de kosten in het Nederlands; vertaal die ook'
			]);
		});

		it('needs a summary and refuses fields that are not texts', () => {
			expect(
				messages(
					offerPropertiesSchema.safeParse({
						...minimal,
						translations: { tr: { name: 'Destek noktası' } }
					})
				)[0]
			).toMatch(/^translations\.tr\.summary: /);
			expect(
				messages(
					offerPropertiesSchema.safeParse({
						...minimal,
						translations: { en: { ...english, phone: '0123 45 67 89' } }
					})
				)
			).toEqual([
				'translations.en: kan niet vertaald worden: alleen name, summary, description, howToStartDetails, costDetails'
			]);
		});
	});
});

describe('siteSchema', () => {
	const site = {
		gemeente: { name: 'Kleindorp' },
		exampleData: true,
		steunpunt: 'steunpunt-kleindorp',
		beheerder: { name: 'Steunpunt Mantelzorg Kleindorp', email: 'kaart@kleindorp.example' }
	};

	it('switches the online basemap and the PDOK geocoder off unless the beheerder turns them on', () => {
		const result = siteSchema.parse(site);
		expect(result.basemap).toEqual({});
		expect(result.geocoder).toEqual({ pdok: false });
		expect(result.kiosk).toEqual({ idleSeconds: 90, countdownSeconds: 20 });
	});

	it('rejects a basemap style URL that is not http(s)', () => {
		expect(
			siteSchema.safeParse({ ...site, basemap: { styleUrl: 'javascript:alert(1)' } }).success
		).toBe(false);
	});

	it('takes a theme only as a path on this site, not another host written as //host', () => {
		const theme = (css: string) => siteSchema.safeParse({ ...site, theme: { css } }).success;
		expect(theme('/themes/gemeente.css')).toBe(true);
		expect(theme('//evil.example/x.css')).toBe(false);
	});

	it('takes the first contact as eersteContact, and steunpunt still works', () => {
		const { steunpunt: _, ...withoutSteunpunt } = site;
		expect(
			siteSchema.parse({ ...withoutSteunpunt, eersteContact: 'wmo-loket-echt' }).steunpunt
		).toBe('wmo-loket-echt');
		expect(siteSchema.parse(site).steunpunt).toBe('steunpunt-kleindorp');
	});

	it('refuses two different first contacts, and says how to name one', () => {
		const result = siteSchema.safeParse({ ...site, eersteContact: 'wmo-loket-echt' });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]).toMatchObject({ path: ['eersteContact'] });
	});

	it('without a first contact, says which field to fill in', () => {
		const { steunpunt: _, ...withoutSteunpunt } = site;
		const result = siteSchema.safeParse(withoutSteunpunt);
		expect(result.error?.issues[0]?.message).toMatch(/geef bij eersteContact de id/);
	});
});
