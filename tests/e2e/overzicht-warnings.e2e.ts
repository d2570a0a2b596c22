/**
 * /overzicht and `npm run data:check` show one list of warnings: the page's count is the
 * number data:check prints for the same data, and every warning is a line in the table.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness';

const { open } = useBrowser();
const root = fileURLToPath(new URL('../..', import.meta.url));

describe('/overzicht warnings', () => {
	it('counts as many warnings as data:check prints for the example data, and lists each one', async () => {
		const run = spawnSync('npx', ['tsx', 'scripts/data-check.ts', 'data'], {
			cwd: root,
			encoding: 'utf8',
			timeout: 60_000
		});
		const printed = /(\d+) waarschuwingen/.exec(run.stdout);
		expect(printed, run.stdout).not.toBeNull();
		const count = Number(printed![1]);
		expect(count).toBeGreaterThan(0);

		const { page } = await open('/overzicht');
		expect(
			await page.getByRole('heading', { level: 2, name: `Waarschuwingen (${count})` }).count()
		).toBe(1);
		const table = page.getByRole('table', { name: 'Hulp met een waarschuwing' });
		expect(await table.locator('[data-warning]').count()).toBe(count);
	}, 90_000);
});
