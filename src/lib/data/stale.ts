import { todayInAmsterdam } from './dates';

export const STALE_AFTER_MONTHS = 12;

/** True when nobody has checked the entry for more than 12 months. */
export function isStale(lastVerified: string, now: Date = new Date()): boolean {
	const limit = new Date(`${todayInAmsterdam(now)}T00:00:00Z`);
	limit.setUTCMonth(limit.getUTCMonth() - STALE_AFTER_MONTHS);
	return lastVerified < limit.toISOString().slice(0, 10);
}
