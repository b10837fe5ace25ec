/** The two days of the compare view, earlier first, or null when there is no comparison. */
import type { IsoDay } from '../../geodata/src/partial-date.js';
import type { AppState } from '../state/app-state.js';

export function compareDays(state: Pick<AppState, 'day' | 'compare'>): { earlier: IsoDay; later: IsoDay } | null {
  if (!state.compare) return null;
  const other = state.compare.day;
  return state.day <= other ? { earlier: state.day, later: other } : { earlier: other, later: state.day };
}
