/**
 * The map owner (MapView) hands the map to its children through this context. Children
 * declare what they show (markers, labels); only the owner creates and removes the map.
 */
import { createContext } from 'svelte';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Position } from '$lib/data';
import type { Maplibre } from './runtime';

export interface Camera {
	center: Position;
	zoom: number;
}

export interface MapContext {
	readonly map: MaplibreMap;
	readonly maplibre: Maplibre;
	/** Flies there, or jumps when the visitor asked for less motion. */
	moveTo(camera: Camera): void;
}

export const [getMapContext, setMapContext] = createContext<MapContext>();
