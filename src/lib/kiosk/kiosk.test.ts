import { describe, expect, it } from 'vitest';
import { isKioskUrl, leavesSite, linkTarget, parseKioskConfig, withKiosk } from './index';

const origin = 'https://kaart.voorbeeldstad.example';

describe('kiosk mode', () => {
	it('treats other hosts, mail, phone and calendar links as leaving the site', () => {
		expect(leavesSite('https://www.openstreetmap.org/directions', origin)).toBe(true);
		expect(leavesSite('mailto:kaart@voorbeeldstad.example', origin)).toBe(true);
		expect(leavesSite('tel:0123456789', origin)).toBe(true);
		expect(leavesSite('/aanbod/x', origin)).toBe(false);
		expect(leavesSite(`${origin}/kaart`, origin)).toBe(false);
	});

	it('carries kiosk=1 to every address once', () => {
		expect(withKiosk(new URL('/resultaten?hulp=respijtzorg', origin))?.search).toBe(
			'?hulp=respijtzorg&kiosk=1'
		);
		expect(withKiosk(new URL('/resultaten?kiosk=1', origin))).toBeUndefined();
		expect(isKioskUrl(new URL('/kiosk', origin))).toBe(true);
		expect(isKioskUrl(new URL('/?kiosk=0', origin))).toBe(false);
	});

	it('says where a link goes', () => {
		expect(linkTarget('tel:0123456789')).toEqual({ type: 'tel', value: '0123456789' });
		expect(linkTarget('mailto:a@b.nl?subject=x')).toEqual({ type: 'mail', value: 'a@b.nl' });
		expect(linkTarget('https://x.nl/a')).toEqual({ type: 'web', value: 'https://x.nl/a' });
	});
});

describe('parseKioskConfig', () => {
	it('takes the times the build writes to kiosk.json', () => {
		expect(parseKioskConfig({ idleSeconds: 90, countdownSeconds: 20 })).toEqual({
			idleSeconds: 90,
			countdownSeconds: 20
		});
	});

	it.each([
		null,
		'x',
		{},
		{ idleSeconds: 0, countdownSeconds: 20 },
		{ idleSeconds: 90, countdownSeconds: 1.5 },
		{ idleSeconds: '90', countdownSeconds: 20 }
	])('refuses %j, so the page keeps its own times', (value) =>
		expect(parseKioskConfig(value)).toBeUndefined()
	);
});
