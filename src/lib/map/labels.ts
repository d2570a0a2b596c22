/**
 * Wijk names must not hide markers, nor markers hide names: each label moves the least
 * distance that clears every marker and every label placed before it, or is left out when
 * that would take it too far from its wijk. Screen pixels in, pixel offsets out.
 */
export interface Rect {
	left: number;
	top: number;
	width: number;
	height: number;
}

export type Offset = [dx: number, dy: number];

const shifted = (r: Rect, [dx, dy]: Offset): Rect => ({ ...r, left: r.left + dx, top: r.top + dy });

function overlaps(a: Rect, b: Rect, gap: number): boolean {
	return (
		a.left < b.left + b.width + gap &&
		b.left < a.left + a.width + gap &&
		a.top < b.top + b.height + gap &&
		b.top < a.top + a.height + gap
	);
}

/** The four offsets that move `label` (already at `from`) just clear of `obstacle`: above, below, left, right. */
function clearing(label: Rect, from: Offset, obstacle: Rect, gap: number): Offset[] {
	const at = shifted(label, from);
	const [dx, dy] = from;
	return [
		[dx, dy + obstacle.top - gap - (at.top + at.height)],
		[dx, dy + obstacle.top + obstacle.height + gap - at.top],
		[dx + obstacle.left - gap - (at.left + at.width), dy],
		[dx + obstacle.left + obstacle.width + gap - at.left, dy]
	];
}

export interface LabelOptions {
	/** Space kept between a label and anything else, in pixels. */
	gap?: number;
	/** Farther than this from its point, a label no longer names the right place: leave it out. */
	maxShift?: number;
}

/** For each label, in order of importance, the offset to draw it at, or null to leave it out. */
export function placeLabels(
	labels: readonly Rect[],
	obstacles: readonly Rect[],
	{ gap = 3, maxShift = 72 }: LabelOptions = {}
): (Offset | null)[] {
	const taken: Rect[] = [...obstacles];
	return labels.map((label) => {
		const tried = new Set<string>();
		let candidates: Offset[] = [[0, 0]];
		// A few rounds: a move that clears one marker may run into the next.
		for (let round = 0; round < 3 && candidates.length; round++) {
			candidates.sort((a, b) => Math.hypot(...a) - Math.hypot(...b));
			const next: Offset[] = [];
			for (const offset of candidates) {
				const key = offset.map(Math.round).join(',');
				if (tried.has(key) || Math.hypot(...offset) > maxShift) continue;
				tried.add(key);
				const hits = taken.filter((other) => overlaps(shifted(label, offset), other, gap));
				if (hits.length === 0) {
					taken.push(shifted(label, offset));
					return offset;
				}
				for (const hit of hits) next.push(...clearing(label, offset, hit, gap));
			}
			candidates = next;
		}
		return null;
	});
}
