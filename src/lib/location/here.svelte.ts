/**
 * The position from "Gebruik mijn locatie", in memory only: it survives moving from the
 * question "Waar woont uw naaste?" to the results, and is gone on reload. Never in the URL
 * or in storage (privacy: the position never leaves the browser).
 */
import type { Position } from '../data/schema';

let position = $state<Position | undefined>(undefined);

export const myLocation = {
	get position(): Position | undefined {
		return position;
	},
	set(value: Position): void {
		position = value;
	},
	forget(): void {
		position = undefined;
	}
};
