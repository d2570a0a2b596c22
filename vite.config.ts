import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { messagesPerLocale } from './scripts/messages-per-locale.ts';

/** src/lib TypeScript and JavaScript modules (not .svelte files, not CSS). */
const PURE_SOURCE = /\/src\/lib\/.*\.(ts|js)$/;

const I18N = { project: './src/lib/i18n/project.inlang', outdir: './src/lib/paraglide' };

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			...I18N,
			// The language is in the path only: no cookie, nothing stored (privacy).
			strategy: ['url', 'baseLocale']
		}),
		messagesPerLocale(I18N),
		sveltekit()
	],
	build: {
		rolldownOptions: {
			treeshake: {
				// Our own TypeScript (and the compiled messages) does nothing on import. Saying so
				// lets the bundler drop modules a page reaches only through a barrel it does not use
				// (e.g. $lib/location's PDOK code behind $lib/answers on the start page), so they
				// stop landing in the chunks every page loads.
				moduleSideEffects: (id) => (PURE_SOURCE.test(id) ? false : undefined)
			}
		}
	},
	server: { host: '127.0.0.1' },
	preview: { host: '127.0.0.1' }
});
