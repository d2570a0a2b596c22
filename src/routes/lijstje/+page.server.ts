import { loadCatalog } from '$lib/server/catalog';

export function load() {
	const { listings } = loadCatalog();
	return { listings };
}
