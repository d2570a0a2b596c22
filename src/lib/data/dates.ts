/** Today's date as YYYY-MM-DD in Europe/Amsterdam, the time zone of every Dutch gemeente. */
export function todayInAmsterdam(now: Date = new Date()): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}

/** "3 maart 2026" */
export function formatDutchDate(isoDate: string): string {
	return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
		new Date(`${isoDate}T00:00:00Z`)
	);
}
