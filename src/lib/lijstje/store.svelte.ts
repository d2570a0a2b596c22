import { resolve } from '$app/paths';
import { local } from '$lib/storage';
import { cleanIds, parseStoredIds, STORAGE_KEY, toggleId } from './index';

/**
 * The saved list, shared by every component, kept in localStorage and in step with other tabs.
 * When the browser blocks storage the list lives in memory for as long as the page is open,
 * and `kept` says so, so the page can tell the visitor.
 */
class SavedList {
	ids = $state<string[]>([]);
	kept = $state(true);
	/** The offers of this build; undefined until fetched. A saved id of a removed offer is not counted. */
	#known = $state.raw<ReadonlySet<string>>();
	/** How many saved offers exist; undefined while that is not known yet. */
	count = $derived(
		this.ids.length === 0 ? 0 : this.#known && cleanIds(this.ids, this.#known).length
	);

	/**
	 * Reads the stored list once the page is hydrated (the prerendered HTML shows an empty
	 * list) and follows changes from other tabs. Returns the cleanup.
	 */
	connect(): () => void {
		this.ids = parseStoredIds(local.get(STORAGE_KEY));
		this.kept = local.works();
		if (this.ids.length) void this.#fetchKnown();
		const onStorage = (event: StorageEvent) => {
			if (event.key === STORAGE_KEY || event.key === null)
				this.ids = parseStoredIds(event.newValue);
		};
		window.addEventListener('storage', onStorage);
		return () => window.removeEventListener('storage', onStorage);
	}

	async #fetchKnown(): Promise<void> {
		try {
			const response = await fetch(resolve('/lijstje/ids.json'));
			const ids: unknown = await response.json();
			if (Array.isArray(ids)) this.#known = new Set(ids.filter((id) => typeof id === 'string'));
		} catch {
			// Offline before the first full visit: the count stays unknown rather than wrong.
		}
	}

	has(id: string): boolean {
		return this.ids.includes(id);
	}

	toggle(id: string): void {
		this.#write(toggleId(this.ids, id));
	}

	remove(id: string): void {
		this.#write(this.ids.filter((x) => x !== id));
	}

	clear(): void {
		this.#write([]);
	}

	#write(ids: string[]): void {
		this.ids = ids;
		// Ids are added from the pages of this build, so they exist; the stored ones are checked once.
		if (ids.length && !this.#known) void this.#fetchKnown();
		this.kept = local.set(STORAGE_KEY, ids.length ? JSON.stringify(ids) : null);
	}
}

export const savedList = new SavedList();
