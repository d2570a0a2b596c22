/**
 * When groups meet: the next meeting dates of HSDS schedules and their description in
 * plain words, in every interface language. Pure functions; every local date and time is in Europe/Amsterdam.
 */
export { nextOccurrences, meetingSchedules, type Occurrence } from './occurrences';
export { formatOccurrence, describeSchedule, dutchMonthName } from './describe';
export { isRecurring, parseByDay, type ByDay, type RecurringSchedule, type Weekday } from './rule';
export { TIME_ZONE, amsterdamDate, amsterdamInstant } from './zoned';
