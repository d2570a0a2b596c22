/**
 * Where the naaste lives: postcodes, the PDOK Locatieserver, the device's position, the
 * distance filter. Plain TypeScript, so the answers module and Node tests can use it; the
 * position kept in memory for the pages is a runes module of its own: ./here.svelte.ts.
 */
export { parsePostcode, lookupPostcode, EMPTY_POSTCODE_TABLE } from './postcode';
export type { Postcode, PostcodeEntry, PostcodePlace, PostcodeTable } from './postcode';
export {
	findPostcode,
	loadPostcodeTable,
	unknownPostcodeMessage,
	type PostcodeOutcome
} from './find';
export {
	lookupPostcodeAtPdok,
	pdokPostcodeUrl,
	PdokUnavailable,
	LOCATIESERVER_URL,
	type FetchLike
} from './pdok';
export {
	locate,
	locateMessage,
	type LocateFailure,
	type LocateOutcome,
	type GeolocationLike
} from './geolocation';
export { isWithin, KM_CHOICES, type Km } from './distance';
