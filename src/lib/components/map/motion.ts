/** WCAG 2.3.3: with prefers-reduced-motion the map jumps instead of flying. */
export function prefersReducedMotion(): boolean {
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
