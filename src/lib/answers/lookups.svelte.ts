/**
 * Two answers need a file before they mean anything: the postcode (the postcode table)
 * and the search words (the search index). Both are fetched only when the URL holds one,
 * and an answer that arrives late for a query the visitor already left is dropped.
 * Create it while a component initialises: its effects live as long as the component.
 */
import type { Position } from '../data';
import { m } from '../i18n';
import { isWithin, type PostcodeOutcome } from '../location';
import { myLocation } from '../location/here.svelte';
import type { Match } from '../match';
import { loadSearch, narrowBySearch, type SearchResult } from '../search';
import type { Answers } from './index';

export class AnswerLookups {
	#postcode = $state<{ pc: string; outcome: PostcodeOutcome }>();
	#search = $state<{ q: string; result?: SearchResult; error?: string }>();
	#answers: () => Answers;

	constructor(answers: () => Answers, gemeente: () => string) {
		this.#answers = answers;
		$effect(() => {
			const pc = answers().pc;
			if (!pc) return;
			return latest(
				// The lookup code loads only for a postcode in the URL, not with every results page.
				import('../location/on-demand')
					.then(async ({ findPostcode, loadPostcodeTable }) =>
						findPostcode(pc, await loadPostcodeTable(), { gemeente: gemeente(), fetch })
					)
					.catch((): PostcodeOutcome => ({
						status: 'offline',
						message: m.location_lookup_later()
					})),
				(outcome) => (this.#postcode = { pc, outcome })
			);
		});
		$effect(() => {
			const q = answers().q;
			if (!q) return;
			return latest(
				loadSearch()
					.then((engine) => ({ q, result: engine.search(q) }))
					.catch(() => ({ q, error: m.search_unavailable() })),
				(outcome) => (this.#search = outcome)
			);
		});
	}

	/** The lookup of the postcode in the URL, once it is done. */
	get postcodeOutcome(): PostcodeOutcome | undefined {
		const pc = this.#answers().pc;
		return pc && this.#postcode?.pc === pc ? this.#postcode.outcome : undefined;
	}

	get postcodePlace() {
		const outcome = this.postcodeOutcome;
		return outcome?.status === 'gevonden' ? outcome.place : undefined;
	}

	/** Where distances are measured from: the device's position (memory only), else the postcode. */
	get location(): Position | undefined {
		return myLocation.position ?? this.postcodePlace?.position;
	}

	/** The search for the words in the URL, once it is done. */
	get search() {
		const q = this.#answers().q;
		return q && this.#search?.q === q ? this.#search : undefined;
	}

	get searching(): boolean {
		return !!this.#answers().q && !this.search;
	}

	/** "uw locatie" or "postcode 9992 BA (De Haven)": where distances are measured from, in words. */
	locationLabel(areaName: ReadonlyMap<string, string>): string | undefined {
		if (myLocation.position) return m.results_your_location();
		const place = this.postcodePlace;
		if (!place) return undefined;
		const area = place.wijk && areaName.get(place.wijk);
		return m.results_postcode({ postcode: place.postcode.label }) + (area ? ` (${area})` : '');
	}

	/** The matches within the chosen distance and, when there are search words, those that match them. */
	narrow(list: Match[]): Match[] {
		const km = this.#answers().km;
		const location = this.location;
		const near = km && location ? list.filter((m) => isWithin(m.listing, m.distance, km)) : list;
		const result = this.search?.result;
		return result ? narrowBySearch(near, result.hits) : near;
	}
}

/** Hands the outcome on unless the effect was cleaned up first; returns that cleanup. */
function latest<T>(promise: Promise<T>, use: (value: T) => void): () => void {
	let current = true;
	promise.then((value) => {
		if (current) use(value);
	});
	return () => (current = false);
}
