import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

/** /en/resultaten is served by the same route as /resultaten; the language comes from the path. */
export const reroute: Reroute = (request) => deLocalizeUrl(request.url).pathname;
