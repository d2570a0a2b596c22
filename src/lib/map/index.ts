/** The map's domain: places, clusters, the offline plattegrond, colours, symbols and legend. */
export { groupByPlace, type MapListing, type Place, type PlaceOffer } from './places';
export {
	PlaceIndex,
	type ClusterItem,
	type MapItem,
	type PlaceItem,
	type ClusterOptions
} from './cluster';
export {
	toMapAreas,
	mapAreasOf,
	labelPoint,
	type MapAreas,
	type MapAreaFeature,
	type MapAreaProperties
} from './areas';
export {
	buildBasemapStyle,
	buildOfflineStyle,
	muteColour,
	areaLayers,
	areaSource,
	selectedWijkFilter,
	selectedWijkFilters,
	AREA_SOURCE,
	WIJK_FILL_LAYER
} from './style';
export { BASEMAP_COLOURS, NEED_COLOURS, contrastRatio } from './palette';
export { NEED_STYLES, NEED_SYMBOLS, needStyle, type NeedStyle } from './symbols';
export { legendNeeds } from './legend';
export { bboxOfPoints, atLeast, padBBox, sameBBox } from './view';
export { StyleQueue } from './queue';
export { filterForMap, type MapFilter } from './filter';
export { placeLabels, type Rect, type Offset, type LabelOptions } from './labels';
export {
	areaPath,
	frameBBox,
	frameFor,
	frameZoom,
	labelBox,
	mercator,
	plattegrondBase,
	project,
	shadeByRange,
	svgLabels,
	svgMarkers,
	unproject,
	LABEL_FONT_SIZE,
	LABEL_LINE_HEIGHT,
	MARKER_RADIUS,
	type Frame,
	type FrameOptions,
	type PlattegrondBase,
	type SvgArea,
	type SvgLabel,
	type SvgMarker
} from './plattegrond';
