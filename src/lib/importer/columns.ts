/**
 * The spreadsheet columns: their Dutch header, the aliases a beheerder may type instead,
 * the offer field each one fills, and how its cell is read and written. The importer and
 * the CSV/xlsx exporter both loop over this one table, so a column added here is imported
 * and exported alike, and an export imports to the same data.
 */
import {
	TRANSLATED_FIELDS,
	TRANSLATION_LANGUAGES,
	type OfferFeature,
	type TranslationLanguage
} from '../data/schema';
import {
	CONDITION_WORDS,
	COST_WORDS,
	DELIVERY_WORDS,
	FOR_WHOM_WORDS,
	GROUP_WORDS,
	HOW_TO_START_WORDS,
	KIND_WORDS,
	NEED_WORDS,
	RELATION_WORDS,
	SERVICE_AREA_WORDS,
	isEveryoneWord,
	isUnknownWord,
	languageCode,
	type Vocabulary
} from '../data/vocabulary';
import {
	LIST_SEPARATORS,
	TEXT_LIST_JOIN,
	TEXT_LIST_SEPARATORS,
	formatCoordinate,
	formatPhones,
	formatSchedules,
	parseCoordinate,
	parseDate,
	normalizePostcode,
	parseEmail,
	parsePhones,
	parseSchedules,
	parseWebAddress,
	splitCell,
	type RawSchedule
} from './cells';

type TranslatedField = (typeof TRANSLATED_FIELDS)[number];

/** What a cell reader may do besides returning its value: report an error in its cell. */
export interface CellRead {
	column: Column;
	fail: (message: string) => void;
}

export interface Column {
	/** The header as the exporter writes it and as error messages name it. */
	header: string;
	/** Other headers that mean the same column, compared after `normalizeHeader`. */
	aliases: readonly string[];
	/** The schema path this column fills: an offer property path, or `lat` / `lon`. */
	field: string;
	/** The schema cannot do without it, so a missing column fails every row. */
	required?: boolean;
	/** Set on the columns that hold a translation: which text, in which language. */
	translation?: { language: TranslationLanguage; field: TranslatedField };
	/** A closed column: only these values (ids, labels or synonyms); `multiple` takes a list. */
	closed?: { vocabulary: Vocabulary; multiple: boolean };
	/** Old headers that still work but are easily misread; the import says which to use. */
	deprecated?: readonly string[];
	/** What the Uitleg sheet and --help say about the column, when the header alone is not enough. */
	help?: string;
	/** A filled cell → the field's value before validation; undefined leaves the field out. */
	read: (text: string, cell: CellRead) => unknown;
	/** The offer → this cell, in the one form `read` gives back unchanged. */
	write: (feature: OfferFeature) => string;
	/** The cell holds one line; a line break in it becomes a space (with a warning). */
	singleLine: boolean;
}

type ColumnSpec = Omit<Column, 'read' | 'write' | 'singleLine'> &
	Partial<Pick<Column, 'read' | 'write'>> & { multiline?: boolean };

/** How comma lists of ids are written; the reader also takes ; | and new lines. */
const ID_LIST_JOIN = ', ';

/** The value at a dotted property path ("address.street") of the offer. */
function propertyAt(feature: OfferFeature, field: string): unknown {
	let node: unknown = feature.properties;
	for (const key of field.split('.')) {
		if (node === null || typeof node !== 'object') return undefined;
		node = (node as Record<string, unknown>)[key];
	}
	return node;
}

const writeText =
	(field: string) =>
	(feature: OfferFeature): string => {
		const value = propertyAt(feature, field);
		return typeof value === 'string' ? value : '';
	};

const writeList =
	(field: string, join: string) =>
	(feature: OfferFeature): string => {
		const value = propertyAt(feature, field);
		return Array.isArray(value) ? value.join(join) : '';
	};

/**
 * A closed column's cell as ids. "onbekend" (and for a list "iedereen") leave the field
 * out: unknown stays unknown. A word that matches nothing is an error that lists the
 * labels the site shows, with their ids.
 */
function readClosed(value: string, { column, fail }: CellRead): string | string[] | undefined {
	const { vocabulary, multiple } = column.closed!;
	if (isUnknownWord(value)) {
		// Unknown is a value only where the site can say "niet bekend"; a required column has no such page text.
		if (column.required)
			fail(
				`"${value}" kan hier niet: deze kolom is verplicht. Kies uit: ${allowedValues(vocabulary)}`
			);
		return undefined;
	}
	if (multiple && isEveryoneWord(value)) return undefined;
	const items = multiple ? splitCell(value, LIST_SEPARATORS) : [value];
	const ids: string[] = [];
	for (const item of items) {
		const id = vocabulary.lookup(item);
		if (id === undefined) {
			fail(`"${item}" ken ik niet; kies uit: ${allowedValues(vocabulary)}`);
			return undefined;
		}
		if (!ids.includes(id)) ids.push(id);
	}
	return multiple ? ids : ids[0];
}

function readSchedules(value: string, { fail }: CellRead): RawSchedule[] {
	const parsed = parseSchedules(value);
	const schedules: RawSchedule[] = [];
	parsed.forEach((part, index) => {
		if ('error' in part) {
			const which = parsed.length > 1 ? `tijd ${index + 1} ` : '';
			fail(`${which}"${part.text}": ${part.error}`);
		} else {
			schedules.push(part.schedule);
		}
	});
	return schedules;
}

/** A coordinate column reads a number; whether the pair makes a point is the importer's call. */
const coordinate = (index: 0 | 1) => ({
	read: (value: string) => parseCoordinate(value),
	write: (feature: OfferFeature) => {
		const point = feature.geometry?.coordinates;
		return point ? formatCoordinate(point[index]) : '';
	}
});

/** The spec with its codec: a plain text cell unless it says otherwise; a closed column reads its vocabulary. */
function column(spec: ColumnSpec): Column {
	const { multiline, ...rest } = spec;
	return {
		...rest,
		read: spec.read ?? (spec.closed ? readClosed : (value) => value),
		write:
			spec.write ??
			(spec.closed?.multiple ? writeList(spec.field, ID_LIST_JOIN) : writeText(spec.field)),
		singleLine: !multiline
	};
}

const DUTCH_SPECS: readonly ColumnSpec[] = [
	{ header: 'id', aliases: ['code', 'slug'], field: 'id' },
	{ header: 'naam', aliases: ['name', 'titel', 'naam aanbod'], field: 'name', required: true },
	{
		header: 'samenvatting',
		aliases: ['summary', 'korte omschrijving', 'in het kort'],
		field: 'summary',
		required: true
	},
	{
		header: 'omschrijving',
		aliases: ['beschrijving', 'description', 'lange omschrijving'],
		field: 'description',
		multiline: true
	},
	{
		header: 'organisatie',
		aliases: ['aanbieder', 'organization', 'naam organisatie'],
		field: 'organization.name'
	},
	{
		header: 'website organisatie',
		aliases: ['organisatie website', 'website aanbieder'],
		field: 'organization.url',
		read: parseWebAddress
	},
	{
		header: 'soort',
		aliases: ['soort aanbod', 'type', 'kind'],
		field: 'kind',
		required: true,
		closed: { vocabulary: KIND_WORDS, multiple: false }
	},
	{
		header: 'hulpvragen',
		aliases: ['hulpvraag', 'needs', 'vraaggebieden', 'vraaggebied'],
		field: 'needs',
		closed: { vocabulary: NEED_WORDS, multiple: true },
		multiline: true,
		help: 'leeg: de hulpvragen die bij de soort horen'
	},
	{
		header: 'wat speelt er',
		aliases: [
			'wat speelt er bij uw naaste',
			'aandoening',
			'aandoeningen',
			'conditions',
			'situatie'
		],
		field: 'conditions',
		closed: { vocabulary: CONDITION_WORDS, multiple: true },
		multiline: true,
		help: 'leeg of "iedereen": voor elke situatie'
	},
	{
		header: 'zorgt voor (relatie)',
		aliases: ['voor wie zorgt u', 'relatie', 'relaties', 'relations', 'zorgt voor'],
		deprecated: ['voor wie'],
		field: 'relations',
		closed: { vocabulary: RELATION_WORDS, multiple: true },
		multiline: true,
		help: 'voor wie de mantelzorger zorgt; leeg of "iedereen": voor elke relatie'
	},
	{
		header: 'doelgroep',
		aliases: ['doelgroepen', 'over uzelf', 'groups'],
		field: 'groups',
		closed: { vocabulary: GROUP_WORDS, multiple: true },
		multiline: true,
		help: 'leeg of "iedereen": voor iedere mantelzorger'
	},
	{
		header: 'bedoeld voor',
		aliases: ['for whom', 'forwhom', 'voor wie is het'],
		field: 'forWhom',
		closed: { vocabulary: FOR_WHOM_WORDS, multiple: false },
		help: 'leeg: wat bij de soort past (een dagopvang is voor de naaste, een cursus voor de mantelzorger)'
	},
	{
		header: 'adres',
		aliases: ['straat', 'straat en huisnummer', 'street', 'bezoekadres'],
		field: 'address.street'
	},
	{
		header: 'postcode',
		aliases: ['postal code'],
		field: 'address.postcode',
		read: normalizePostcode,
		help: 'mag leeg als er lat en lon zijn, of met --geocode'
	},
	{ header: 'plaats', aliases: ['woonplaats', 'city', 'stad'], field: 'address.city' },
	{ header: 'wijk', aliases: ['wijkcode'], field: 'wijk' },
	{
		header: 'werkgebied',
		aliases: ['service area', 'servicearea'],
		field: 'serviceArea',
		closed: { vocabulary: SERVICE_AREA_WORDS, multiple: false }
	},
	{
		header: 'vorm',
		aliases: ['hoe', 'manier', 'delivery', 'levering'],
		field: 'delivery',
		closed: { vocabulary: DELIVERY_WORDS, multiple: true },
		multiline: true
	},
	{
		header: 'telefoon',
		aliases: ['telefoonnummer', 'telefoonnummers', 'tel', 'phone', 'phones'],
		field: 'phones',
		multiline: true,
		read: parsePhones,
		write: (feature) => formatPhones(feature.properties.phones ?? [])
	},
	{
		header: 'e-mail',
		aliases: ['email', 'mail', 'e-mailadres', 'emailadres'],
		field: 'email',
		read: parseEmail
	},
	{
		header: 'website',
		aliases: ['url', 'site', 'internet', 'webadres'],
		field: 'url',
		read: parseWebAddress
	},
	{
		header: 'kosten',
		aliases: ['cost', 'prijs'],
		field: 'cost',
		closed: { vocabulary: COST_WORDS, multiple: false },
		help: 'leeg of "onbekend": de site zegt dat de kosten niet bekend zijn'
	},
	{
		header: 'toelichting kosten',
		aliases: ['kosten toelichting', 'costdetails'],
		field: 'costDetails'
	},
	{
		header: 'aanmelden',
		aliases: ['hoe aanmelden', 'eerste stap', 'howtostart', 'how to start'],
		field: 'howToStart',
		closed: { vocabulary: HOW_TO_START_WORDS, multiple: false },
		help: 'leeg of "onbekend": de site zegt dat de eerste stap niet bekend is'
	},
	{
		header: 'toelichting aanmelden',
		aliases: ['aanmelden toelichting', 'howtostartdetails'],
		field: 'howToStartDetails'
	},
	{
		header: 'tijden',
		aliases: ['wanneer', 'openingstijden', 'schedules', 'bijeenkomsten'],
		field: 'schedules',
		multiline: true,
		read: readSchedules,
		write: (feature) => formatSchedules(feature.properties.schedules ?? [])
	},
	{
		header: 'talen',
		aliases: ['taal', 'languages'],
		field: 'languages',
		multiline: true,
		read: (value) => splitCell(value, LIST_SEPARATORS).map(languageCode),
		write: writeList('languages', ID_LIST_JOIN)
	},
	{
		header: 'toegankelijkheid',
		aliases: ['accessibility'],
		field: 'accessibility',
		multiline: true,
		read: (value) => splitCell(value, TEXT_LIST_SEPARATORS),
		write: writeList('accessibility', TEXT_LIST_JOIN)
	},
	{
		header: 'laatst gecontroleerd',
		aliases: [
			'gecontroleerd',
			'gecontroleerd op',
			'datum controle',
			'lastverified',
			'last verified'
		],
		field: 'lastVerified',
		required: true,
		read: parseDate
	},
	{ header: 'bron', aliases: ['source'], field: 'source' },
	{
		header: 'lat',
		aliases: ['latitude', 'breedtegraad', 'noorderbreedte'],
		field: 'lat',
		...coordinate(1)
	},
	{
		header: 'lon',
		aliases: ['lng', 'long', 'longitude', 'lengtegraad', 'oosterlengte'],
		field: 'lon',
		...coordinate(0)
	}
];

const DUTCH_COLUMNS: readonly Column[] = DUTCH_SPECS.map(column);

/** How a Dutch beheerder names each language in a header: "samenvatting engels". */
const LANGUAGE_NAMES: Record<TranslationLanguage, string> = {
	en: 'engels',
	tr: 'turks',
	ar: 'arabisch'
};

/**
 * One column per language and translated text, named after the Dutch column with the
 * language code: "samenvatting (en)". Each name of the Dutch column also works with the
 * language written out ("samenvatting engels", "summary (en)"). They come after the
 * Dutch columns, grouped by language, so one translator works in one block.
 */
const TRANSLATION_COLUMNS: readonly Column[] = TRANSLATION_LANGUAGES.flatMap((language) =>
	TRANSLATED_FIELDS.map((field) => {
		const dutch = DUTCH_COLUMNS.find((column) => column.field === field)!;
		const names = [dutch.header, ...dutch.aliases].flatMap((name) => [
			`${name} (${language})`,
			`${name} ${LANGUAGE_NAMES[language]}`
		]);
		return column({
			header: names[0]!,
			aliases: names.slice(1),
			field: `translations.${language}.${field}`,
			translation: { language, field },
			multiline: field === 'description'
		});
	})
);

export const COLUMNS: readonly Column[] = [...DUTCH_COLUMNS, ...TRANSLATION_COLUMNS];

/** Case, accents, punctuation and spacing do not matter: "E-mail", "email" and "E mail" match. */
export function normalizeHeader(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9+]+/g, ' ')
		.trim();
}

const COLUMN_BY_NAME = new Map<string, Column>();
for (const column of COLUMNS) {
	for (const name of [column.header, ...column.aliases, ...(column.deprecated ?? [])])
		COLUMN_BY_NAME.set(normalizeHeader(name), column);
}

export function columnForHeader(header: string): Column | undefined {
	return COLUMN_BY_NAME.get(normalizeHeader(header));
}

/** True when `header` is one of the column's old, misleading names. */
export function isDeprecatedHeader(column: Column, header: string): boolean {
	const name = normalizeHeader(header);
	return (column.deprecated ?? []).some((old) => normalizeHeader(old) === name);
}

/** "Gratis (gratis), U betaalt een eigen bijdrage (eigen-bijdrage)": what a closed column takes. */
export function allowedValues(vocabulary: Vocabulary): string {
	return vocabulary.items.map((item) => `${item.label} (${item.id})`).join(', ');
}

/**
 * The column a schema issue belongs to, from the issue's path in the offer Feature
 * (`properties.phones.0.number` → telefoon, `geometry.coordinates.1` → lat).
 */
export function columnForIssuePath(path: readonly PropertyKey[]): Column | undefined {
	if (path[0] === 'geometry') {
		return COLUMNS.find((c) => c.field === (path[2] === 0 ? 'lon' : 'lat'));
	}
	const field = path
		.slice(1)
		.filter((key) => typeof key === 'string')
		.join('.');
	let best: Column | undefined;
	for (const column of COLUMNS) {
		const covers = field === column.field || field.startsWith(`${column.field}.`);
		if (covers && (!best || column.field.length > best.field.length)) best = column;
	}
	// `address` or `organization` as a whole: name the first column of that group.
	return best ?? COLUMNS.find((c) => c.field.startsWith(`${field}.`));
}
