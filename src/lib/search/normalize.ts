/**
 * Dutch text to search tokens. The index and the query go through the same functions, so
 * "Alzheimer Café", "alzheimer-cafe" and "ALZHEIMER CAFE" all become the tokens
 * alzheimer + cafe; the engine joins neighbours, which makes them equal to "alzheimercafe".
 */

/**
 * Lower case, no accents (café = cafe, ĳ = ij), hyphens and punctuation become spaces.
 * Turkish and Arabic words stay words, for the taxonomy's labels in those languages: the
 * dotless ı has no accent to drop. Arabic loses its vowel marks (أ = ا), writes ة and ى
 * the way people often type them (ه, ي), and drops the article ال, so "خرف" finds "الخرف".
 */
export function normalize(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/ı/g, 'i')
		.replace(/[^a-z0-9\u0621-\u064a]+/g, ' ')
		.replace(/ة/g, 'ه')
		.replace(/ى/g, 'ي')
		.replace(/(^| )ال(?=[\u0621-\u064a]{2})/g, '$1')
		.trim();
}

/** Every word of at least two characters, in order, stopwords included (synonym phrases need them). */
export function tokenize(text: string): string[] {
	const normalized = normalize(text);
	return normalized ? normalized.split(' ').filter((token) => token.length > 1) : [];
}

/**
 * Words that say nothing about the help someone is looking for. A query of only these
 * words still searches on them (see the engine), so "hulp" alone is not empty.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
	(
		'de het een en of ik mijn mij me u uw je jij jouw wij we ons onze zij ze hij hem haar hun die dat deze dit ' +
		'der des met voor van in op aan bij naar om te tot uit over als dan er is zijn ben bent heb hebt heeft had ' +
		'wil wilt wilde zou kan kun kunt kunnen moet mag hoe wat waar wie welke iemand graag ook nog niet geen al wel ' +
		'maar zo heel erg veel meer iets wordt worden word door zoek zoeken help hulp nodig gaat doen'
	).split(' ')
);

export const isStopword = (token: string) => STOPWORDS.has(token);

/** Plural and diminutive endings, longest first. "-heid" and "-ing" stay: they make another word. */
const SUFFIXES = ['tjes', 'jes', 'tje', 'ssen', 'en', 'je', 'es', 's', 'e'];
const MIN_STEM = 4;

/**
 * A light stem so that "cursussen" finds "cursus", "klusjes" and "klussen" find "klus" and
 * "boodschappen" finds "boodschap". Strips one ending and undoes a doubled final
 * consonant; never leaves fewer than four letters, so short words stay as they are.
 */
export function stem(token: string): string {
	for (const suffix of SUFFIXES) {
		if (!token.endsWith(suffix)) continue;
		let base = token.slice(0, -suffix.length);
		// A plural -s follows -er, -el, -en, -em or a vowel-e (ouders, cafés); "oppas" and "cursus" keep theirs.
		if (suffix === 's' && !/(e[rlnm]|e)$/.test(base)) continue;
		if (suffix === 'ssen') base += 's';
		else if (/([bdfgklmnprst])\1$/.test(base)) base = base.slice(0, -1);
		if (base.length >= MIN_STEM) return base;
	}
	return token;
}

/**
 * Optimal string alignment distance (Levenshtein plus swapping two neighbours), stopped
 * early once it exceeds `max`: "alzhiemer" is one step from "alzheimer".
 */
export function editDistance(a: string, b: string, max = 2): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	if (a === b) return 0;
	const width = b.length + 1;
	let before = new Array<number>(width).fill(0);
	let previous = Array.from({ length: width }, (_, j) => j);
	let current = new Array<number>(width).fill(0);
	for (let i = 1; i <= a.length; i++) {
		current[0] = i;
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				value = Math.min(value, before[j - 2]! + 1);
			current[j] = value;
			if (value < rowMin) rowMin = value;
		}
		if (rowMin > max) return max + 1;
		[before, previous, current] = [previous, current, before];
	}
	return previous[b.length]!;
}

/** How many typos a word of this length may have: none up to 4 letters, one up to 7, then two. */
export function allowedTypos(length: number): number {
	return length <= 4 ? 0 : length <= 7 ? 1 : 2;
}
