/**
 * What the pages need only when a visitor asks (a postcode typed, "Gebruik mijn locatie",
 * a postcode in the URL): imported dynamically from here, never through ./index, so the
 * lookup code (postcode file, PDOK, geolocation and their messages) stays out of every
 * page's first load. A dynamic import of ./index would pull the whole barrel into the
 * chunk the pages share.
 */
export { findPostcode, loadPostcodeTable } from './find';
export { locate } from './geolocation';
