/**
 * Clusters places with supercluster. The index is built once per set of places; moving the
 * map only asks it for what is in view (`query`), which takes well under a millisecond.
 */
import Supercluster, { type ClusterFeature, type PointFeature } from 'supercluster';
import type { Position } from '../data/schema';
import type { BBox } from '../geo';
import type { Place } from './places';

export interface ClusterItem {
	type: 'cluster';
	key: string;
	clusterId: number;
	coordinates: Position;
	/** How many offers (not places) the cluster holds: the number on the bubble. */
	offerCount: number;
}

export interface PlaceItem {
	type: 'place';
	key: string;
	coordinates: Position;
	place: Place;
}

export type MapItem = ClusterItem | PlaceItem;

interface PointProps {
	place: Place;
}
interface ClusterProps {
	offerCount: number;
}

export interface ClusterOptions {
	/** Cluster radius in pixels (of a 512 px tile). Markers are about 40 px wide. */
	radius?: number;
	/** Above this zoom every place stands on its own. */
	maxZoom?: number;
}

function toItem(feature: PointFeature<PointProps> | ClusterFeature<ClusterProps>): MapItem {
	const coordinates = feature.geometry.coordinates as Position;
	const props = feature.properties;
	if ('cluster' in props && props.cluster) {
		return {
			type: 'cluster',
			key: `cluster-${props.cluster_id}`,
			clusterId: props.cluster_id,
			coordinates,
			offerCount: props.offerCount
		};
	}
	const { place } = props as PointProps;
	return { type: 'place', key: `place-${place.key}`, coordinates, place };
}

export class PlaceIndex {
	readonly #index: Supercluster<PointProps, ClusterProps>;
	readonly #placeCount: number;

	constructor(places: readonly Place[], { radius = 56, maxZoom = 16 }: ClusterOptions = {}) {
		this.#placeCount = places.length;
		this.#index = new Supercluster<PointProps, ClusterProps>({
			radius,
			maxZoom,
			map: (props) => ({ offerCount: props.place.offers.length }),
			reduce: (sum, props) => {
				sum.offerCount += props.offerCount;
			}
		});
		this.#index.load(
			places.map((place) => ({
				type: 'Feature',
				geometry: { type: 'Point', coordinates: [...place.coordinates] },
				properties: { place }
			}))
		);
	}

	get size(): number {
		return this.#placeCount;
	}

	/** Clusters and places inside `bbox` at this zoom (fractions are floored, as supercluster clusters per whole zoom). */
	query(bbox: BBox, zoom: number): MapItem[] {
		if (this.#placeCount === 0) return [];
		return this.#index.getClusters(bbox, Math.floor(zoom)).map(toItem);
	}

	/** The zoom at which the cluster falls apart into smaller groups or places. */
	expansionZoom(clusterId: number): number {
		return this.#index.getClusterExpansionZoom(clusterId);
	}

	/** The items the cluster splits into one zoom step later (their keys match `query`'s). */
	children(clusterId: number): MapItem[] {
		return this.#index.getChildren(clusterId).map(toItem);
	}

	/** Every place inside a cluster. */
	places(clusterId: number): Place[] {
		return this.#index.getLeaves(clusterId, Infinity).map((leaf) => leaf.properties.place);
	}
}
