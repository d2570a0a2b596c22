/** Text values in an iCalendar file (RFC 5545). */

/**
 * Text as RFC 5545 allows it in a TEXT value: control characters other than a tab and line
 * breaks cannot be written at all, so they go. ical-generator escapes the event's own text
 * properties; the calendar's NAME and X-WR-CALNAME it writes as given (see offerToICalendar).
 */
export function plainText(value: string): string {
	// eslint-disable-next-line no-control-regex -- these are exactly what must go
	return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

/**
 * A TEXT value escaped per RFC 5545 section 3.3.11: backslash, semicolon and comma escaped,
 * every line break (CRLF, LF or a lone CR, as Excel and old Macs write them) as `\n`. Written
 * raw, a line break in an offer name would end the property and start lines of its own
 * (`END:VEVENT`, `BEGIN:VEVENT`).
 */
export function escapeText(value: string): string {
	return plainText(value)
		.replace(/[\\;,]/g, (char) => `\\${char}`)
		.replace(/\r\n|\r|\n/g, '\\n');
}
