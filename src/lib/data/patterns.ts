/**
 * Text patterns that both the build-time schema and the browser check, kept free of zod so
 * a page can use them without loading the schema.
 */

/** An offer id: a readable slug such as "alzheimercafe-de-haven". */
export const OFFER_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** One BYDAY part: "TU", "1TU" (first Tuesday), "-1TH" (last Thursday). */
export const BYDAY_PATTERN = /^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/;
