import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** Hosts the browser may talk to: only those the beheerder switched on in site.json. */
function optionalHosts() {
	const site = JSON.parse(readFileSync(join(process.env.DATA_DIR ?? 'data', 'site.json'), 'utf8'));
	const hosts = [];
	if (site.basemap?.styleUrl) hosts.push(new URL(site.basemap.styleUrl).origin);
	if (site.geocoder?.pdok) hosts.push('https://api.pdok.nl');
	return hosts;
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// BUILD_DIR: the fixture sites of the end-to-end tests build beside the example (scripts/build-fixtures.js).
		adapter: adapter({
			strict: true,
			pages: process.env.BUILD_DIR ?? 'build',
			assets: process.env.BUILD_DIR ?? 'build',
			// .gz and .br beside each file, for nginx's gzip_static (see the README).
			precompress: true
		}),
		prerender: {
			// A broken internal link must fail the build, never reach a visitor.
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// Data decides whether these exist: a gemeente with only its outline has no wijk pages,
			// a data set without dated groups no calendar files, one without a basemap no /basemap/. Any other unseen route fails.
			handleUnseenRoutes: ({ routes }) => {
				const optional = ['/wijk/[code]', '/aanbod/[id]/agenda.ics', '/basemap/[...path]'];
				const missing = routes.filter((route) => !optional.includes(route));
				if (missing.length)
					throw new Error(`Niet gebouwd, want nergens gelinkt: ${missing.join(', ')}`);
			},
			// Each language has its own start page; the crawler follows its links from there.
			// The embed and the offline page (the service worker's answer for a page not kept offline)
			// have no links to their other languages, so those are named here.
			entries: [
				'*',
				'/en',
				'/tr',
				'/ar',
				...['/insluiten', '/offline'].flatMap((path) => [
					path,
					...['en', 'tr', 'ar'].map((l) => `/${l}${path}`)
				])
			]
		},
		// Root-relative asset paths: the service worker answers any unknown address offline with the
		// offline page (/en/aanbod/x gets /en/offline), whose scripts must load from any depth.
		paths: { relative: false },
		// A page's own CSS (under 10 KB per file: all but MapLibre's) goes into its HTML, so the
		// first paint needs one request. Measured in bench/README.md ("inlineStyleThreshold").
		inlineStyleThreshold: 10 * 1024,
		// Registered by $lib/components/offline/register.ts: not inside an embed, and a new version waits for a full load.
		serviceWorker: { register: false },
		// Hash mode: prerendered pages get the policy as a meta tag with hashes of Kit's own inline script.
		// frame-ancestors cannot be set from a meta tag; the hosting sends it (see static/_headers).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte and maplibre set style attributes; styles cannot run code.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self', ...optionalHosts()],
				// maplibre's worker comes from the build; blob: for its fallback.
				'worker-src': ['self', 'blob:'],
				'child-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'manifest-src': ['self']
			}
		}
	}
};

export default config;
