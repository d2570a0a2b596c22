import { describe, expect, it } from 'vitest';
import { axeViolations, hydrated, useBrowser } from './harness';
import { offers, steunpunt, wijkByName } from './example-data';

const { open } = useBrowser();

describe('the resident journey', () => {
	it('partner with dementia who wants time for self in De Haven: steunpunt on top, respijtzorg, an Alzheimercafé with its date', async () => {
		const { page } = await open('/');
		await hydrated(page);
		await page.getByRole('link', { name: 'Zoek hulp in 4 korte vragen' }).click();

		await expect.poll(() => page.locator('h1').textContent()).toBe('Voor wie zorgt u?');
		await page.getByRole('button', { name: 'Mijn partner' }).click();

		await expect.poll(() => page.locator('h1').textContent()).toBe('Wat speelt er bij uw naaste?');
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.textContent))
			.toBe('Wat speelt er bij uw naaste?');
		expect(await page.locator('main .progress').textContent()).toBe('Vraag 2 van 4');
		await page.getByLabel('Dementie of vergeetachtigheid').check();
		await page.getByRole('button', { name: 'Verder' }).click();

		await expect.poll(() => page.locator('h1').textContent()).toBe('Waarmee wilt u hulp?');
		await page.getByLabel(/even tijd voor mezelf/).check();
		await page.getByRole('button', { name: 'Verder' }).click();

		await expect.poll(() => page.locator('h1').textContent()).toBe('Waar woont uw naaste?');
		await page.getByRole('button', { name: 'De Haven' }).click();

		await expect
			.poll(() => page.locator('h1').textContent())
			.toBe('Even tijd voor uzelf, voor uw partner met dementie, in De Haven');
		const url = new URL(page.url());
		expect(url.pathname).toBe('/resultaten');
		expect(url.searchParams.get('wijk')).toBe(wijkByName('De Haven').code);

		// The steunpunt comes first, with its phone number.
		const beginHier = page.locator('aside', {
			has: page.getByRole('heading', { name: 'Begin hier' })
		});
		expect(await beginHier.textContent()).toContain(steunpunt.phones![0]!.number);
		const firstCard = page.locator('#gevonden ~ ol article').first();
		const firstId = await firstCard.getAttribute('data-offer-id');
		const first = offers.find((o) => o.id === firstId)!;
		expect(['dagopvang', 'logeeropvang', 'thuisoppas']).toContain(first.kind);

		const cafe = page
			.locator('article', { hasText: 'Alzheimercafé' })
			.filter({ hasText: 'Volgende keer' })
			.first();
		await expect
			.poll(() => cafe.locator('.next-meeting').textContent())
			.toMatch(/\d{1,2} \w+ 20\d\d/);
	});

	it('the young-carer quick start shows offers for jonge mantelzorgers first', async () => {
		const { page } = await open('/');
		await page.getByRole('link', { name: 'Ik ben jong en zorg thuis voor iemand' }).click();
		await hydrated(page);
		const firstId = await page
			.locator('#gevonden ~ ol article')
			.first()
			.getAttribute('data-offer-id');
		expect(offers.find((o) => o.id === firstId)?.groups).toContain('jong');
	});

	it('every question skipped shows all offers with the steunpunt first', async () => {
		const { page } = await open('/vragen/voor-wie');
		await hydrated(page);
		for (let i = 0; i < 4; i++) await page.getByRole('link', { name: 'Sla over' }).click();
		await expect.poll(() => page.locator('h1').textContent()).toBe('Alle hulp');
		// Every offer is in the page (past the first 20 hidden until "Toon alle").
		await expect.poll(() => page.locator('#gevonden ~ ol article').count()).toBe(offers.length - 1);
		expect(await page.locator('main h2').first().textContent()).toBe('Begin hier');
	});

	it('works with the keyboard only', async () => {
		const { page } = await open('/');
		await hydrated(page);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
			'Ga direct naar de inhoud'
		);
		await page.getByRole('link', { name: 'Zoek hulp in 4 korte vragen' }).focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('h1').textContent()).toBe('Voor wie zorgt u?');
		await page.getByRole('button', { name: 'Mijn ouder of schoonouder' }).focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('h1').textContent()).toBe('Wat speelt er bij uw naaste?');
		// Focus is on the question; Tab reaches the first answer, Space ticks it.
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		expect(await page.getByLabel('Dementie of vergeetachtigheid').isChecked()).toBe(true);
		await page.getByRole('button', { name: 'Verder' }).focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('h1').textContent()).toBe('Waarmee wilt u hulp?');
		expect(new URL(page.url()).searchParams.getAll('situatie')).toEqual(['dementie']);
		expect(new URL(page.url()).searchParams.getAll('voor')).toEqual(['ouder']);
	});

	it('without JavaScript reaches an offer page by links', async () => {
		const { page } = await open('/', { javaScriptEnabled: false });
		await page.getByRole('link', { name: 'Respijtzorg' }).first().click();
		expect(await page.locator('h1').textContent()).toBe('Respijtzorg');
		await page.locator('article h3 a').first().click();
		expect(new URL(page.url()).pathname).toMatch(/^\/aanbod\//);
		expect(await page.getByRole('heading', { name: 'Contact' }).count()).toBe(1);
	});

	it('without JavaScript the results page still shows its list, which otherwise waits for the script', async () => {
		const { page } = await open('/resultaten?hulp=respijtzorg', { javaScriptEnabled: false });
		expect(await page.locator('.offer-list').first().isVisible()).toBe(true);
		const { page: withScript } = await open('/resultaten?hulp=respijtzorg');
		await hydrated(withScript);
		await expect.poll(() => withScript.locator('.offer-list').first().isVisible()).toBe(true);
	});

	it('reload and the back button keep the answers', async () => {
		const { page } = await open('/resultaten?voor=partner&situatie=dementie&hulp=respijtzorg');
		await hydrated(page);
		const title = 'Even tijd voor uzelf, voor uw partner met dementie';
		await expect.poll(() => page.locator('h1').textContent()).toBe(title);
		await page.reload();
		await expect.poll(() => page.locator('h1').textContent()).toBe(title);
		await page.getByRole('link', { name: /Wijzig waarmee/ }).click();
		await expect.poll(() => page.locator('h1').textContent()).toBe('Waarmee wilt u hulp?');
		expect(await page.getByLabel(/even tijd voor mezelf/).isChecked()).toBe(true);
		await page.goBack();
		await expect.poll(() => page.locator('h1').textContent()).toBe(title);
	});

	it('a URL with garbage parameters shows results without an error', async () => {
		const { page } = await open(
			'/resultaten?voor=%E0%A4%A&hulp=<script>alert(1)</script>&wijk=nergens&hulp=respijtzorg&x=1'
		);
		await hydrated(page);
		await expect.poll(() => page.locator('h1').textContent()).toBe('Even tijd voor uzelf');
	});

	it('an offer page shows the phone as a link, the check date and the report link', async () => {
		const { page } = await open(`/aanbod/${steunpunt.id}`);
		expect(await page.locator(`a[href^="tel:"]`).first().textContent()).toBe(
			steunpunt.phones![0]!.number
		);
		expect(await page.getByText(/^Gecontroleerd op \d{1,2} \w+ 20\d\d\.$/).count()).toBe(1);
		const report = await page
			.getByRole('link', { name: /Klopt er iets niet/ })
			.getAttribute('href');
		expect(decodeURIComponent(report!)).toContain(steunpunt.id);
	});
});

describe('accessibility', () => {
	const stale = offers.find((o) => o.lastVerified < '2025-11-30')!;
	const meeting = offers.find((o) => o.kind === 'alzheimercafe' && o.schedules?.length)!;
	const urls = [
		'/',
		'/vragen/voor-wie',
		'/vragen/situatie?voor=partner',
		'/vragen/hulp?voor=partner&situatie=dementie',
		'/vragen/waar?hulp=respijtzorg',
		'/resultaten',
		'/resultaten?voor=partner&situatie=dementie&hulp=respijtzorg',
		'/resultaten?hulp=materiele-hulp&wijk=' + wijkByName('De Haven').code,
		`/aanbod/${steunpunt.id}`,
		`/aanbod/${stale.id}`,
		`/aanbod/${meeting.id}`,
		'/hulp/respijtzorg',
		`/wijk/${wijkByName('De Haven').code}`,
		'/over',
		'/overzicht'
	];
	for (const url of urls) {
		it(`axe finds no violations on ${url}`, async () => {
			const { page } = await open(url);
			await hydrated(page);
			expect(await axeViolations(page)).toEqual([]);
		});
	}
});
