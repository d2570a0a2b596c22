/**
 * The search index, built once at build time and shipped as /zoekindex.json. It holds only
 * what search needs: per word the offers (and fields) it occurs in, per offer its
 * concepts as bits, and the name to show in a quick result. No descriptions, addresses or
 * phone numbers: the browser fetches it only when someone types a query.
 */
import { effectiveNeeds } from '../data/offer';
import type { Offer } from '../data/schema';
import {
	CONDITION_BY_ID,
	GROUP_BY_ID,
	KIND_BY_ID,
	NEED_BY_ID,
	type ConditionId,
	type GroupId,
	type KindId,
	type NeedId,
	type RelationId
} from '../data/taxonomy';
import { FACET_VALUES } from './facets';
import { FIELDS, INDEX_VERSION, type Field, type SearchIndexData } from './format';
import { labelSynonyms } from './labels';
import { normalize, tokenize } from './normalize';
import { SYNONYMS } from './synonyms';

export { FIELDS, INDEX_VERSION, type Field, type SearchIndexData } from './format';

/** What search reads from one offer. */
export interface SearchDocument {
	id: string;
	name: string;
	/** The name in the data's translations, when they give one: searchable, not shown. */
	otherNames?: string;
	summary: string;
	description?: string;
	organization?: string;
	kind: KindId;
	needs: readonly NeedId[];
	conditions?: readonly ConditionId[];
	relations?: readonly RelationId[];
	groups?: readonly GroupId[];
}

/** Translated texts count like the Dutch ones, so "respite" on /en also finds the English words of an offer. */
export function toSearchDocument(offer: Offer): SearchDocument {
	const translations = Object.values(offer.translations ?? {});
	const joined = (texts: (string | undefined)[]) => texts.filter(Boolean).join('\n') || undefined;
	return {
		id: offer.id,
		name: offer.name,
		otherNames: joined(translations.map((t) => t.name)),
		summary: joined([offer.summary, ...translations.map((t) => t.summary)])!,
		description: joined([offer.description, ...translations.map((t) => t.description)]),
		organization: offer.organization?.name,
		kind: offer.kind,
		needs: effectiveNeeds(offer),
		conditions: offer.conditions,
		relations: offer.relations,
		groups: offer.groups
	};
}

/** The taxonomy labels an offer is shown with, searchable as words ("Respijtzorg", "Oppas aan huis"). */
function labelText(doc: SearchDocument): string {
	return [
		KIND_BY_ID[doc.kind].label,
		...doc.needs.flatMap((id) => [NEED_BY_ID[id].label, NEED_BY_ID[id].short]),
		...(doc.conditions ?? []).map((id) => CONDITION_BY_ID[id].label),
		...(doc.groups ?? []).map((id) => GROUP_BY_ID[id].label)
	].join(' · ');
}

function fieldTexts(doc: SearchDocument): Record<Field, string> {
	return {
		name: [doc.name, doc.otherNames].filter(Boolean).join(' '),
		labels: labelText(doc),
		summary: doc.summary,
		description: [doc.description, doc.organization].filter(Boolean).join(' ')
	};
}

const bitsOf = (values: readonly string[] | undefined, all: readonly string[]) =>
	(values ?? []).reduce((mask, value) => mask | (1 << all.indexOf(value)), 0);

/** Words with accents as written, lower case: the source of `display`. Plain ASCII words need none. */
function writtenForms(text: string, display: Map<string, string>): void {
	if (!/[\u0080-\uffff]/.test(text)) return;
	for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
		if (!/[\u0080-\uffff]/.test(word)) continue;
		const key = normalize(word);
		if (key !== word && !key.includes(' ') && !display.has(key)) display.set(key, word);
	}
}

export function buildSearchIndex(docs: readonly SearchDocument[]): SearchIndexData {
	/** Term → its postings so far, already delta-coded: documents come in order. */
	const termPostings = new Map<string, { postings: number[]; last: number }>();
	const display = new Map<string, string>();
	docs.forEach((doc, docIndex) => {
		const texts = fieldTexts(doc);
		const masks = new Map<string, number>();
		FIELDS.forEach((field, fieldIndex) => {
			writtenForms(texts[field], display);
			for (const token of tokenize(texts[field]))
				masks.set(token, (masks.get(token) ?? 0) | (1 << fieldIndex));
		});
		for (const [token, mask] of masks) {
			let entry = termPostings.get(token);
			if (!entry) termPostings.set(token, (entry = { postings: [], last: 0 }));
			entry.postings.push((docIndex - entry.last) * 16 + mask);
			entry.last = docIndex;
		}
	});

	const terms = [...termPostings.keys()].sort();
	const postings = terms.map((term) => termPostings.get(term)!.postings);

	return {
		version: INDEX_VERSION,
		ids: docs.map((d) => d.id),
		names: docs.map((d) => d.name),
		terms,
		postings,
		display: Object.fromEntries(
			[...display.entries()]
				.filter(([key]) => termPostings.has(key))
				.sort(([a], [b]) => a.localeCompare(b))
		),
		concepts: docs.flatMap((doc) => [
			FACET_VALUES.soort.indexOf(doc.kind),
			bitsOf(doc.needs, FACET_VALUES.hulp),
			bitsOf(doc.conditions, FACET_VALUES.situatie),
			bitsOf(doc.relations, FACET_VALUES.voor),
			bitsOf(doc.groups, FACET_VALUES.groep)
		]),
		// Made here, at build time, from the message files of every language: the page then
		// needs none of those texts to understand "dementia" or "demans".
		labelSynonyms: labelSynonyms(SYNONYMS)
	};
}
