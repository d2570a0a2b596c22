/**
 * "Begin hier" per gemeente: in a region every gemeente has its own steunpunt or loket,
 * and a resident must be sent to the one of the gemeente where the naaste lives (the
 * gemeente responsible under the Wmo), not to the region's first.
 */

export interface FirstContactSettings {
	/** The site's first contact: for a single gemeente, or when no gemeente is known. */
	steunpunt: string;
	/** Gemeente code → the id of that gemeente's first contact. */
	eersteContact?: Record<string, string>;
}

/** The first contact for the naaste's gemeente, or the site's own when the gemeente is unknown or has none. */
export function firstContactFor(site: FirstContactSettings, gemeente?: string): string {
	return (gemeente && site.eersteContact?.[gemeente]) || site.steunpunt;
}

/**
 * Every gemeente's own first contact, in the gemeenten's order: what "Begin hier" lists in a
 * region before anyone chose a gemeente. A gemeente without one is left out, not guessed.
 */
export function firstContactsByGemeente<T>(
	gemeenten: readonly { code: string; name: string }[],
	contacts: Readonly<Record<string, T>>
): { gemeente: string; contact: T }[] {
	return gemeenten.flatMap((g) => {
		const contact = contacts[g.code];
		return contact ? [{ gemeente: g.name, contact }] : [];
	});
}
