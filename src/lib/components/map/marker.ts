/**
 * `{@attach asMarker(context, coordinates)}` turns the element Svelte rendered into a
 * MapLibre marker: MapLibre moves it into the map and keeps it on its point. Svelte still
 * owns the element (its events, classes, accessible name); removing it removes the marker.
 *
 * Put the element inside a wrapper that stays behind (`<span>`): Svelte moves and removes
 * list items by their first and last node, and those must not be the moved element.
 */
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import type { Position } from '$lib/data';
import type { MapContext } from './context';

export function asMarker(
	context: MapContext,
	coordinates: Position,
	anchor: 'center' | 'bottom' = 'center'
): Attachment<HTMLElement> {
	return (element) => {
		// The map is fixed for the marker's life; reading it must not make the marker depend on it.
		const marker = untrack(() =>
			new context.maplibre.Marker({ element, anchor }).setLngLat(coordinates).addTo(context.map)
		);
		return () => {
			marker.remove();
		};
	};
}
