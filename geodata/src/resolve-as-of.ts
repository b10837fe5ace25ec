/**
 * Turns what a user typed (URL, CLI, date field) into the exact day the atlas shows.
 * "Year Y" means 31 December Y, or today for the current year.
 */
import { isIsoDay, todayIso, type IsoDay } from './partial-date.js';

/** The timeline starts in the year the USSR dissolved. */
export const FIRST_YEAR = 1991;
export const FIRST_DAY: IsoDay = `${FIRST_YEAR}-01-01`;

export type AsOfResult = { ok: true; day: IsoDay; input: string } | { ok: false; error: string };

export const DATE_FORMS = 'YYYY (meaning 31 December, or today for the current year) or YYYY-MM-DD';

export function resolveAsOf(input: string, today: IsoDay = todayIso()): AsOfResult {
  const text = input.trim();
  const lastDay = today;
  let day: IsoDay;
  if (/^\d{4}$/.test(text)) {
    const year = Number(text);
    day = year === Number(today.slice(0, 4)) ? today : `${text}-12-31`;
  } else if (/^\d{4}-\d{2}-\d{2}$/.test(text) && isIsoDay(text)) {
    day = text;
  } else {
    return { ok: false, error: `"${input}" is not a date; use ${DATE_FORMS}` };
  }
  if (day < FIRST_DAY || day > lastDay) {
    return { ok: false, error: `"${input}" is outside the atlas's range ${FIRST_DAY} to ${lastDay}` };
  }
  return { ok: true, day, input: text };
}
