/**
 * /overzicht and the open-data downloads end to end: the beheerder sees which wijk lacks
 * which help, can download the table for Excel, finds the stale entries, and the GeoJSON
 * and HSDS files a reader downloads from /over hold every offer.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { effectiveNeeds, isStale, KIND_BY_ID } from '../../src/lib/data';
import { AANDACHTSPUNTEN, NEEDS } from '../../src/lib/data/taxonomy';
import { axeViolations, hydrated, useBrowser } from './harness';
import { dataset, offers, wijkByName, wijken } from './example-data';
import { dutchInterfaceText } from './dutch-text';

const { open } = useBrowser();

// SwiftShader is slow: the first idle can take a while on two cores.

/** The cell of a table at the row with header `row` and the column with header `column`. */
async function cellAt(page: Page, table: string, row: string, column: string) {
	const grid = page.getByRole('table', { name: table });
	const headers = (await grid.locator('thead th').allTextContents()).map((text) => text.trim());
	const index = headers.indexOf(column);
	expect(index, `column "${column}" in ${headers.join(', ')}`).toBeGreaterThan(0);
	const line = grid
		.locator('tbody tr')
		.filter({ has: page.getByRole('rowheader', { name: row, exact: true }) });
	expect(await line.count()).toBe(1);
	return line.locator('th, td').nth(index);
}

/** Fetches a link's target the way the browser would, from the page that shows the link. */
async function download(page: Page, name: string | RegExp) {
	const link = page.getByRole('link', { name, exact: typeof name === 'string' });
	expect(await link.getAttribute('download')).not.toBeNull();
	const response = await page.request.get(
		new URL((await link.getAttribute('href'))!, page.url()).href
	);
	expect(response.status()).toBe(200);
	return response;
}

describe('/overzicht', () => {
	it('shows Noorderhoek × Respijtzorg as a gap: nothing in the wijk, only gemeente-wide help', async () => {
		const { page } = await open('/overzicht');
		const noorderhoek = wijkByName('Noorderhoek').code;
		const gemeentebreed = dataset.offers.filter(
			({ properties: o, geometry }) =>
				effectiveNeeds(o).includes('respijtzorg') &&
				o.wijk !== noorderhoek &&
				(!o.wijk || !geometry || o.serviceArea === 'gemeente')
		).length;
		expect(
			dataset.offers.some(
				(f) =>
					f.properties.wijk === noorderhoek && effectiveNeeds(f.properties).includes('respijtzorg')
			)
		).toBe(false);

		const cell = await cellAt(page, 'Hulp per wijk en hulpvraag', 'Noorderhoek', 'Respijtzorg');
		expect(await cell.getAttribute('data-status')).toBe('alleen-gemeentebreed');
		expect((await cell.textContent())!.replace(/\s+/g, ' ').trim()).toBe(
			`${gemeentebreed} niet in de wijk`
		);
		expect(await cell.locator('.mark').isVisible()).toBe(true);
		expect(await page.locator('.gap-list li', { hasText: 'Noorderhoek' }).textContent()).toMatch(
			/Niets in de wijk zelf voor .*respijtzorg/
		);

		// A covered cell says how much of it is in the wijk itself.
		const covered = await cellAt(
			page,
			'Hulp per wijk en hulpvraag',
			'Noorderhoek',
			'Emotionele steun'
		);
		expect(await covered.getAttribute('data-status')).toBe('ok');
		expect(await covered.textContent()).toMatch(/\(\d+ in de wijk\)/);

		const verlichten = await cellAt(
			page,
			'Hulp per wijk en aandachtspunt',
			'Noorderhoek',
			'Verlichten'
		);
		expect(await verlichten.textContent()).toMatch(/Niet in de wijk: .*respijtzorg/);
	});

	it('without JavaScript every table names its columns: each hulpvraag and each aandachtspunt', async () => {
		const { page } = await open('/overzicht', { javaScriptEnabled: false });
		const headers = (table: string) =>
			page
				.getByRole('table', { name: table })
				.locator('thead th')
				.evaluateAll((cells) => cells.map((cell) => cell.textContent!.trim()));
		expect(await headers('Hulp per wijk en hulpvraag')).toEqual([
			'Wijk',
			...NEEDS.map((need) => need.label)
		]);
		expect(await headers('Hulp per wijk en aandachtspunt')).toEqual([
			'Wijk',
			...AANDACHTSPUNTEN.map((punt) => punt.label)
		]);
	});

	it('offers the table as a CSV for Excel: byte order mark, semicolons, a header row and one line per wijk', async () => {
		const { page } = await open('/overzicht');
		const response = await download(page, 'Download de tabel (CSV voor Excel)');
		const bytes = await response.body();
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = bytes
			.toString('utf8')
			.replace(/^\uFEFF/, '')
			.trimEnd()
			.split('\r\n');
		expect(lines[0]!.split(';').slice(0, 4)).toEqual([
			'Wijk',
			'Wijkcode',
			'Informatie en advies: totaal',
			'Informatie en advies: in de wijk'
		]);
		expect(lines).toHaveLength(wijken.length + 1);
		const names = lines.slice(1).map((line) => line.split(';')[0]);
		expect(names.toSorted()).toEqual(wijken.map((w) => w.name).toSorted());
		const noorderhoek = lines.find((line) => line.startsWith('Noorderhoek;'))!;
		expect(noorderhoek.split(';').at(-2)).toContain('Respijtzorg');
	});

	it('lists every stale example entry with its date, and the groups without meeting times', async () => {
		const { page } = await open('/overzicht');
		const stale = offers.filter((o) => isStale(o.lastVerified)).map((o) => o.id);
		expect(stale.length).toBeGreaterThan(0);
		const staleTable = page.getByRole('table', {
			name: 'Hulp die langer dan 12 maanden niet is gecontroleerd'
		});
		const hrefs = await staleTable
			.locator('tbody a')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(hrefs.toSorted()).toEqual(stale.map((id) => `/aanbod/${id}`).toSorted());
		const first = offers.find((o) => o.id === stale[0])!;
		expect(
			await staleTable
				.locator('time', { hasText: /20\d\d/ })
				.first()
				.isVisible()
		).toBe(true);
		expect(await staleTable.locator(`time[datetime="${first.lastVerified}"]`).count()).toBe(1);
		expect(
			await page
				.getByRole('heading', {
					name: `Niet gecontroleerd in de laatste 12 maanden (${stale.length})`
				})
				.count()
		).toBe(1);

		const withoutTimes = offers
			.filter((o) => KIND_BY_ID[o.kind].meets && !o.schedules?.length)
			.map((o) => o.id);
		const warnings = page.getByRole('table', { name: 'Hulp met een waarschuwing' });
		for (const id of withoutTimes) {
			const row = warnings.locator('tr', { has: page.locator(`a[href="/aanbod/${id}"]`) });
			expect(await row.locator('[data-warning="geen-tijden"]').count(), id).toBe(1);
		}
	});

	it('shades every wijk on the plattegrond, and axe finds no violations', async () => {
		const { page } = await open('/overzicht');
		await hydrated(page);
		expect(await page.locator('[data-plattegrond] .shade').count()).toBe(wijken.length);
		expect(await axeViolations(page)).toEqual([]);
	});
});

describe('/overzicht in other languages', () => {
	it('/en/overzicht shows its headings, tables, gaps and warnings in English', async () => {
		const { page } = await open('/en/overzicht');
		// After hydration: the browser must keep the language of the path, not only the prerendered HTML.
		await hydrated(page);
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		expect(await page.locator('h1').textContent()).toBe('Overview for the administrator');
		const stale = offers.filter((o) => isStale(o.lastVerified));
		const withoutTimes = offers.filter((o) => KIND_BY_ID[o.kind].meets && !o.schedules?.length);
		expect(withoutTimes.length).toBeGreaterThan(0);
		for (const name of [
			'Help per neighbourhood and need',
			'What is missing per neighbourhood',
			'Per focus area',
			`Not checked in the last 12 months (${stale.length})`
		]) {
			expect(await page.getByRole('heading', { name, exact: true }).count(), name).toBe(1);
		}
		expect(await page.getByRole('heading', { name: /^Warnings \(\d+\)$/ }).count()).toBe(1);

		const cell = await cellAt(
			page,
			'Help per neighbourhood and need',
			'Noorderhoek',
			'Respite care'
		);
		expect((await cell.textContent())!.replace(/\s+/g, ' ').trim()).toMatch(
			/^\d+ not in the neighbourhood$/
		);
		const headers = await page
			.getByRole('table', { name: 'Help per neighbourhood and focus area' })
			.locator('thead th')
			.allTextContents();
		expect(headers.map((text) => text.trim())).toEqual([
			'Neighbourhood',
			'Finding',
			'Strengthening',
			'Relieving',
			'Connecting'
		]);
		expect(await page.locator('.gap-list li', { hasText: 'Noorderhoek' }).textContent()).toMatch(
			/Nothing in the neighbourhood itself for .*respite care.*; there is help for the whole municipality\./
		);

		const warnings = page.getByRole('table', { name: 'Help with a warning' });
		for (const { id } of withoutTimes) {
			const warning = warnings
				.locator('tr', { has: page.locator(`a[href="/en/aanbod/${id}"]`) })
				.locator('[data-warning="geen-tijden"]');
			expect(await warning.textContent(), id).toMatch(
				/^\s*This kind of help \(.+\) has meetings, but no days and times are given\.\s*$/
			);
		}
		const staleLinks = await page
			.getByRole('table', { name: 'Help that has not been checked for more than 12 months' })
			.locator('tbody a')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(staleLinks.toSorted()).toEqual(stale.map((o) => `/en/aanbod/${o.id}`).toSorted());
		// The CSV stays Dutch: the link says so and goes to the one file.
		expect(
			await page
				.getByRole('link', { name: 'Download the table (CSV for Excel, in Dutch)' })
				.getAttribute('href')
		).toBe('/overzicht/dekking.csv');
		expect(await dutchInterfaceText(page)).toEqual([]);
	});

	for (const [path, dir] of [
		['/en/overzicht', 'ltr'],
		['/ar/overzicht', 'rtl']
	] as const) {
		it(`axe finds no violations on ${path}, with the map shaded`, async () => {
			const { page } = await open(path);
			await hydrated(page);
			expect(await page.locator('html').getAttribute('dir')).toBe(dir);
			expect(await page.locator('[data-plattegrond] .shade').count()).toBe(wijken.length);
			expect(await dutchInterfaceText(page)).toEqual([]);
			expect(await axeViolations(page)).toEqual([]);
		});
	}
});

describe('open data on /over', () => {
	it('the GeoJSON downloads parse and hold every offer and every gebied', async () => {
		const { page } = await open('/over');
		expect(await page.getByRole('heading', { name: 'Open data' }).count()).toBe(1);

		const aanbod = await (await download(page, 'aanbod.geojson')).json();
		expect(aanbod.type).toBe('FeatureCollection');
		expect(
			aanbod.features.map((f: { properties: { id: string } }) => f.properties.id).toSorted()
		).toEqual(offers.map((o) => o.id).toSorted());

		const gebieden = await (await download(page, 'gebieden.geojson')).json();
		expect(gebieden.type).toBe('FeatureCollection');
		expect(gebieden.features).toHaveLength(dataset.areas.features.length);
		if (dataset.areas.attribution)
			expect(await page.locator('main').textContent()).toContain(dataset.areas.attribution);

		const services = await (await download(page, 'services.json')).json();
		expect(services.map((s: { name: string }) => s.name).toSorted()).toEqual(
			offers.map((o) => o.name).toSorted()
		);
	});

	it('axe finds no violations on /over', async () => {
		const { page } = await open('/over');
		await hydrated(page);
		expect(await axeViolations(page)).toEqual([]);
	});
});
