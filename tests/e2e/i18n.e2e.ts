import { describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, hydrated, useBrowser } from './harness';
import { effectiveNeeds } from '../../src/lib/data';
import { dataset, offers, wijken, wijkByName } from './example-data';

const { open } = useBrowser();
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
		await expect.poll(() => page.locator('h1').textContent()).toBe('What is going on with the person you care for?');
		await page.getByLabel('Dementia or forgetfulness').check();
		await page.getByRole('button', { name: 'Next' }).click();
		await expect.poll(() => page.locator('h1').textContent()).toBe('What would you like help with?');
		await page.getByLabel(/some time for myself/).check();
		await page.getByRole('button', { name: 'Next' }).click();
		await expect.poll(() => page.locator('h1').textContent()).toBe('Where does the person you care for live?');
		await page.getByRole('button', { name: 'De Haven' }).click();
		await expect.poll(() => new URL(page.url()).pathname).toBe('/en/resultaten');
		await expect.poll(() => page.locator('h1').textContent()).toBe(
			'Some time for yourself, for your partner with dementia, in De Haven'
		);
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
			for (const path of ['/', '/vragen/hulp', '/resultaten', `/aanbod/${offer.id}`, '/kaart', '/over']) {
				await page.goto(new URL(prefix + (path === '/' && prefix ? '' : path), page.url()).href);
				const html = await page.locator('html').evaluate((el) => ({ lang: el.getAttribute('lang'), dir: el.getAttribute('dir') }));
				expect(html, path).toEqual({ lang: locale, dir });
			}
		});
	}

	it('switching the language keeps the answers', async () => {
		const { page } = await open(`/resultaten?voor=partner&situatie=dementie&hulp=respijtzorg&wijk=${wijkByName('De Haven').code}`);
		await hydrated(page);
		await page.getByRole('link', { name: 'English' }).click();
		await expect.poll(() => new URL(page.url()).pathname).toBe('/en/resultaten');
		const url = new URL(page.url());
		expect(url.searchParams.getAll('situatie')).toEqual(['dementie']);
		expect(url.searchParams.get('wijk')).toBe(wijkByName('De Haven').code);
		await hydrated(page);
		await expect.poll(() => page.locator('h1').textContent()).toBe(
			'Some time for yourself, for your partner with dementia, in De Haven'
		);
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

		await page.goto(`${baseUrl}/en/hulp/${[...effectiveNeeds(translated)][0]}`);
		const card = page.locator(`[data-offer-id="${translated.id}"]`);
		expect(await card.getByText(translated.translations!.en!.summary).count()).toBe(1);
	});

	for (const path of ['/en', '/en/vragen/hulp', '/en/resultaten?hulp=respijtzorg', `/en/aanbod/${offer.id}`, '/ar', '/ar/vragen/voor-wie', '/ar/resultaten?hulp=respijtzorg&situatie=dementie', `/ar/aanbod/${offer.id}`, '/tr/vragen/situatie']) {
		it(`axe finds no violations on ${path}`, async () => {
			const { page } = await open(path);
			await hydrated(page);
			expect(await axeViolations(page)).toEqual([]);
		});
	}
});

/**
 * Words that are Dutch and never English, Turkish or Arabic. A page in another language
 * that shows one of them outside a text from the data has interface text left in Dutch.
 */
const DUTCH_WORDS = new Set(
	'het een niet voor uw naar ook wordt zijn bij met geen kunt heeft hulp terug volgende vorige bekijk opslaan sluiten wat waar wie hoe welke zoeken wijk kies gegevens kaart lijst alle'.split(' ')
);

/** Everything the data says in Dutch: names, addresses, descriptions. Removed before looking for Dutch words. */
const dataTexts = [
	...offers.flatMap((o) => [
		o.name,
		o.summary,
		o.description,
		o.organization?.name,
		o.address?.street,
		o.address?.city,
		o.howToStartDetails,
		o.costDetails,
		...(o.accessibility ?? []),
		...(o.schedules ?? []).map((s) => s.description),
		...(o.phones ?? []).map((p) => p.description),
		o.source
	]),
	...wijken.map((w) => w.name),
	dataset.site.gemeente.name,
	dataset.site.beheerder.name,
	dataset.areas.attribution
]
	.filter((text): text is string => !!text)
	.sort((a, b) => b.length - a.length);

function dutchLeftIn(texts: string[]): string[] {
	return texts.flatMap((text) => {
		// Addresses of pages name routes in Dutch (/vragen/waar); they are not words to read.
		let rest = text.replace(/https?:\/\/\S+/g, ' ');
		for (const data of dataTexts) rest = rest.split(data).join(' ');
		const words = rest.toLowerCase().match(/\p{L}+/gu) ?? [];
		return words.some((word) => DUTCH_WORDS.has(word)) ? [text.trim()] : [];
	});
}

/** The page's text and accessible attributes, outside parts marked as another language. */
async function interfaceTexts(page: import('playwright-core').Page): Promise<string[]> {
	return page.evaluate(() => {
		const pageLang = document.documentElement.lang;
		const ownLanguage = (element: Element | null) => !element || (element.closest('[lang]')?.getAttribute('lang') ?? pageLang) === pageLang;
		const texts: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			if (!parent || parent.closest('script, style') || !ownLanguage(parent) || !node.textContent?.trim()) continue;
			texts.push(node.textContent);
		}
		for (const element of document.body.querySelectorAll('[aria-label], [alt], [title], [placeholder], [aria-description]')) {
			if (!ownLanguage(element)) continue;
			for (const name of ['aria-label', 'alt', 'title', 'placeholder', 'aria-description']) {
				const value = element.getAttribute(name);
				if (value?.trim()) texts.push(value);
			}
		}
		texts.push(document.title);
		return texts;
	});
}

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
				found.push(...dutchLeftIn(await interfaceTexts(page)).map((text) => `${path || '/'}: ${text}`));
			}
			expect([...new Set(found)]).toEqual([]);
		});
	}
});
