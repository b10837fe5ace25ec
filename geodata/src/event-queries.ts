/**
 * Events in time: what involved a state up to a day, and what happened in a period (for the map's
 * marker layer). Pure functions over the events list (AtlasQueries.data.events).
 */
import { compareDates, startDay, type IsoDay } from './partial-date.js';
import type { AtlasEvent } from './schema.js';

/** The same calendar day N years earlier; 29 February falls back to 28 February. */
export function yearsBefore(day: IsoDay, years: number): IsoDay {
  const [y, m, d] = day.split('-');
  const year = String(Number(y) - years).padStart(4, '0');
  const leap = (n: number): boolean => (n % 4 === 0 && n % 100 !== 0) || n % 400 === 0;
  const dd = m === '02' && d === '29' && !leap(Number(year)) ? '28' : d;
  return `${year}-${m}-${dd}`;
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
