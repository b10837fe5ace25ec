/**
 * ISO partial dates at the precision a source gives: "2001", "2001-06" or "2001-06-15".
 *
 * Interval rule (documented in the README): a fact holds on the half-open interval
 * [from, to). A partial bound is read as its first day, so `from: "1993-12"` holds from
 * 1 December 1993 and `to: "2012"` ends before 1 January 2012. The UI always shows the
 * bound at the precision it was recorded with.
 */
import { isValid, parseISO, formatISO } from 'date-fns';

/** The brand of PartialDate (types only; exported so declaration files can name it). */
export declare const partialDateBrand: unique symbol;
export type PartialDate = string & { readonly __partialDate?: typeof partialDateBrand };
/** A full calendar day, YYYY-MM-DD. */
export type IsoDay = string;

const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type Precision = 'year' | 'month' | 'day';

export function precisionOf(date: PartialDate): Precision {
  const match = PARTIAL_DATE_PATTERN.exec(date);
  if (!match) throw new RangeError(`Not a partial date: "${date}"`);
  if (match[3] !== undefined) return 'day';
  if (match[2] !== undefined) return 'month';
  return 'year';
}

export function isPartialDate(value: string): value is PartialDate {
  const match = PARTIAL_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const day = `${y}-${m ?? '01'}-${d ?? '01'}`;
  const parsed = parseISO(day);
  // parseISO accepts 2001-02-30 as invalid; also guard round-trip so 2001-13 is rejected.
  return isValid(parsed) && formatISO(parsed, { representation: 'date' }) === day;
}

export function isIsoDay(value: string): value is IsoDay {
  return isPartialDate(value) && precisionOf(value) === 'day';
}

/** The first day a partial date covers: "1993-12" -> "1993-12-01". */
export function startDay(date: PartialDate): IsoDay {
  switch (precisionOf(date)) {
    case 'day':
      return date;
    case 'month':
      return `${date}-01`;
    case 'year':
      return `${date}-01-01`;
  }
}

/** Compare two partial dates by their first day. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const da = startDay(a);
  const db = startDay(b);
  return da < db ? -1 : da > db ? 1 : 0;
}

/**
 * The one "active on a day" rule. Half-open interval test: from <= day < to (to null = still in
 * force; from null = since before the atlas's records, as for a disputed area).
 */
export function holdsOn(interval: { from: PartialDate | null; to: PartialDate | null }, day: IsoDay): boolean {
  if (interval.from !== null && startDay(interval.from) > day) return false;
  return interval.to === null || day < startDay(interval.to);
}

/** Do two half-open intervals share at least one day? */
export function intervalsOverlap(
  a: { from: PartialDate; to: PartialDate | null },
  b: { from: PartialDate; to: PartialDate | null },
): boolean {
  const aEndsBeforeB = a.to !== null && startDay(a.to) <= startDay(b.from);
  const bEndsBeforeA = b.to !== null && startDay(b.to) <= startDay(a.from);
  return !aEndsBeforeB && !bEndsBeforeA;
}

export function todayIso(now: Date = new Date()): IsoDay {
  return formatISO(now, { representation: 'date' });
}

export function addDays(day: IsoDay, days: number): IsoDay {
  const d = parseISO(day);
  d.setDate(d.getDate() + days);
  return formatISO(d, { representation: 'date' });
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2001-06-15" -> "15 June 2001", "1993-12" -> "December 1993", "1996" -> "1996". */
export function formatPartialDate(date: PartialDate): string {
  const match = PARTIAL_DATE_PATTERN.exec(date);
  if (!match) return date;
  const [, y, m, d] = match;
  if (m === undefined) return y!;
  const month = MONTHS[Number(m) - 1];
  if (d === undefined) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}
