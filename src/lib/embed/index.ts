/**
 * Embedding the kaart in another site: the page /insluiten in an iframe tells its host how
 * tall it is; static/insluiten.js on the host sets the iframe's height from that message.
 */
import { answersToQuery, type Answers } from '../answers';

/** The `type` of the height message; static/insluiten.js accepts nothing else. */
export const HEIGHT_MESSAGE = 'mantelzorgkaart:hoogte';

export interface HeightMessage {
	type: typeof HEIGHT_MESSAGE;
	/** CSS pixels, a whole number. */
	height: number;
}

export function heightMessage(pixels: number): HeightMessage {
	return {
		type: HEIGHT_MESSAGE,
		height: Number.isFinite(pixels) ? Math.max(0, Math.ceil(pixels)) : 0
	};
}

/** The full site's results page for the same filters: where "Bekijk op de kaart" goes. */
export function resultsHref(answers: Partial<Answers>): string {
	return `/resultaten${answersToQuery(answers)}`;
}
