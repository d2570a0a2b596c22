/** The offline notice: which date the visitor's copy of the data is from. */
import { formatDate } from '../data/dates';
import { getLocale, m } from '../i18n';

/**
 * The newest check date among the offers (HSDS `assured_date`, our `lastVerified`): the
 * data can be no newer than the last time someone checked an entry. Dates are YYYY-MM-DD,
 * so the newest is the largest string.
 */
export function dataDate(lastVerified: Iterable<string>): string | undefined {
	let newest: string | undefined;
	for (const date of lastVerified) if (newest === undefined || date > newest) newest = date;
	return newest;
}

/** "U bent offline; de gegevens zijn van 13 november 2026.", in the page's language. */
export function offlineMessage(date: string | undefined): string {
	return date
		? m.offline_notice_dated({ date: formatDate(date, getLocale()) })
		: m.offline_notice();
}
