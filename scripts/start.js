/** npm start: builds when the sources are newer than the build, then serves it on 127.0.0.1. */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serveBuild } from './serve.js';

function newestChange(path) {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return readdirSync(path).reduce(
		(newest, name) => Math.max(newest, newestChange(join(path, name))),
		stat.mtimeMs
	);
}

const sources = [
	'src',
	'static',
	'data',
	'svelte.config.js',
	'vite.config.ts',
	'package-lock.json'
].filter(existsSync);
const builtAt = existsSync('build/index.html') ? statSync('build/index.html').mtimeMs : 0;
if (sources.some((path) => newestChange(path) > builtAt)) {
	console.log('De site wordt gebouwd…');
	execSync('npm run build', { stdio: 'inherit' });
}

const port = Number(process.env.PORT ?? 4173);
const { url } = await serveBuild({ port });
console.log(`\nMantelzorgkaart draait op ${url}\nStop met Ctrl+C.`);
