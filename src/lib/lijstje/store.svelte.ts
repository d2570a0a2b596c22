import { parseStoredIds, STORAGE_KEY, toggleId } from './index';

/** The saved list, shared by every component, kept in localStorage and in step with other tabs. */
class SavedList {
	ids = $state<string[]>([]);

	/**
	 * Reads the stored list once the page is hydrated (the prerendered HTML shows an empty
	 * list) and follows changes from other tabs. Returns the cleanup.
	 */
	connect(): () => void {
		this.ids = parseStoredIds(localStorage.getItem(STORAGE_KEY));
		const onStorage = (event: StorageEvent) => {
			if (event.key === STORAGE_KEY || event.key === null)
				this.ids = parseStoredIds(event.newValue);
		};
		window.addEventListener('storage', onStorage);
		return () => window.removeEventListener('storage', onStorage);
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
		if (ids.length) localStorage.setItem(STORAGE_KEY, JSON.stringify(ids));
		else localStorage.removeItem(STORAGE_KEY);
	}
}

export const savedList = new SavedList();
