/**
 * What the beheerder should check: entries nobody verified for 12 months, and entries with
 * warnings. Only validateDataset's problems, nothing of its own: every warning here is one
 * `npm run data:check` prints (data/warnings.ts), so the two show the same list and count. Pure.
 */
import { capitalize } from '../i18n/words';
import type { OfferFeature } from '../data/schema';
import { FILES, type Problem } from '../data/validate';
import type { WarningDetail } from '../data/warnings';
import { compareDutch } from '../i18n/dutch-order';

export interface StaleEntry {
	id: string;
	name: string;
	/** ISO date of the last check. */
	lastVerified: string;
	wijk?: string;
}

/**
 * What is wrong, as data: the page writes it in its own language (see warningText). Only
 * `anders` carries a sentence, the data check's own, which stays Dutch like `npm run data:check`.
 */
export type OfferWarning =
	| WarningDetail
	| { kind: 'buiten-gemeente'; metres: number; gemeente: string }
	| { kind: 'anders'; message: string };

export type WarningKind = OfferWarning['kind'];

export interface WarningEntry {
	id: string;
	name: string;
	wijk?: string;
	warnings: OfferWarning[];
}

function offerProblems(
	problems: readonly Problem[],
	level: Problem['level']
): Map<string, Problem[]> {
	const byOffer = new Map<string, Problem[]>();
	for (const problem of problems) {
		if (problem.level !== level || problem.file !== FILES.aanbod || !problem.feature) continue;
		byOffer.set(problem.feature, [...(byOffer.get(problem.feature) ?? []), problem]);
	}
	return byOffer;
}

const sentence = (text: string) => {
	const trimmed = text.trim().replace(/[.:]$/, '');
	return `${capitalize(trimmed, 'nl')}.`;
};

/** Oldest first: the entry that waited longest comes first. */
export function staleEntries(
	offers: readonly OfferFeature[],
	problems: readonly Problem[]
): StaleEntry[] {
	const stale = offerProblems(problems, 'verouderd');
	return offers
		.filter((f) => stale.has(f.properties.id))
		.map(({ properties: o }) => ({
			id: o.id,
			name: o.name,
			lastVerified: o.lastVerified,
			...(o.wijk && { wijk: o.wijk })
		}))
		.sort((a, b) => a.lastVerified.localeCompare(b.lastVerified) || compareDutch(a.name, b.name));
}

function warningsFor(problems: readonly Problem[]): OfferWarning[] {
	return problems.map((problem): OfferWarning => {
		if (problem.detail) return problem.detail;
		if (problem.outside) return { kind: 'buiten-gemeente', ...problem.outside };
		return {
			kind: 'anders',
			message: sentence(problem.path ? `${problem.path}: ${problem.message}` : problem.message)
		};
	});
}

/** Offers with at least one warning, by name. */
export function warningEntries(
	offers: readonly OfferFeature[],
	problems: readonly Problem[]
): WarningEntry[] {
	const byOffer = offerProblems(problems, 'waarschuwing');
	return offers
		.map((feature) => {
			const { id, name, wijk } = feature.properties;
			return {
				id,
				name,
				...(wijk && { wijk }),
				warnings: warningsFor(byOffer.get(id) ?? [])
			};
		})
		.filter((entry) => entry.warnings.length > 0)
		.sort((a, b) => compareDutch(a.name, b.name));
}
