/**
 * /beheer: a spreadsheet checked in the browser says what data:import and data:check say
 * about it (both really run here, on the same file and the same data folder), and gives
 * back the same aanbod.geojson. Nothing is requested after the file is chosen.
 * Site: tests/fixtures/sites/beheer (the realistic fixture's gebieden and site.json; today's
 * offers are the fixture's with one removed, one added and one cost changed).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, hydrated, useBrowser } from './harness';

const { open } = useBrowser();
const site = 'beheer';
const XLSX = resolve('tests/fixtures/echt-import/aanbod.xlsx');
const BROKEN_CSV = resolve('tests/fixtures/import/messy.csv');

interface Commands {
	dir: string;
	importLines: string[];
	checkLines: string[];
	written: string;
}

function tsx(args: string[], env: Record<string, string> = {}): string {
	const run = spawnSync('npx', ['tsx', ...args], {
		encoding: 'utf8',
		env: { ...process.env, ...env },
		timeout: 120_000
	});
	return run.stdout;
}

/** The real commands on a copy of the site's data folder: data:import (with --force, so the good rows are written) and data:check. */
function commands(file: string): Commands {
	const dir = mkdtempSync(join(tmpdir(), 'mzk-beheer-e2e-'));
	for (const name of ['site.json', 'gebieden.geojson'])
		copyFileSync(join('tests/fixtures/sites', site, name), join(dir, name));
	const out = join(dir, 'aanbod.geojson');
	const imported = tsx(['scripts/data-import.ts', file, '--force', '--out', out], {
		DATA_DIR: dir
	});
	const checked = tsx(['scripts/data-check.ts', dir]);
	return {
		dir,
		// The last line says where the file went; the page writes no file.
		importLines: imported.trimEnd().split('\n').slice(0, -1),
		// The page names the folder "data", as data:check does by default.
		checkLines: checked
			.trimEnd()
			.split('\n')
			.map((line) => line.replaceAll(`${dir}/`, 'data/')),
		written: readFileSync(out, 'utf8')
	};
}

/** Chooses a file with the keyboard's route: focus loads the checker, then the file is set. */
async function choose(page: Page, file: string) {
	await hydrated(page);
	await page.keyboard.press('Tab');
	for (
		let i = 0;
		i < 40 && !(await page.locator('#spreadsheet').evaluate((e) => e === document.activeElement));
		i++
	)
		await page.keyboard.press('Tab');
	await page.locator('[data-checker="ready"]').waitFor();
	await page.locator('#spreadsheet').setInputFiles(file);
	await page.locator('[data-section="summary"]').waitFor();
}

/** The indented lines under a heading of data:import's output ("Fouten:"). */
function section(lines: readonly string[], title: string): string[] {
	const out: string[] = [];
	for (const line of lines.slice(lines.indexOf(title) + 1)) {
		if (!line.startsWith('  ')) break;
		out.push(line.trim());
	}
	return out;
}

const text = (page: Page, selector: string) =>
	page.locator(selector).evaluateAll((nodes) => nodes.map((n) => n.textContent?.trim() ?? ''));

let xlsx: Commands;
let csv: Commands;
beforeAll(() => {
	xlsx = commands(XLSX);
	csv = commands(BROKEN_CSV);
}, 300_000);

describe('/beheer checks a spreadsheet in the browser', () => {
	it('the realistic .xlsx: the counts and messages of data:import and data:check, and the same aanbod.geojson', async () => {
		const { page, requests } = await open('/beheer', { site });
		await hydrated(page);
		const before = requests.length;
		await choose(page, XLSX);
		const afterChoosing = requests.length;

		expect(await page.locator('pre[data-output="import"]').textContent()).toBe(
			xlsx.importLines.join('\n')
		);
		expect(await page.locator('pre[data-output="check"]').textContent()).toBe(
			xlsx.checkLines.join('\n')
		);
		const good = /^(\d+) rijen goed, (\d+) rijen met fouten/m.exec(xlsx.importLines.join('\n'))!;
		expect(await page.locator('[data-count="good"]').textContent()).toBe(good[1]);
		expect(await page.locator('[data-count="failed"]').textContent()).toBe(good[2]);
		// Every warning data:check prints is on the page, by its message.
		const checkWarnings = xlsx.checkLines
			.filter((line) => /^(WAARSCHUWING|VEROUDERD) /.test(line))
			.map((line) => line.slice(line.indexOf(': ') + 2));
		const shown = await text(page, '[data-section="warnings"] [data-message]');
		for (const message of checkWarnings) expect(shown).toContain(message);
		expect(await page.locator('[data-count="warnings"]').textContent()).toBe(String(shown.length));
		expect(await page.locator('table.errors').count()).toBe(0);

		// What changes against today's site, by name.
		expect(await text(page, '[data-changes="added"] li')).toEqual(['Respijthuis Het Anker']);
		expect(await text(page, '[data-changes="removed"] li')).toEqual([
			'Mantelzorgcafé De Oude School'
		]);
		expect((await text(page, '[data-changes="changed"] li')).join('\n')).toMatch(
			/Dagbesteding De Linde \(.*kosten/
		);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('[data-download="geojson"]').click()
		]);
		expect(download.suggestedFilename()).toBe('aanbod.geojson');
		expect(readFileSync((await download.path())!, 'utf8')).toBe(xlsx.written);

		// The checker loaded once the file input had focus, before any file; nothing after.
		expect(afterChoosing).toBeGreaterThan(before);
		expect(requests.slice(before).every((url) => url.endsWith('.js'))).toBe(true);
		expect(requests.length, requests.slice(afterChoosing).join('\n')).toBe(afterChoosing);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('a broken CSV: the error table says what data:import says, sorts and filters, and gives no aanbod.geojson', async () => {
		const { page, requests } = await open('/beheer', { site });
		await choose(page, BROKEN_CSV);
		const count = requests.length;
		expect(await page.locator('pre[data-output="import"]').textContent()).toBe(
			csv.importLines.join('\n')
		);
		expect(await page.locator('pre[data-output="check"]').textContent()).toBe(
			csv.checkLines.join('\n')
		);
		const failed = /(\d+) rijen met fouten/.exec(csv.importLines.join('\n'))![1];
		expect(await page.locator('[data-count="failed"]').textContent()).toBe(failed);

		// The table, read back the way data:import prints each error.
		const printed = section(csv.importLines, 'Fouten:');
		expect(printed.length).toBeGreaterThan(2);
		const rows = await page.locator('table.errors tbody tr').evaluateAll((trs) =>
			trs.map((tr) => {
				const [row, column, , message] = [...tr.children].map((c) => c.textContent?.trim() ?? '');
				const where = [/^\d+$/.test(row!) ? `Rij ${row}` : '', column ? `kolom "${column}"` : '']
					.filter(Boolean)
					.join(', ');
				return where ? `${where}: ${message}` : message!;
			})
		);
		expect(rows).toEqual(printed);
		expect(await page.locator('table.errors caption').textContent()).toBe(
			'Fouten per rij en kolom'
		);
		expect(
			await page.locator('table.errors tr:has(td:text-is("Telefoon")) .value').first().textContent()
		).toBe('12345');

		// Sorted by column, then filtered to one value.
		await page.locator('table.errors th button', { hasText: 'Kolom' }).click();
		expect(await page.locator('table.errors th[aria-sort="ascending"]').textContent()).toContain(
			'Kolom'
		);
		const columns = await text(page, 'table.errors tbody tr td:nth-child(2)');
		expect(columns).toEqual([...columns].sort((a, b) => a.localeCompare(b, 'nl')));
		await page.locator('#filter').fill('12345');
		await expect.poll(() => page.locator('table.errors tbody tr').count()).toBe(1);

		expect(await page.locator('[data-download="geojson"]').count()).toBe(0);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('[data-download="errors"]').click()
		]);
		const list = readFileSync((await download.path())!, 'utf8');
		expect(list.startsWith('\uFEFFrij;kolom;waarde;wat is er mis;melding')).toBe(true);
		// Every error: data:import's by row, then data:check's as data:check prints them.
		const checkErrors = csv.checkLines.filter((line) => line.startsWith('FOUT '));
		expect(checkErrors.length).toBeGreaterThan(0);
		expect(list.split('\r\n').filter(Boolean)).toHaveLength(
			printed.length + checkErrors.length + 1
		);
		for (const line of checkErrors) expect(list).toContain(line.replaceAll('"', '""'));
		expect(requests.length).toBe(count);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('the preview shows a row as its card and its page, an unknown cost as unknown', async () => {
		const { page } = await open('/beheer', { site });
		await choose(page, XLSX);
		const preview = page.locator('[data-section="preview"]');
		await preview
			.locator('select')
			.selectOption({ label: 'Rij 8: Lotgenotengroep psychische problemen' });
		const card = preview.locator('[data-preview="card"]');
		await expect
			.poll(() => card.locator('h3').textContent())
			.toContain('Lotgenotengroep psychische problemen');
		expect(await card.locator('[data-unknown="cost"]').textContent()).toBe('Niet bekend');
		expect(
			await preview.locator('[data-preview="page"] [data-unknown="cost"]').innerText()
		).toMatch(/^Niet bekend\. Vraag het na bij /);
		await preview.locator('select').selectOption({ label: 'Rij 2: Wmo-loket Voorbeeldstad' });
		await expect.poll(() => card.locator('[data-unknown="cost"]').count()).toBe(0);
		expect(await card.innerText()).toContain('Gratis');
	});

	it('works offline once loaded: the checker comes from the service worker', async () => {
		const { page, context } = await open('/beheer', { site, serviceWorkers: 'allow' });
		await hydrated(page);
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
			timeout: 30_000
		});
		await context.setOffline(true);
		const response = await page.reload();
		expect(response?.fromServiceWorker()).toBe(true);
		await choose(page, XLSX);
		const good = /^(\d+) rijen goed/m.exec(xlsx.importLines.join('\n'))![1];
		expect(await page.locator('[data-count="good"]').textContent()).toBe(good);
		expect(await page.locator('[data-download="geojson"]').count()).toBe(1);
	});

	it('in English: the page, its error table and the preview pass axe', async () => {
		const { page } = await open('/en/beheer', { site });
		await choose(page, BROKEN_CSV);
		expect(await text(page, 'h1')).toEqual(['Check a spreadsheet']);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('/overzicht links to it, and the checker loads only on /beheer, when choosing starts', async () => {
		const { page, requests } = await open('/overzicht', { site });
		await hydrated(page);
		const elsewhere = new Set(requests);
		await page.locator('a[href="/beheer"]').click();
		await page.locator('h1', { hasText: 'Spreadsheet nakijken' }).waitFor();
		const before = requests.length;
		await page.locator('#spreadsheet').focus();
		await page.locator('[data-checker="ready"]').waitFor();
		const checker = requests.slice(before);
		expect(checker.length).toBeGreaterThan(0);
		expect(checker.filter((url) => elsewhere.has(url))).toEqual([]);
		expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
	});
});
