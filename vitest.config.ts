import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		// The same strategy as vite.config.ts: the output directory is shared, and a build may reuse it.
		paraglideVitePlugin({ project: './src/lib/i18n/project.inlang', outdir: './src/lib/paraglide', strategy: ['url', 'baseLocale'] }),
		sveltekit()
	],
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/relevance/**/*.test.ts'],
		environment: 'node'
	}
});
