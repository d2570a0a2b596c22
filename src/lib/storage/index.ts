/**
 * localStorage and sessionStorage behind one guard. A browser that blocks site data
 * ("block all cookies", Firefox strict mode, Safari for a page in another site's iframe)
 * throws on the mere property access `window.localStorage`, and a full or private store
 * throws on `setItem`. Nothing a visitor keeps here is needed to read a page, so every
 * failure becomes "not kept" and the page goes on.
 *
 * Every use of either store in the site goes through this module (ESLint forbids the
 * globals elsewhere), so one forgotten guard cannot empty a page again.
 */

export interface GuardedStorage {
	/** The stored text, or null when there is none or the store cannot be read. */
	get(key: string): string | null;
	/** Stores the text (null removes it); false when the browser did not keep it. */
	set(key: string, value: string | null): boolean;
	/** The keys in the store; none when it cannot be read. */
	keys(): string[];
	/** Removes every key; false when the store cannot be reached. */
	clear(): boolean;
	/** Whether a write is kept: false when the browser blocks or refuses this store. */
	works(): boolean;
}

const PROBE_KEY = 'mantelzorgkaart:probe';

/** A guard around the store that `open` returns (a function, because opening itself may throw). */
export function guardStorage(open: () => Storage): GuardedStorage {
	const store = (): Storage | undefined => {
		try {
			return open();
		} catch {
			return undefined;
		}
	};
	const attempt = <T>(fallback: T, use: (storage: Storage) => T): T => {
		const storage = store();
		if (!storage) return fallback;
		try {
			return use(storage);
		} catch {
			return fallback;
		}
	};
	return {
		get: (key) => attempt(null, (storage) => storage.getItem(key)),
		set: (key, value) =>
			attempt(false, (storage) => {
				if (value === null) storage.removeItem(key);
				else storage.setItem(key, value);
				return true;
			}),
		keys: () =>
			attempt([], (storage) =>
				Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
					(key): key is string => key !== null
				)
			),
		clear: () =>
			attempt(false, (storage) => {
				storage.clear();
				return true;
			}),
		works: () =>
			attempt(false, (storage) => {
				storage.setItem(PROBE_KEY, '1');
				storage.removeItem(PROBE_KEY);
				return true;
			})
	};
}

/** This browser's localStorage, guarded. Only call its methods in the browser. */
export const local = guardStorage(() => window.localStorage);
/** This tab's sessionStorage, guarded. */
export const session = guardStorage(() => window.sessionStorage);
