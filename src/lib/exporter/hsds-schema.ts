/**
 * The parts of Open Referral HSDS 3.0 that this export writes, as zod schemas: every
 * field HSDS requires, the formats it names (uuid, uri, email, date, time) and its
 * enumerations. Objects are strict so a misspelt field in the exporter fails here
 * instead of silently vanishing for the reader of the files.
 *
 * Field names and required lists follow the HSDS 3.0 JSON schemas (schema/*.json in
 * openreferral/specification).
 */
import { z } from 'zod';
import { dutchMessage } from '../data/validate';
import { schemaIssueMessage } from '../importer';

const id = z.uuid('is geen uuid');
const text = z.string().trim().min(1, 'is leeg');
const uri = z.url('is geen webadres (uri)');
const email = z.email('is geen e-mailadres');
const date = z.iso.date('is geen datum zoals 2026-03-31');
/** HH:MM, optionally with seconds and a UTC offset or Z, as HSDS describes opens_at. */
const time = z
	.string()
	.regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?(Z|[+-]\d{2}:\d{2})?$/, 'is geen tijd zoals 09:30');
const byday = z
	.string()
	.regex(
		/^([+-]?[1-5]?(MO|TU|WE|TH|FR|SA|SU))(,[+-]?[1-5]?(MO|TU|WE|TH|FR|SA|SU))*$/,
		'is geen dag zoals TU of 1TU'
	);

export const hsdsOrganizationSchema = z.strictObject({
	id,
	name: text,
	description: text,
	email: email.optional(),
	website: uri.optional()
});

export const hsdsServiceSchema = z.strictObject({
	id,
	organization_id: id,
	name: text,
	description: z.string().optional(),
	url: uri.optional(),
	email: email.optional(),
	status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']),
	application_process: z.string().optional(),
	fees_description: z.string().optional(),
	eligibility_description: z.string().optional(),
	assured_date: date.optional(),
	assurer_email: email.optional()
});

export const hsdsLocationSchema = z.strictObject({
	id,
	location_type: z.enum(['physical', 'postal', 'virtual']),
	url: uri.optional(),
	name: z.string().optional(),
	latitude: z.number().min(-90).max(90).optional(),
	longitude: z.number().min(-180).max(180).optional()
});

export const hsdsAddressSchema = z.strictObject({
	id,
	location_id: id,
	address_1: text,
	city: text,
	/** Required by HSDS; may be empty when the province is not known. */
	state_province: z.string(),
	/** Required by HSDS; empty when the source gives street and city but no postcode. */
	postal_code: z.string(),
	/** ISO 3166-1 alpha-2. */
	country: z.string().regex(/^[A-Z]{2}$/, 'is geen landcode zoals NL'),
	address_type: z.enum(['physical', 'postal', 'virtual'])
});

export const hsdsPhoneSchema = z.strictObject({
	id,
	service_id: id.optional(),
	location_id: id.optional(),
	organization_id: id.optional(),
	number: text,
	description: z.string().optional(),
	language: z.string().optional()
});

export const hsdsScheduleSchema = z.strictObject({
	id,
	service_id: id.optional(),
	location_id: id.optional(),
	service_at_location_id: id.optional(),
	valid_from: date.optional(),
	valid_to: date.optional(),
	dtstart: date.optional(),
	freq: z.enum(['WEEKLY', 'MONTHLY']).optional(),
	interval: z.number().int().min(1).optional(),
	byday: byday.optional(),
	opens_at: time.optional(),
	closes_at: time.optional(),
	description: z.string().optional(),
	notes: z.string().optional()
});

export const hsdsTaxonomySchema = z.strictObject({
	id,
	name: text,
	description: text,
	uri: uri.optional(),
	version: z.string().optional()
});

export const hsdsTaxonomyTermSchema = z.strictObject({
	id,
	code: text,
	name: text,
	description: text,
	taxonomy_id: id,
	parent_id: id.nullable().optional(),
	language: z.string().optional()
});

export const hsdsAttributeSchema = z.strictObject({
	id,
	link_id: id,
	link_type: text,
	link_entity: text,
	taxonomy_term_id: id,
	value: z.string().optional()
});

export const hsdsServiceAtLocationSchema = z.strictObject({
	id,
	service_id: id,
	location_id: id
});

export const HSDS_SCHEMAS = {
	organizations: hsdsOrganizationSchema,
	services: hsdsServiceSchema,
	locations: hsdsLocationSchema,
	service_at_locations: hsdsServiceAtLocationSchema,
	schedules: hsdsScheduleSchema,
	phones: hsdsPhoneSchema,
	addresses: hsdsAddressSchema,
	taxonomies: hsdsTaxonomySchema,
	taxonomy_terms: hsdsTaxonomyTermSchema,
	attributes: hsdsAttributeSchema
} as const;

export type HsdsFileName = keyof typeof HSDS_SCHEMAS;
export const HSDS_FILE_NAMES = Object.keys(HSDS_SCHEMAS) as HsdsFileName[];

export type HsdsFiles = { [K in HsdsFileName]: z.infer<(typeof HSDS_SCHEMAS)[K]>[] };

/** Which field of which file points to which other file; each must point to a record that exists. */
const REFERENCES: { file: HsdsFileName; field: string; target: HsdsFileName }[] = [
	{ file: 'services', field: 'organization_id', target: 'organizations' },
	{ file: 'service_at_locations', field: 'service_id', target: 'services' },
	{ file: 'service_at_locations', field: 'location_id', target: 'locations' },
	{ file: 'schedules', field: 'service_id', target: 'services' },
	{ file: 'phones', field: 'service_id', target: 'services' },
	{ file: 'addresses', field: 'location_id', target: 'locations' },
	{ file: 'taxonomy_terms', field: 'taxonomy_id', target: 'taxonomies' },
	{ file: 'attributes', field: 'link_id', target: 'services' },
	{ file: 'attributes', field: 'taxonomy_term_id', target: 'taxonomy_terms' }
];

export interface HsdsProblem {
	file: string;
	/** Position in the file's array, from 0. */
	index?: number;
	path?: string;
	message: string;
}

export function formatHsdsProblem(problem: HsdsProblem): string {
	const where = [
		`${problem.file}.json`,
		problem.index !== undefined ? `[${problem.index}]` : '',
		problem.path ? ` ${problem.path}` : ''
	].join('');
	return `${where}: ${problem.message}`;
}

/** Checks every record against its schema, unique ids per file, and that every reference resolves. */
export function validateHsds(files: Record<string, unknown>): HsdsProblem[] {
	const problems: HsdsProblem[] = [];
	const ids = new Map<HsdsFileName, Set<string>>();
	for (const name of HSDS_FILE_NAMES) {
		const records = files[name];
		if (!Array.isArray(records)) {
			problems.push({ file: name, message: 'ontbreekt of is geen lijst' });
			continue;
		}
		const seen = new Set<string>();
		ids.set(name, seen);
		records.forEach((record: unknown, index) => {
			const parsed = HSDS_SCHEMAS[name].safeParse(record, { error: dutchMessage });
			if (!parsed.success) {
				for (const issue of parsed.error.issues) {
					problems.push({
						file: name,
						index,
						path: issue.path.map(String).join('.') || undefined,
						message: schemaIssueMessage(issue)
					});
				}
			}
			// An invalid record still counts as there, so its own error is not echoed by every reference to it.
			const recordId = (record as { id?: unknown } | null)?.id;
			if (typeof recordId !== 'string') return;
			if (seen.has(recordId))
				problems.push({
					file: name,
					index,
					path: 'id',
					message: `${recordId} komt twee keer voor`
				});
			seen.add(recordId);
		});
	}
	for (const { file, field, target } of REFERENCES) {
		const records = files[file];
		const targets = ids.get(target);
		if (!Array.isArray(records) || !targets) continue;
		records.forEach((record: unknown, index) => {
			const value = (record as Record<string, unknown> | null)?.[field];
			if (typeof value === 'string' && !targets.has(value)) {
				problems.push({
					file,
					index,
					path: field,
					message: `verwijst naar ${value}, maar dat staat niet in ${target}.json`
				});
			}
		});
	}
	return problems;
}
