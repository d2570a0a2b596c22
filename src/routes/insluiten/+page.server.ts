import { loadCatalog } from '$lib/server/catalog';

export function load() {
	return loadCatalog();
}
