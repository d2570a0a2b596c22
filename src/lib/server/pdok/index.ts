/**
 * The PDOK services the data scripts use, all public and keyless: the Locatieserver (address →
 * point) and the CBS OGC APIs (gemeente, wijken, postcode areas). Only the command-line
 * scripts call these, never a visitor's browser.
 */
export type { FetchLike } from '../../pdok';
export { LOCATIESERVER_URL, parseWktPoint } from '../../pdok';
export { PDOK_OFFLINE, PdokError } from './http';
export {
	geocodeAddress,
	locatieserverUrl,
	type AddressQuery,
	type GeocodeResult
} from './locatieserver';
export {
	fetchAllFeatures,
	parseGemeentecode,
	postcode4Url,
	wijkenEnBuurtenUrl,
	type OgcFeature
} from './ogc';
export { attributionFor, buildGebieden, downloadGebieden } from './cbs-areas';
export {
	buildPostcodes,
	downloadPostcodes,
	type PostcodeEntry,
	type PostcodeIndex
} from './postcodes';
