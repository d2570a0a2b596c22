import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ strict: true }),
		prerender: {
			// A broken internal link must fail the build, never reach a visitor.
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
