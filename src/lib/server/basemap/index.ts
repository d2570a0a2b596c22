/**
 * The basemap on the build machine: downloading it from PDOK, reading it from a PMTiles or
 * MBTiles file, writing it into the data folder, and listing it for the build.
 */
export { openArchive, type TileArchive } from './archive';
export {
	BASEMAP_FOLDER,
	BasemapTooLarge,
	BasemapWriter,
	basemapFiles,
	basemapFolder,
	formatMegabytes,
	hasBasemap
} from './folder';
export { copyTiles, downloadBasemap, getBytes, plainTile, type TileReader } from './tiles';
