/**
 * The data model: one zod schema per data file. Types are inferred from here; the build
 * check, the pages, the importer and the exporter all use these schemas.
 * Property names follow Open Referral HSDS 3.0 where HSDS has one.
 */
import { z } from 'zod';
import { BYDAY_PATTERN, OFFER_ID_PATTERN } from './patterns';
import {
	CONDITION_IDS,
	COST_IDS,
	DELIVERY_IDS,
	FOR_WHOM_IDS,
	GROUP_IDS,
	HOW_TO_START_IDS,
	KIND_IDS,
	NEED_IDS,
	RELATION_IDS
} from './taxonomy';

export const SUMMARY_MAX = 200;

/**
 * NUL and other control characters (line breaks and tabs aside) and the bidi overrides that
 * turn text around: they reach a page's <h1> and <title> unseen, or scramble what is shown.
 */
const HIDDEN_CHARACTERS =
	// eslint-disable-next-line no-control-regex -- finding control characters is the point
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const HIDDEN_MESSAGE =
	'bevat een onzichtbaar stuurteken (zoals NUL of een teken dat de tekst omkeert); typ de tekst opnieuw of plak hem als platte tekst';

const text = (max: number) =>
	z
		.string()
		.trim()
		.min(1, 'is leeg')
		.max(max, `is te lang: hoogstens ${max} tekens`)
		.refine((value) => !HIDDEN_CHARACTERS.test(value), HIDDEN_MESSAGE);

/** Only http(s): `javascript:` and `data:` URLs would run code or hide content. */
export const webUrl = z
	.string()
	.trim()
	.refine((value) => {
		try {
			const url = new URL(value);
			return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
		} catch {
			return false;
		}
	}, 'is geen webadres: het moet beginnen met https:// of http://');

/** Dutch numbers: 10 digits from 0, +31 with 9 digits, 0800/0900 service numbers, or 14 + netnummer. */
export function isDutchPhoneNumber(value: string): boolean {
	const digits = value.replace(/[\s\-().]/g, '');
	return /^(0[1-9]\d{8}|\+31[1-9]\d{8}|0[89]00\d{4,7}|14\d{3,4})$/.test(digits);
}

export const phoneNumber = z
	.string()
	.trim()
	.refine(isDutchPhoneNumber, 'is geen Nederlands telefoonnummer (bijvoorbeeld 0123 45 67 89)');

export const POSTCODE_PATTERN = /^[1-9]\d{3} [A-Z]{2}$/;
export const postcode = z
	.string()
	.trim()
	.regex(
		POSTCODE_PATTERN,
		'is geen postcode zoals 1234 AB (vier cijfers, een spatie, twee hoofdletters)'
	);

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'is geen tijd zoals 09:30');
const isoDate = z.iso.date('is geen datum zoals 2026-03-31');

/** A weekday in iCalendar notation, optionally with its position in the month: TU, 1TU, -1TH. */

/**
 * HSDS 3.0 schedule. Either a rule (`freq` with `byday`) or one date (`dtstart` without
 * `freq`). `months_off` is ours: many groups skip the summer months.
 */
export const scheduleSchema = z
	.object({
		freq: z.enum(['WEEKLY', 'MONTHLY']).optional(),
		interval: z.number().int().min(1).max(12).optional(),
		byday: z
			.string()
			.refine(
				(value) => value.split(',').every((part) => BYDAY_PATTERN.test(part.trim())),
				'is geen dag zoals TU, 1TU (eerste dinsdag) of -1TH (laatste donderdag)'
			)
			.optional(),
		dtstart: isoDate.optional(),
		opens_at: time,
		closes_at: time,
		valid_from: isoDate.optional(),
		valid_to: isoDate.optional(),
		months_off: z.array(z.number().int().min(1).max(12)).optional(),
		description: text(200).optional()
	})
	.superRefine((schedule, ctx) => {
		if (schedule.closes_at <= schedule.opens_at) {
			ctx.addIssue({
				code: 'custom',
				path: ['closes_at'],
				message: `sluit (${schedule.closes_at}) voordat het opent (${schedule.opens_at})`
			});
		}
		if (schedule.freq && !schedule.byday) {
			ctx.addIssue({ code: 'custom', path: ['byday'], message: 'ontbreekt: op welke dag is het?' });
		}
		if (!schedule.freq && !schedule.dtstart) {
			ctx.addIssue({
				code: 'custom',
				path: ['freq'],
				message: 'ontbreekt: geef freq en byday, of één datum in dtstart'
			});
		}
		if (schedule.valid_from && schedule.valid_to && schedule.valid_to < schedule.valid_from) {
			ctx.addIssue({ code: 'custom', path: ['valid_to'], message: 'ligt voor valid_from' });
		}
	});

/** The interface languages besides Dutch; offer texts may be translated into these. */
export const TRANSLATION_LANGUAGES = ['en', 'tr', 'ar'] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

/** The texts of an offer that a translation carries; the name may stay as it is (a name is a name). */
export const TRANSLATED_FIELDS = [
	'name',
	'summary',
	'description',
	'howToStartDetails',
	'costDetails'
] as const;

const offerTranslationSchema = z.strictObject(
	{
		name: text(120).optional(),
		summary: text(SUMMARY_MAX),
		description: text(4000).optional(),
		howToStartDetails: text(300).optional(),
		costDetails: text(300).optional()
	},
	{
		error: (issue) =>
			issue.code === 'unrecognized_keys'
				? `kan niet vertaald worden: alleen ${TRANSLATED_FIELDS.join(', ')}`
				: undefined
	}
);

const FIELD_NAMES: Record<(typeof TRANSLATED_FIELDS)[number], string> = {
	name: 'een naam',
	summary: 'een samenvatting',
	description: 'een beschrijving',
	howToStartDetails: 'een toelichting bij aanmelden',
	costDetails: 'een toelichting bij de kosten'
};

const offerFieldsSchema = z.object({
	id: z
		.string()
		.regex(OFFER_ID_PATTERN, 'is geen geldige id: gebruik kleine letters, cijfers en streepjes'),
	name: text(120),
	summary: z
		.string({
			error: (issue) => (issue.input === undefined ? 'ontbreekt: schrijf één korte zin' : undefined)
		})
		.trim()
		.min(1, 'is leeg: schrijf één korte zin')
		.max(SUMMARY_MAX, `is te lang: hoogstens ${SUMMARY_MAX} tekens, schrijf één korte zin`)
		.refine((value) => !HIDDEN_CHARACTERS.test(value), HIDDEN_MESSAGE),
	description: text(4000).optional(),
	organization: z.object({ name: text(160), url: webUrl.optional() }).optional(),
	kind: z.enum(KIND_IDS),
	/** Empty or absent: the kind's default hulpvragen. */
	needs: z.array(z.enum(NEED_IDS)).optional(),
	/** Absent: for every situation. */
	conditions: z.array(z.enum(CONDITION_IDS)).optional(),
	relations: z.array(z.enum(RELATION_IDS)).optional(),
	groups: z.array(z.enum(GROUP_IDS)).optional(),
	/** Absent: what the kind is usually for (effectiveForWhom), as with needs. */
	forWhom: z.enum(FOR_WHOM_IDS).optional(),
	/** Postcode optional: real lists often have street, city and coordinates only. */
	address: z
		.object({ street: text(120), postcode: postcode.optional(), city: text(80) })
		.optional(),
	/** The code of the wijk in gebieden.geojson. */
	wijk: z.string().optional(),
	serviceArea: z.enum(['wijk', 'gemeente']).optional(),
	delivery: z.array(z.enum(DELIVERY_IDS)).optional(),
	phones: z.array(z.object({ number: phoneNumber, description: text(80).optional() })).optional(),
	email: z.email('is geen e-mailadres').optional(),
	url: webUrl.optional(),
	/** Absent: nobody said what the first step is; pages say it is not known. */
	howToStart: z.enum(HOW_TO_START_IDS).optional(),
	howToStartDetails: text(300).optional(),
	/** Absent: nobody said what it costs; pages say it is not known. */
	cost: z.enum(COST_IDS).optional(),
	costDetails: text(300).optional(),
	schedules: z.array(scheduleSchema).optional(),
	languages: z.array(z.string().regex(/^[a-z]{2}$/, 'is geen taalcode zoals nl of en')).optional(),
	accessibility: z.array(text(160)).optional(),
	/** HSDS `assured_date`: when a person last checked this entry. */
	lastVerified: isoDate,
	source: text(200).optional(),
	/** The offer's texts in other interface languages; pages in a language without one show the Dutch. */
	translations: z.record(z.string(), offerTranslationSchema).optional()
});

/** A translation covers every text the Dutch has, so no page shows half a translation. */
export const offerPropertiesSchema = offerFieldsSchema.superRefine((offer, ctx) => {
	for (const [language, translation] of Object.entries(offer.translations ?? {})) {
		if (!(TRANSLATION_LANGUAGES as readonly string[]).includes(language)) {
			const message = `is geen taal van deze site: kies uit ${TRANSLATION_LANGUAGES.join(', ')}`;
			ctx.addIssue({ code: 'custom', path: ['translations', language], message });
			continue;
		}
		for (const field of TRANSLATED_FIELDS) {
			if (field === 'name') continue;
			const inDutch = offer[field] !== undefined;
			const translated = translation[field] !== undefined;
			if (inDutch === translated) continue;
			ctx.addIssue({
				code: 'custom',
				path: ['translations', language, field],
				message: inDutch
					? `ontbreekt: het aanbod heeft ${FIELD_NAMES[field]} in het Nederlands; vertaal die ook`
					: `staat alleen in de vertaling: vul eerst ${FIELD_NAMES[field]} in het Nederlands in`
			});
		}
	}
});

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const pointSchema = z.object({ type: z.literal('Point'), coordinates: position });

export const offerFeatureSchema = z.object({
	type: z.literal('Feature'),
	geometry: pointSchema.nullable(),
	properties: offerPropertiesSchema
});

export const offerCollectionSchema = z.object({
	type: z.literal('FeatureCollection'),
	features: z.array(z.unknown())
});

const ring = z.array(position).min(4, 'is geen gesloten vlak: minstens 4 punten');
const polygonSchema = z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) });
const multiPolygonSchema = z.object({
	type: z.literal('MultiPolygon'),
	coordinates: z.array(z.array(ring).min(1)).min(1)
});
export const areaGeometrySchema = z.discriminatedUnion('type', [polygonSchema, multiPolygonSchema]);

export const areaFeatureSchema = z.object({
	type: z.literal('Feature'),
	geometry: areaGeometrySchema,
	properties: z.object({
		type: z.enum(['gemeente', 'wijk']),
		code: z.string().regex(/^[A-Za-z0-9-]+$/, 'is geen code: alleen letters, cijfers en streepjes'),
		name: text(80),
		/** For a wijk: the code of its gemeente. Needed only when the file holds several gemeenten. */
		gemeente: z.string().optional()
	})
});

export const areaCollectionSchema = z.object({
	type: z.literal('FeatureCollection'),
	/** Credit line required by the source, shown on the map and on /over. */
	attribution: text(200).optional(),
	/** One gemeente with or without wijken, or several gemeenten (a region), each with optional wijken. */
	features: z.array(areaFeatureSchema).min(1, 'moet minstens de grens van de gemeente bevatten')
});

/**
 * `eersteContact` names the offer shown as "Begin hier" (of any first-contact kind): one id
 * for the whole site, or in a region a map of gemeente code → id. `steunpunt`, its older
 * name, keeps working. The code reads `steunpunt` (the site's default first contact) and
 * `eersteContact` only as the map per gemeente.
 */
const withFirstContactAlias = (raw: unknown, ctx: z.RefinementCtx) => {
	if (!raw || typeof raw !== 'object' || !('eersteContact' in raw)) return raw;
	const { eersteContact, ...rest } = raw as Record<string, unknown>;
	if (typeof eersteContact === 'string') {
		if ('steunpunt' in rest && rest.steunpunt !== eersteContact) {
			const message =
				'verschilt van steunpunt: noem het eerste contact één keer, bij eersteContact';
			ctx.addIssue({ code: 'custom', path: ['eersteContact'], message });
		}
		return { steunpunt: eersteContact, ...rest };
	}
	if (eersteContact && typeof eersteContact === 'object' && !('steunpunt' in rest))
		return { ...raw, steunpunt: Object.values(eersteContact)[0] };
	return raw;
};

const siteObjectSchema = z.object({
	gemeente: z.object({ name: text(80), code: z.string().optional() }),
	/** The region's name, for a site that covers several gemeenten. */
	regio: z.object({ name: text(80) }).optional(),
	/** The public address, used in QR codes and calendar files. */
	siteUrl: webUrl.optional(),
	/** Show the notice that this is example data. */
	exampleData: z.boolean(),
	/** The id of the offer shown first as "Begin hier": a steunpunt mantelzorg, Wmo-loket, sociaal wijkteam, … */
	steunpunt: z.string({
		error: (issue) =>
			issue.input === undefined
				? 'ontbreekt: geef bij eersteContact de id van het aanbod voor "Begin hier"'
				: undefined
	}),
	/** In a region: gemeente code → the id of that gemeente's own first contact. */
	eersteContact: z.record(z.string(), z.string()).optional(),
	beheerder: z.object({ name: text(120), email: z.email('is geen e-mailadres') }),
	basemap: z.object({ styleUrl: webUrl.optional(), attribution: text(200).optional() }).default({}),
	geocoder: z.object({ pdok: z.boolean() }).default({ pdok: false }),
	/** A gemeente's own NL Design System token CSS, as a path on this site (under static/). */
	theme: z
		.object({
			css: z
				.string()
				.regex(
					/^\/(?!\/)[\w./-]+\.css$/,
					'is geen pad naar een CSS-bestand op deze site, zoals /themes/gemeente.css'
				)
				.optional()
		})
		.default({}),
	kiosk: z
		.object({
			idleSeconds: z.number().int().min(5).default(90),
			countdownSeconds: z.number().int().min(3).default(20)
		})
		.default({ idleSeconds: 90, countdownSeconds: 20 })
});

export const siteSchema = z.preprocess(withFirstContactAlias, siteObjectSchema);

export type Offer = z.infer<typeof offerPropertiesSchema>;
export type OfferFeature = z.infer<typeof offerFeatureSchema>;
export type Schedule = z.infer<typeof scheduleSchema>;
export type AreaFeature = z.infer<typeof areaFeatureSchema>;
export type AreaCollection = z.infer<typeof areaCollectionSchema>;
export type AreaGeometry = z.infer<typeof areaGeometrySchema>;
export type Site = z.infer<typeof siteSchema>;
export type Position = z.infer<typeof position>;
