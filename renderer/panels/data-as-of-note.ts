/** The note shown when the chosen date is after the day the data was last checked to. */
import { formatPartialDate, type IsoDay, type PartialDate } from '../../geodata/src/partial-date.js';

/** The last day a partial as-of date covers ("2026-03" → through 31 March), for comparing strings. */
function lastDayOf(date: PartialDate): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

/** "Data checked to 31 March 2026; later events are not yet included.", or null up to that day. */
export function dataAsOfNote(dataAsOf: PartialDate, day: IsoDay): string | null {
  return day > lastDayOf(dataAsOf) ? `Data checked to ${formatPartialDate(dataAsOf)}; later events are not yet included.` : null;
}
