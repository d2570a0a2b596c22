import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import QrCode from '$lib/components/share/QrCode.svelte';

describe('QR code', () => {
	it('draws an address as an SVG image with a label', () => {
		const { body } = render(QrCode, {
			props: { text: 'https://kaart.voorbeeldstad.example/lijstje?ids=a,b,c', label: 'QR-code' }
		});
		expect(body).toMatch(/<svg[^>]*role="img"[^>]*aria-label="QR-code"/);
		expect(body).toMatch(/<path d="M\d/);
	});

	it('leaves the code out, without an error, when the address is too long for a QR code', () => {
		const { body } = render(QrCode, {
			props: { text: `https://x.nl/?q=${'a'.repeat(5000)}`, label: 'QR-code' }
		});
		expect(body).not.toContain('<svg');
	});
});
