import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './src/lib/i18n/project.inlang',
			outdir: './src/lib/paraglide',
			// The language is in the path only: no cookie, nothing stored (privacy).
			strategy: ['url', 'baseLocale']
		}),
		sveltekit()
	],
	server: { host: '127.0.0.1' },
	preview: { host: '127.0.0.1' }
});
