const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * One Intl.DateTimeFormat per locale and options, made on first use. Making one loads locale
 * and time zone data, which costs a slow phone tens of milliseconds each time: a list of
 * offers would pay it per card, and a module that made one on import, on every page.
 */
export function dateTimeFormat(
	locale: string,
	options: Intl.DateTimeFormatOptions
): Intl.DateTimeFormat {
	const key = `${locale} ${JSON.stringify(options)}`;
	let format = formats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(locale, options);
		formats.set(key, format);
	}
	return format;
}

/** Today's date as YYYY-MM-DD in Europe/Amsterdam, the time zone of every Dutch gemeente. */
export function todayInAmsterdam(now: Date = new Date()): string {
	return dateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}

/** The Intl locale for an interface language: English as written in Europe ("3 March 2026"). */
export function intlLocale(locale: string): string {
	return locale === 'en' ? 'en-GB' : locale;
}

/** A YYYY-MM-DD date written out in a language: "3 maart 2026", "3 March 2026". */
export function formatDate(isoDate: string, locale = 'nl'): string {
	return dateTimeFormat(intlLocale(locale), {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(`${isoDate}T00:00:00Z`));
}
