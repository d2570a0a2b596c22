import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

// No Paraglide plugin here: `npm run test:unit` compiles the messages first, and the
// plugin's file watcher kept every run open ten seconds after the tests.
export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: [
			'src/**/*.test.ts',
			'tests/unit/**/*.test.ts',
			'tests/cli/**/*.test.ts',
			'tests/relevance/**/*.test.ts'
		],
		environment: 'node'
	}
});
