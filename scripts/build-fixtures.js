/**
 * npm run build:fixtures: builds the site once for every data folder under
 * tests/fixtures/sites/ into build-fixtures/<name>/, so end-to-end tests can check what a
 * real gemeente's or region's data does to the pages. The example gemeente stays in build/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = 'tests/fixtures/sites';
const names = existsSync(root)
	? readdirSync(root, { withFileTypes: true })
			.filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'site.json')))
			.map((entry) => entry.name)
	: [];
const only = process.argv.slice(2);

for (const name of names.filter((name) => only.length === 0 || only.includes(name))) {
	console.log(`Bouwen met ${join(root, name)} → build-fixtures/${name}`);
	const env = {
		...process.env,
		DATA_DIR: join(root, name),
		BUILD_DIR: join('build-fixtures', name)
	};
	const result = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', env });
	if (result.status !== 0) process.exit(result.status ?? 1);
}
