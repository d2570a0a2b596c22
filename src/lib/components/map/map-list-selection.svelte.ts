/**
 * The map and the list beside it point at each other: choosing a marker focuses its card
 * (the list is the main view, so keyboard and screen reader follow), and hovering or
 * focusing a card lights its marker. Cards have the id `aanbod-<offer id>`.
 */
import { tick } from 'svelte';

export class MapListSelection {
	selectedId = $state<string>();
	highlightedId = $state<string>();

	select = async (id: string) => {
		this.selectedId = id;
		await tick();
		document.getElementById(`aanbod-${id}`)?.focus();
	};

	highlight = (id: string) => () => {
		this.highlightedId = id;
	};

	unhighlight = (id: string) => () => {
		if (this.highlightedId === id) this.highlightedId = undefined;
	};
}
