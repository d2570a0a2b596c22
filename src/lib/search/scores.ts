/**
 * A score per offer, with the offers that got one and where each score came from. At
 * 50,000 offers a query needs a dozen of these; the pool hands out cleared ones instead
 * of allocating and zeroing new arrays every time (which the garbage collector notices).
 */
export class Scores {
	readonly value: Float32Array;
	/** What gave the score: a term (≥ 0) or a concept (−(concept + 1)). */
	readonly source: Int32Array;
	/** The documents with a score, in the order they got one; a typed array, so no garbage. */
	private readonly list: Int32Array;
	private count = 0;

	constructor(size: number) {
		this.value = new Float32Array(size);
		this.source = new Int32Array(size);
		this.list = new Int32Array(size);
	}

	get touched(): Int32Array {
		return this.list.subarray(0, this.count);
	}

	/** Keeps the higher score. */
	max(doc: number, score: number, source: number): void {
		if (score <= 0) return;
		const current = this.value[doc]!;
		if (current === 0) this.list[this.count++] = doc;
		if (score > current) {
			this.value[doc] = score;
			this.source[doc] = source;
		}
	}

	/** Adds to the score; the source stays the first one. */
	add(doc: number, score: number, source: number): void {
		if (score <= 0) return;
		if (this.value[doc] === 0) {
			this.list[this.count++] = doc;
			this.source[doc] = source;
		}
		this.value[doc] = this.value[doc]! + score;
	}

	clear(): void {
		for (let i = 0; i < this.count; i++) this.value[this.list[i]!] = 0;
		this.count = 0;
	}
}

export class ScorePool {
	private readonly free: Scores[] = [];
	private readonly leased: Scores[] = [];

	constructor(private readonly size: number) {}

	get(): Scores {
		const scores = this.free.pop() ?? new Scores(this.size);
		this.leased.push(scores);
		return scores;
	}

	/** Clears and takes back everything handed out since the last call. */
	releaseAll(): void {
		for (const scores of this.leased) {
			scores.clear();
			this.free.push(scores);
		}
		this.leased.length = 0;
	}
}
