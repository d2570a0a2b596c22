import { describe, expect, it } from 'vitest';
import { guardStorage } from './index';

/** A Map-backed Storage; `refuseWrites` acts like a full or private-mode store. */
function memoryStorage(refuseWrites = false): Storage {
	const map = new Map<string, string>();
	return {
		get length() {
			return map.size;
		},
		key: (i) => [...map.keys()][i] ?? null,
		getItem: (key) => map.get(key) ?? null,
		setItem: (key, value) => {
			if (refuseWrites) throw new DOMException('quota', 'QuotaExceededError');
			map.set(key, value);
		},
		removeItem: (key) => void map.delete(key),
		clear: () => map.clear()
	};
}

describe('guardStorage', () => {
	it('a blocked store (the property access throws) reads as empty and keeps nothing', () => {
		const blocked = guardStorage(() => {
			throw new DOMException("Failed to read the 'localStorage' property", 'SecurityError');
		});
		expect(blocked.get('a')).toBeNull();
		expect(blocked.set('a', '1')).toBe(false);
		expect(blocked.set('a', null)).toBe(false);
		expect(blocked.keys()).toEqual([]);
		expect(blocked.clear()).toBe(false);
		expect(blocked.works()).toBe(false);
	});

	it('a store that refuses writes says the value was not kept', () => {
		const full = guardStorage(() => memoryStorage(true));
		expect(full.set('a', '1')).toBe(false);
		expect(full.works()).toBe(false);
		expect(full.get('a')).toBeNull();
	});

	it('a working store keeps, lists, removes and clears, and leaves no probe behind', () => {
		const storage = memoryStorage();
		const guarded = guardStorage(() => storage);
		expect(guarded.works()).toBe(true);
		expect(guarded.set('a', '1')).toBe(true);
		expect(guarded.set('b', '2')).toBe(true);
		expect(guarded.get('a')).toBe('1');
		expect(guarded.keys()).toEqual(['a', 'b']);
		expect(guarded.set('a', null)).toBe(true);
		expect(guarded.keys()).toEqual(['b']);
		expect(guarded.clear()).toBe(true);
		expect(storage.length).toBe(0);
	});
});
