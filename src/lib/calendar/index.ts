/** Calendar files (iCalendar, .ics) for groups that meet on dates. */
export {
	offerToICalendar,
	hasCalendar,
	startOfToday,
	offerUrl,
	eventUid,
	addressLine
} from './icalendar';
