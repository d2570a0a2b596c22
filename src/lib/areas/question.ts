/**
 * "Waar woont uw naaste?" follows the areas: in a region it asks the gemeente first, then
 * the wijk where that gemeente has wijken; it is not asked at all when there is only one
 * possible answer (a single gemeente without wijken). Pure and light: the question page
 * runs it in the browser on the plain lists the layout hands over.
 */

export interface NamedArea {
	code: string;
	name: string;
}

export interface GemeenteChoice extends NamedArea {
	wijken: NamedArea[];
}

/**
 * The one rule for what the area answer (`wijk` in the URL) may hold: a wijk, or in a
 * region a gemeente that has no wijken. A single gemeente without wijken has no answer to
 * choose. Generic over the area's shape, so the question (plain lists) and the build
 * (the hierarchy with outlines) apply the same rule.
 */
export function answerAreasBy<G, W>(
	gemeenten: readonly G[],
	wijkenOf: (gemeente: G) => readonly W[]
): (G | W)[] {
	return gemeenten.flatMap((g): (G | W)[] => {
		const wijken = wijkenOf(g);
		return wijken.length ? [...wijken] : gemeenten.length > 1 ? [g] : [];
	});
}

/** The area answers of the question's plain lists: code and name. */
export function answerAreas(gemeenten: readonly GemeenteChoice[]): NamedArea[] {
	return answerAreasBy(gemeenten, (g) => g.wijken).map(({ code, name }) => ({ code, name }));
}

/** Only worth asking when there are at least two answers to choose from. */
export function asksWhere(gemeenten: readonly GemeenteChoice[]): boolean {
	return answerAreas(gemeenten).length > 1;
}

export type WhereChoice =
	| { level: 'gemeente'; options: (NamedArea & { hasWijken: boolean })[] }
	| { level: 'wijk'; gemeente?: NamedArea; options: NamedArea[] };

/**
 * The buttons the question shows: the gemeenten while none is chosen (in a region), else
 * the wijken of the chosen or only gemeente. `chosen` is a gemeente code from the URL.
 */
export function whereChoices(gemeenten: readonly GemeenteChoice[], chosen?: string): WhereChoice {
	const gemeente =
		gemeenten.length === 1
			? gemeenten[0]
			: gemeenten.find((g) => g.code === chosen && g.wijken.length);
	if (gemeente) {
		return {
			level: 'wijk',
			gemeente: gemeenten.length > 1 ? { code: gemeente.code, name: gemeente.name } : undefined,
			options: gemeente.wijken
		};
	}
	return {
		level: 'gemeente',
		options: gemeenten.map((g) => ({ code: g.code, name: g.name, hasWijken: g.wijken.length > 0 }))
	};
}

/** The gemeente an area answer lies in: the gemeente itself, or the wijk's gemeente. */
export function gemeenteOfAnswer(
	gemeenten: readonly GemeenteChoice[],
	code?: string
): string | undefined {
	if (!code) return undefined;
	return gemeenten.find((g) => g.code === code || g.wijken.some((w) => w.code === code))?.code;
}

/**
 * The questions the site really asks: every step, less "Waar woont uw naaste?" when it has
 * only one answer. "Zoek hulp in N korte vragen" counts these, never a fixed number.
 */
export function stepsAsked<T extends { key: string }>(
	steps: readonly T[],
	gemeenten: readonly GemeenteChoice[]
): T[] {
	return asksWhere(gemeenten) ? [...steps] : steps.filter((step) => step.key !== 'wijk');
}
