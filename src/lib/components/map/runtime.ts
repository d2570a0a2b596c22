/**
 * Everything MapLibre needs in the browser, in one module that is only ever imported
 * dynamically: a page without a map never loads this code, its stylesheet or its worker.
 */
import * as maplibre from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
// The worker comes from our own build, never from a CDN (no request to another host).
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

maplibre.setWorkerUrl(workerUrl);

export { maplibre };
export type Maplibre = typeof maplibre;

/**
 * Starts MapLibre's workers before the first map exists (on intent: the pointer on or focus
 * in the map controls), so the first zoom does not wait for them.
 */
export function warmUp(): void {
	maplibre.prewarm();
}
