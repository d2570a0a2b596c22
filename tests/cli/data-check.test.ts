/** End-to-end check of `npm run data:check`: the real CLI on fixture directories. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function dataCheck(dir: string) {
	const run = spawnSync('npx', ['tsx', 'scripts/data-check.ts', dir], {
		cwd: root,
		encoding: 'utf8',
		timeout: 60_000
	});
	return {
		status: run.status,
		lines: run.stdout.split('\n'),
		stdout: run.stdout,
		stderr: run.stderr
	};
}

const SLOW = 60_000;

describe('data:check', () => {
	let kapot: ReturnType<typeof dataCheck>;
	beforeAll(() => {
		kapot = dataCheck('tests/fixtures/kapot');
	}, SLOW);

	it('exits 1 when the data has errors', () => {
		expect(kapot.status, kapot.stderr).toBe(1);
	});

	it('prints one line per problem naming the file, the offer id and the field', () => {
		expect(kapot.lines).toContainEqual(
			expect.stringMatching(
				/^FOUT .*tests\/fixtures\/kapot\/aanbod\.geojson · aanbod "alzheimercafe-kleindorp" · properties\.phones\[0\]\.number: is geen Nederlands telefoonnummer/
			)
		);
		expect(kapot.lines).toContainEqual(
			expect.stringMatching(
				/^FOUT .* · aanbod "dagopvang-kleindorp" · properties\.schedules\[0\]\.closes_at: sluit \(09:00\) voordat het opent \(17:00\)$/
			)
		);
		expect(kapot.lines).toContainEqual(
			expect.stringMatching(/^FOUT .* · aanbod "#8" · properties\.id: ontbreekt$/)
		);
		expect(kapot.lines).toContainEqual(
			expect.stringMatching(
				/^FOUT .*kapot\/site\.json · steunpunt: "steunpunt-bestaat-niet" is geen aanbod/
			)
		);
	});

	it('lists errors before warnings and ends with a count', () => {
		const warning = kapot.lines.findIndex((line) => line.startsWith('WAARSCHUWING'));
		expect(kapot.lines[warning]).toMatch(
			/aanbod "buiten-de-gemeente" · geometry\.coordinates: ligt 2,3 km buiten de gemeente Kleindorp$/
		);
		expect(kapot.lines.slice(warning).some((line) => line.startsWith('FOUT'))).toBe(false);
		// The offer outside the gemeente has only a website: both warnings, counted like /overzicht does.
		expect(kapot.stdout).toMatch(/\n9 fouten, 2 waarschuwingen, 0 verouderd\n/);
	});

	it(
		'exits 0 for the klein fixture, which has no problems',
		() => {
			const klein = dataCheck('tests/fixtures/klein');
			expect(klein.status, klein.stdout + klein.stderr).toBe(0);
			expect(klein.stdout).toMatch(
				/0 fouten, 0 waarschuwingen, 0 verouderd · 6 aanbod goedgekeurd/
			);
		},
		SLOW
	);

	it(
		'exits 0 for the example data in data/: stale entries are reported, not fatal',
		() => {
			const example = dataCheck('data');
			expect(example.status, example.stdout + example.stderr).toBe(0);
			expect(example.stdout).toMatch(
				/^0 fouten, 1 waarschuwingen, \d+ verouderd · \d+ aanbod goedgekeurd$/m
			);
		},
		SLOW
	);

	it(
		'exits 1 with a Dutch message when the directory has no data files',
		() => {
			const missing = dataCheck('tests/fixtures/bestaat-niet');
			expect(missing.status).toBe(1);
			expect(missing.lines).toContainEqual(
				expect.stringMatching(
					/^FOUT .*aanbod\.geojson: het bestand ontbreekt of kan niet gelezen worden$/
				)
			);
		},
		SLOW
	);
});
