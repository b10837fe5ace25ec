/**
 * Events in time: what involved a state up to a day, and what happened in a period (for the map's
 * marker layer). Pure functions over the events list (AtlasQueries.data.events).
 */
import { format, parseISO, subYears } from 'date-fns';
import { compareDates, startDay, type IsoDay } from './partial-date.js';
import type { AtlasEvent } from './schema.js';

/** The same calendar day N years earlier; 29 February falls back to 28 February (date-fns subYears). */
export function yearsBefore(day: IsoDay, years: number): IsoDay {
  return format(subYears(parseISO(day), years), 'yyyy-MM-dd');
}

/** The last day an event covers, read at its first day like every partial bound. */
function lastDayOf(event: AtlasEvent): IsoDay {
  return startDay(event.end ?? event.date);
}

function chronological(a: AtlasEvent, b: AtlasEvent): number {
  return compareDates(a.date, b.date) || a.title.localeCompare(b.title);
}

/**
 * Events the state took part in that began on or before `upTo`, oldest first. With `withinYears`,
 * only those still running on or after the day `withinYears` before `upTo` (a war that began
 * earlier but was still going counts).
 */
export function eventsInvolving(events: readonly AtlasEvent[], iso3: string, upTo: IsoDay, withinYears?: number): AtlasEvent[] {
  const since = withinYears === undefined ? null : yearsBefore(upTo, withinYears);
  return events
    .filter((e) => e.participants.includes(iso3) && startDay(e.date) <= upTo && (since === null || lastDayOf(e) >= since))
    .sort(chronological);
}

/** Events whose days overlap [from, to] (both ends included), oldest first. */
export function eventsBetween(events: readonly AtlasEvent[], from: IsoDay, to: IsoDay): AtlasEvent[] {
  return events.filter((e) => startDay(e.date) <= to && lastDayOf(e) >= from).sort(chronological);
}
