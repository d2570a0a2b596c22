/** Today's date as YYYY-MM-DD in Europe/Amsterdam, the time zone of every Dutch gemeente. */
export function todayInAmsterdam(now: Date = new Date()): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}

/** The Intl locale for an interface language: English as written in Europe ("3 March 2026"). */
export function intlLocale(locale: string): string {
	return locale === 'en' ? 'en-GB' : locale;
}

/** A YYYY-MM-DD date written out in a language: "3 maart 2026", "3 March 2026". */
export function formatDate(isoDate: string, locale = 'nl'): string {
	return new Intl.DateTimeFormat(intlLocale(locale), {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(`${isoDate}T00:00:00Z`));
}
