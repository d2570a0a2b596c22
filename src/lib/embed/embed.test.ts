import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { HEIGHT_MESSAGE, heightMessage, resultsHref } from './index';

describe('the height message', () => {
	it('is a whole number of pixels, never negative', () => {
		expect(heightMessage(812.2)).toEqual({ type: HEIGHT_MESSAGE, height: 813 });
		expect(heightMessage(-4)).toEqual({ type: HEIGHT_MESSAGE, height: 0 });
		expect(heightMessage(Number.NaN)).toEqual({ type: HEIGHT_MESSAGE, height: 0 });
	});
});

describe('"Bekijk op de kaart"', () => {
	it('opens the results page with the same filters', () => {
		expect(resultsHref({ wijk: 'WK999902', hulp: ['respijtzorg'] })).toBe(
			'/resultaten?hulp=respijtzorg&wijk=WK999902'
		);
		expect(resultsHref({})).toBe('/resultaten');
	});
});

/** Runs static/insluiten.js as a host page would load it, with two iframes on the page. */
function hostPage(scriptSrc = 'https://kaart.voorbeeldstad.example/insluiten.js') {
	const kaartFrame = { contentWindow: { name: 'kaart' }, style: { height: '640px' } };
	const otherFrame = { contentWindow: { name: 'video' }, style: { height: '300px' } };
	let listener: ((event: { origin: string; data: unknown; source: unknown }) => void) | undefined;
	const window = {
		addEventListener: (type: string, handler: typeof listener) => {
			if (type === 'message') listener = handler;
		}
	};
	const document = {
		currentScript: { src: scriptSrc },
		getElementsByTagName: (name: string) => (name === 'iframe' ? [otherFrame, kaartFrame] : [])
	};
	runInNewContext(readFileSync('static/insluiten.js', 'utf8'), { window, document, URL });
	const send = (origin: string, data: unknown, source: unknown = kaartFrame.contentWindow) =>
		listener?.({ origin, data, source });
	return { kaartFrame, otherFrame, send };
}

describe('static/insluiten.js on the host page', () => {
	const kaart = 'https://kaart.voorbeeldstad.example';

	it('sets the height of the iframe that sent it', () => {
		const { kaartFrame, otherFrame, send } = hostPage();
		send(kaart, heightMessage(1234.5));
		expect(kaartFrame.style.height).toBe('1235px');
		expect(otherFrame.style.height).toBe('300px');
	});

	it('ignores a height message from another origin', () => {
		const { kaartFrame, send } = hostPage();
		send('https://evil.example', heightMessage(5));
		send('http://kaart.voorbeeldstad.example', heightMessage(5));
		expect(kaartFrame.style.height).toBe('640px');
	});

	it('ignores messages in another shape', () => {
		const { kaartFrame, send } = hostPage();
		for (const data of [
			5,
			'mantelzorgkaart:hoogte',
			null,
			{ type: 'hoogte', height: 5 },
			{ type: HEIGHT_MESSAGE, height: '5px' },
			{ type: HEIGHT_MESSAGE, height: -5 },
			{ type: HEIGHT_MESSAGE, height: Number.POSITIVE_INFINITY }
		]) {
			send(kaart, data);
		}
		expect(kaartFrame.style.height).toBe('640px');
	});

	it('caps an absurd height', () => {
		const { kaartFrame, send } = hostPage();
		send(kaart, heightMessage(5e9));
		expect(kaartFrame.style.height).toBe('100000px');
	});

	it('changes no height when it cannot tell which site it came from', () => {
		const { kaartFrame, send } = hostPage('');
		send(kaart, heightMessage(900));
		send('', heightMessage(900));
		expect(kaartFrame.style.height).toBe('640px');
	});
});
