/**
 * How every view writes a source's date: at the precision recorded, or "undated" when the page
 * shows no publication date (its recorded date is only when it was consulted).
 */
import { formatPartialDate } from './partial-date.js';
import type { Source } from './schema.js';

export function sourceDateText(source: Pick<Source, 'date' | 'undated'>): string {
  return source.undated ? 'undated' : formatPartialDate(source.date);
}
