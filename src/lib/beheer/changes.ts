/** What an import would change for residents: offers added, removed and changed, by name. */
import type { OfferFeature } from '../data/schema';
import { COLUMNS } from '../importer/columns';
import { compareDutch } from '../i18n/dutch-order';

export interface OfferRef {
	id: string;
	name: string;
}

export interface ChangedOffer extends OfferRef {
	/** The spreadsheet columns whose value differs, as the template names them. */
	columns: string[];
}

export interface OfferChanges {
	added: OfferRef[];
	removed: OfferRef[];
	changed: ChangedOffer[];
}

const ref = (f: OfferFeature): OfferRef => ({ id: f.properties.id, name: f.properties.name });
const byName = (a: OfferRef, b: OfferRef) => compareDutch(a.name, b.name);

/** A property's column header; a property the template spreads over several columns gets the first. */
function columnOf(key: string): string {
	return (
		COLUMNS.find((c) => c.field === key || c.field.startsWith(`${key}.`))?.header ??
		(key === 'translations' ? 'vertalingen' : key)
	);
}

function changedColumns(before: OfferFeature, after: OfferFeature): string[] {
	const keys = new Set([...Object.keys(before.properties), ...Object.keys(after.properties)]);
	const columns = new Set<string>();
	const a = before.properties as Record<string, unknown>;
	const b = after.properties as Record<string, unknown>;
	for (const key of keys) {
		if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) columns.add(columnOf(key));
	}
	if (JSON.stringify(before.geometry) !== JSON.stringify(after.geometry)) {
		columns.add(columnOf('lat'));
		columns.add(columnOf('lon'));
	}
	return [...columns];
}

/** Matched by id: the id is what links, lists and saved lijstjes point at. */
export function offerChanges(
	before: readonly OfferFeature[],
	after: readonly OfferFeature[]
): OfferChanges {
	const old = new Map(before.map((f) => [f.properties.id, f]));
	const next = new Map(after.map((f) => [f.properties.id, f]));
	return {
		added: after
			.filter((f) => !old.has(f.properties.id))
			.map(ref)
			.sort(byName),
		removed: before
			.filter((f) => !next.has(f.properties.id))
			.map(ref)
			.sort(byName),
		changed: after
			.filter((f) => old.has(f.properties.id))
			.map((f) => ({ ...ref(f), columns: changedColumns(old.get(f.properties.id)!, f) }))
			.filter((c) => c.columns.length > 0)
			.sort(byName)
	};
}
