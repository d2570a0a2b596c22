import { encode } from 'uqr';

/** A QR code as one SVG path in a square of `size` modules. */
export interface Qr {
	size: number;
	path: string;
}

/** A QR code holds at most about 2,300 characters; a longer address gets no code, never an error. */
export function drawQr(text: string): Qr | undefined {
	try {
		const matrix = encode(text, { ecc: text.length > 500 ? 'L' : 'M', border: 2 });
		// Drawn as SVG from the matrix: no canvas, no data URL, crisp on paper.
		const path = matrix.data
			.flatMap((row, y) => row.map((dark, x) => (dark ? `M${x} ${y}h1v1h-1z` : '')))
			.join('');
		return { size: matrix.size, path };
	} catch {
		return undefined;
	}
}
