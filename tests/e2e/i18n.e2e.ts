import { describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, hydrated, useBrowser } from './harness';
import { effectiveNeeds } from '../../src/lib/data';
import { dutchInterfaceText } from './dutch-text';
import { dataset, offers, wijkByName } from './example-data';

const { open, newVisit } = useBrowser();
const offer = offers.find((o) => o.kind === 'alzheimercafe' && o.schedules?.length)!;

describe('other languages', () => {
	it('the English journey works and stays in English', async () => {
		const { page } = await open('/en');
		await hydrated(page);
		expect(await page.locator('h1').textContent()).toBe('Do you care for someone?');
		await page.getByRole('link', { name: 'Find help in 4 short questions' }).click();
		await expect.poll(() => page.locator('h1').textContent()).toBe('Who do you care for?');
		expect(new URL(page.url()).pathname).toBe('/en/vragen/voor-wie');
		await page.getByRole('button', { name: 'My partner' }).click();
		await expect
			.poll(() => page.locator('h1').textContent())
			.toBe('What is going on with the person you care for?');
		await page.getByLabel('Dementia or forgetfulness').check();
		await page.getByRole('button', { name: 'Next' }).click();
		await expect
			.poll(() => page.locator('h1').textContent())
			.toBe('What would you like help with?');
		await page.getByLabel(/some time for myself/).check();
		await page.getByRole('button', { name: 'Next' }).click();
		await expect
			.poll(() => page.locator('h1').textContent())
			.toBe('Where does the person you care for live?');
		await page.getByRole('button', { name: 'De Haven' }).click();
		await expect.poll(() => new URL(page.url()).pathname).toBe('/en/resultaten');
		await expect
			.poll(() => page.locator('h1').textContent())
			.toBe('Some time for yourself, for your partner with dementia, in De Haven');
		expect(await page.getByRole('heading', { name: 'Start here' }).count()).toBe(1);
		const href = await page.locator('article h3 a').first().getAttribute('href');
		expect(href).toMatch(/^\/en\/aanbod\//);
	});

	for (const [locale, dir, title] of [
		['nl', 'ltr', 'Zorgt u voor iemand?'],
		['en', 'ltr', 'Do you care for someone?'],
		['tr', 'ltr', 'Birine bakıyor musunuz?'],
		['ar', 'rtl', 'هل تعتني بشخص ما؟']
	] as const) {
		it(`lang="${locale}" and dir="${dir}" are right on every kind of page`, async () => {
			const prefix = locale === 'nl' ? '' : `/${locale}`;
			const { page } = await open(prefix || '/');
			expect(await page.locator('h1').textContent()).toBe(title);
			for (const path of [
				'/',
				'/vragen/hulp',
				'/resultaten',
				`/aanbod/${offer.id}`,
				'/kaart',
				'/over'
			]) {
				await page.goto(new URL(prefix + (path === '/' && prefix ? '' : path), page.url()).href);
				const html = await page
					.locator('html')
					.evaluate((el) => ({ lang: el.getAttribute('lang'), dir: el.getAttribute('dir') }));
				expect(html, path).toEqual({ lang: locale, dir });
			}
		});
	}

	it("loads the interface texts of the page's language only", async () => {
		// A text that is in the interface in each language, and nowhere in the data.
		const fits = { nl: 'Hulp die bij u past', en: 'Help that fits you', ar: 'مساعدة تناسبك' };
		const scriptsOf = async (path: string) => {
			const { page } = await newVisit();
			const scripts: Promise<string>[] = [];
			page.on('response', (response) => {
				if (response.url().endsWith('.js')) scripts.push(response.text());
			});
			await page.goto(baseUrl + path);
			await hydrated(page);
			return { page, scripts: (await Promise.all(scripts)).join('\n') };
		};

		const dutch = await scriptsOf('/resultaten?hulp=respijtzorg');
		await expect.poll(() => dutch.page.locator('#gevonden').textContent()).toContain(fits.nl);
		expect(dutch.scripts).not.toContain(fits.en);
		expect(dutch.scripts).not.toContain(fits.ar);

		const english = await scriptsOf('/en/resultaten?hulp=respijtzorg');
		await expect.poll(() => english.page.locator('#gevonden').textContent()).toContain(fits.en);
		expect(english.scripts).not.toContain(fits.ar);

		// A link into another language that does not reload the page still shows that language.
		await dutch.page.evaluate(() => {
			const link = Object.assign(document.createElement('a'), { href: '/ar/kaart', id: 'naar-ar' });
			link.textContent = 'ar';
			document.querySelector('main')!.append(link);
		});
		await dutch.page.locator('#naar-ar').click();
		await expect.poll(() => dutch.page.locator('h1').textContent()).toBe('المساعدة على الخريطة');
	});

	it('links the start page of a language as /ar, a page that exists on every host (not the folder /ar/)', async () => {
		const { page } = await open(`/ar/aanbod/${offer.id}`);
		const home = await page.locator('a.home').getAttribute('href');
		expect(home).toBe('/ar');
		expect((await page.request.get(baseUrl + home)).status()).toBe(200);
		// The example data names no site address, so there are no (relative, thus invalid) hreflang links.
		expect(await page.locator('link[rel="alternate"]').count()).toBe(0);
	});

	it('switching the language keeps the answers', async () => {
		const { page } = await open(
			`/resultaten?voor=partner&situatie=dementie&hulp=respijtzorg&wijk=${wijkByName('De Haven').code}`
		);
		await hydrated(page);
		await page.getByRole('link', { name: 'English' }).click();
		await expect.poll(() => new URL(page.url()).pathname).toBe('/en/resultaten');
		const url = new URL(page.url());
		expect(url.searchParams.getAll('situatie')).toEqual(['dementie']);
		expect(url.searchParams.get('wijk')).toBe(wijkByName('De Haven').code);
		await hydrated(page);
		await expect
			.poll(() => page.locator('h1').textContent())
			.toBe('Some time for yourself, for your partner with dementia, in De Haven');
		await page.getByRole('link', { name: 'العربية' }).click();
		await expect.poll(() => new URL(page.url()).pathname).toBe('/ar/resultaten');
		expect(new URL(page.url()).searchParams.get('hulp')).toBe('respijtzorg');
		expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
	});

	it('shows offer texts in the page language when the data translates them, else the Dutch marked as Dutch', async () => {
		const translated = offers.find((o) => o.translations?.en && !o.translations.tr)!;
		const { page } = await open(`/en/aanbod/${translated.id}`);
		const summary = page.locator('.summary');
		expect(await summary.textContent()).toBe(translated.translations!.en!.summary);
		expect(await summary.getAttribute('lang')).toBeNull();

		await page.goto(`${baseUrl}/tr/aanbod/${translated.id}`);
		expect(await summary.textContent()).toBe(translated.summary);
		expect(await summary.getAttribute('lang')).toBe('nl');
		expect(await page.locator('h1').getAttribute('lang')).toBe('nl');

		// On an Arabic page the Dutch text still runs left to right.
		await page.goto(`${baseUrl}/ar/aanbod/${translated.id}`);
		expect(await summary.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
		expect(await page.locator('html').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');

		// A translated detail follows its sentence with a space.
		const details = offers.find((o) => o.translations?.en?.howToStartDetails)!;
		await page.goto(`${baseUrl}/en/aanbod/${details.id}`);
		const text = details.translations!.en!.howToStartDetails!;
		expect(await page.getByText(text).locator('..').textContent()).toContain(`. ${text}`);

		await page.goto(`${baseUrl}/en/hulp/${[...effectiveNeeds(translated)][0]}`);
		const card = page.locator(`[data-offer-id="${translated.id}"]`);
		expect(await card.getByText(translated.translations!.en!.summary).count()).toBe(1);
	});

	for (const path of [
		'/en',
		'/en/vragen/hulp',
		'/en/resultaten?hulp=respijtzorg',
		`/en/aanbod/${offer.id}`,
		'/ar',
		'/ar/vragen/voor-wie',
		'/ar/resultaten?hulp=respijtzorg&situatie=dementie',
		`/ar/aanbod/${offer.id}`,
		'/tr/vragen/situatie'
	]) {
		it(`axe finds no violations on ${path}`, async () => {
			const { page } = await open(path);
			await hydrated(page);
			expect(await axeViolations(page)).toEqual([]);
		});
	}
});

describe('no Dutch interface text left on pages in other languages', () => {
	const withSchedule = offers.find((o) => o.kind === 'alzheimercafe' && o.schedules?.length)!;
	const paths = [
		'',
		'/vragen/voor-wie',
		'/vragen/situatie',
		'/vragen/hulp',
		'/vragen/waar',
		`/resultaten?voor=partner&situatie=dementie&hulp=respijtzorg&wijk=${wijkByName('De Haven').code}`,
		'/resultaten?hulp=emotionele-steun',
		`/aanbod/${withSchedule.id}`,
		`/aanbod/${dataset.site.steunpunt}`,
		'/hulp/respijtzorg',
		`/wijk/${wijkByName('De Haven').code}`,
		'/kaart',
		`/lijstje?ids=${withSchedule.id},${dataset.site.steunpunt}`,
		'/verwijzen',
		`/verwijzen/overzicht?ids=${withSchedule.id},${dataset.site.steunpunt}`,
		'/kiosk',
		'/over',
		'/overzicht',
		'/insluiten'
	];
	for (const locale of ['en', 'tr', 'ar']) {
		it(`in ${locale}`, async () => {
			const { page } = await open(`/${locale}`);
			const found: string[] = [];
			for (const path of paths) {
				await page.goto(`${baseUrl}/${locale}${path}`);
				await hydrated(page);
				found.push(...(await dutchInterfaceText(page)).map((text) => `${path || '/'}: ${text}`));
			}
			expect([...new Set(found)]).toEqual([]);
		});
	}
});
