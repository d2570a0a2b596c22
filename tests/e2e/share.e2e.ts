import { describe, expect, it } from 'vitest';
import { axeViolations, hydrated, useBrowser } from './harness';
import { offers } from './example-data';

const { open } = useBrowser();
const withPhone = offers.filter((o) => o.phones?.length && o.kind !== 'steunpunt-mantelzorg');

describe('bewaren, printen en delen', () => {
	it('three saved offers print with their phone numbers and a QR code, and the copied link restores them elsewhere', async () => {
		const chosen = withPhone.slice(0, 3);
		const { page, context } = await open('/resultaten', {
			permissions: ['clipboard-read', 'clipboard-write']
		});
		await hydrated(page);
		// The list shows 20 offers at first; the chosen ones may come later.
		await page.getByRole('link', { name: /^Toon alle \d+$/ }).click();
		for (const offer of chosen) {
			await page.getByRole('button', { name: `Bewaar ${offer.name}`, exact: true }).click();
		}
		await expect
			.poll(() => page.getByRole('link', { name: /Mijn lijstje/ }).textContent())
			.toContain('(3');

		await page.getByRole('link', { name: /Mijn lijstje/ }).click();
		await expect.poll(() => page.locator('h1').textContent()).toBe('Mijn lijstje');
		expect(await page.locator('article').count()).toBe(3);

		await page.emulateMedia({ media: 'print' });
		const printed = await page.locator('main').innerText();
		for (const offer of chosen) {
			expect(printed).toContain(offer.name);
			expect(printed).toContain(offer.phones![0]!.number);
		}
		await expect.poll(() => page.locator('.print-header svg[role="img"]').isVisible()).toBe(true);
		expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
		expect(await axeViolations(page)).toEqual([]);
		await page.emulateMedia({ media: 'screen' });

		await page.getByRole('button', { name: 'Kopieer link' }).click();
		await expect.poll(() => page.getByRole('status').textContent()).toBe('De link is gekopieerd.');
		const link = await page.evaluate(() => navigator.clipboard.readText());
		await context.close();

		const fresh = await open(new URL(link).pathname + new URL(link).search);
		await hydrated(fresh.page);
		await expect.poll(() => fresh.page.locator('article').count()).toBe(3);
		const ids = await fresh.page
			.locator('article')
			.evaluateAll((els) => els.map((el) => el.getAttribute('data-offer-id')));
		expect(ids).toEqual(chosen.map((o) => o.id));
	});

	it('removes one offer and clears the whole list', async () => {
		const { page } = await open('/hulp/respijtzorg');
		await hydrated(page);
		const buttons = page.getByRole('button', { name: /^Bewaar / });
		await buttons.nth(0).click();
		await buttons.nth(1).click();
		await page.goto(page.url().replace('/hulp/respijtzorg', '/lijstje'));
		await hydrated(page);
		await expect.poll(() => page.locator('article').count()).toBe(2);
		await page
			.getByRole('button', { name: /^Bewaard / })
			.first()
			.click();
		await expect.poll(() => page.locator('article').count()).toBe(1);
		page.once('dialog', (dialog) => dialog.accept());
		await page.getByRole('button', { name: 'Wis mijn lijstje' }).click();
		await expect.poll(() => page.getByText('U heeft nog niets bewaard').count()).toBe(1);
		expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
	});

	it('a praktijkondersteuner goes from the page to a printed overview in five clicks', async () => {
		const { page } = await open('/verwijzen?hulp=respijtzorg&situatie=dementie');
		await hydrated(page);
		let clicks = 0;
		const boxes = page.locator('tbody input[type="checkbox"]');
		for (let i = 0; i < 3; i++) {
			await boxes.nth(i).check();
			clicks++;
		}
		const names = await page
			.locator('tbody label')
			.evaluateAll((els) => els.slice(0, 3).map((el) => el.textContent));
		await page.getByRole('button', { name: /Maak overzicht/ }).click();
		clicks++;
		await expect.poll(() => page.locator('h1').textContent()).toBe('Hulp voor u als mantelzorger');
		await page.getByLabel(/Uw notitie/).fill('Bel deze week het steunpunt.');
		await page.evaluate(() => {
			window.print = () => document.body.setAttribute('data-printed', '');
		});
		await page.getByRole('button', { name: 'Print' }).click();
		clicks++;
		expect(clicks).toBe(5);
		expect(await page.locator('body[data-printed]').count()).toBe(1);
		await page.emulateMedia({ media: 'print' });
		const printed = await page.locator('main').innerText();
		for (const name of names) expect(printed).toContain(name);
		expect(printed).toContain('Bel deze week het steunpunt.');
		expect(await axeViolations(page)).toEqual([]);
		expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
	});

	it('the count in the header leaves out saved offers that no longer exist', async () => {
		const kept = withPhone[0]!;
		const { page } = await open('/over');
		// A list saved before two offers were removed from the data (and one id that never existed).
		await page.evaluate(
			(ids) => localStorage.setItem('mantelzorgkaart:lijstje', JSON.stringify(ids)),
			['verwijderd-aanbod', kept.id, 'ook-weg']
		);
		await page.reload();
		await hydrated(page);
		const myList = page.getByRole('link', { name: /Mijn lijstje/ }).first();
		await expect.poll(() => myList.textContent()).toMatch(/\(1\s*bewaard\)/);
		await myList.click();
		await expect.poll(() => page.locator('main article').count()).toBe(1);
		expect(await myList.textContent()).toMatch(/\(1\s*bewaard\)/);
	});

	it('axe finds no violations on Mijn lijstje and Verwijzen', async () => {
		for (const path of ['/lijstje', '/verwijzen']) {
			const { page } = await open(path);
			await hydrated(page);
			expect(await axeViolations(page)).toEqual([]);
		}
	});
});
