import { existsSync, readdirSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveBuild } from '../../scripts/serve.js';

/** Serves the example build and every fixture site built by `npm run build:fixtures`. */
export default async function setup(project: TestProject) {
	const { server, url } = await serveBuild({ dir: 'build' });
	project.provide('baseUrl', url);
	const servers = [server];
	const siteUrls: Record<string, string> = {};
	const names = existsSync('build-fixtures') ? readdirSync('build-fixtures') : [];
	for (const name of names) {
		const site = await serveBuild({ dir: `build-fixtures/${name}` });
		servers.push(site.server);
		siteUrls[name] = site.url;
	}
	project.provide('siteUrls', siteUrls);
	return () =>
		Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve())))).then(
			() => undefined
		);
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		/** Fixture site name (folder under tests/fixtures/sites) → its served build. */
		siteUrls: Record<string, string>;
	}
}
