import { todayInAmsterdam } from './dates';

export const STALE_AFTER_MONTHS = 12;

/** The first lastVerified date that is not stale on `today` (YYYY-MM-DD). */
export function staleBefore(today: string): string {
	const limit = new Date(`${today}T00:00:00Z`);
	limit.setUTCMonth(limit.getUTCMonth() - STALE_AFTER_MONTHS);
	return limit.toISOString().slice(0, 10);
}

/** True when nobody has checked the entry for more than 12 months. */
export function isStale(lastVerified: string, now: Date = new Date()): boolean {
	return lastVerified < staleBefore(todayInAmsterdam(now));
}
