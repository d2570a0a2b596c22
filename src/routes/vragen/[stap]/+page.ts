import { error } from '@sveltejs/kit';
import { STEPS, stepIndex } from '$lib/answers';

export function entries() {
	return STEPS.map((step) => ({ stap: step.slug }));
}

export function load({ params }) {
	const index = stepIndex(params.stap);
	if (index < 0) error(404, 'Deze vraag bestaat niet.');
	return { index };
}
