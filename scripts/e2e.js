/** npm run test:e2e: the end-to-end tests in headless Chromium against the built site. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChrome } from './find-chrome.js';
import { findNginx } from './find-nginx.js';

if (!existsSync('build/index.html')) {
	console.error('Er is nog geen build. Voer eerst npm run build uit.');
	process.exit(1);
}
let chrome;
let nginx;
try {
	chrome = findChrome();
	nginx = findNginx();
} catch (error) {
	console.error(error.message);
	process.exit(1);
}
const result = spawnSync(
	'npx',
	['vitest', 'run', '--config', 'tests/e2e/vitest.config.ts', ...process.argv.slice(2)],
	{
		stdio: 'inherit',
		env: { ...process.env, CHROME_PATH: chrome, NGINX_PATH: nginx }
	}
);
process.exit(result.status ?? 1);
