import type { TestProject } from 'vitest/node';
import { serveBuild } from '../../scripts/serve.js';

export default async function setup(project: TestProject) {
	const { server, url } = await serveBuild({ dir: 'build' });
	project.provide('baseUrl', url);
	return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}
