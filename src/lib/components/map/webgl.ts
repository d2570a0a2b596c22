/**
 * Whether this browser can draw a MapLibre map at all. Asked before MapLibre is fetched,
 * so a browser without WebGL (switched off, old kiosk PC) never downloads 400 KB it cannot use.
 */
export function canUseWebGL(): boolean {
	try {
		const canvas = document.createElement('canvas');
		return !!(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
	} catch {
		return false;
	}
}
