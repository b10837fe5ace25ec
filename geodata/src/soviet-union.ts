/**
 * The USSR in the atlas: its 15 republics, and the day it ceased to exist. Before that day the
 * map, the exports and the derived data treat the republics as one state ("SUN").
 */
import type { IsoDay } from './partial-date.js';

/** The Soviet Union's dissolution (Declaration 142-Н of the Soviet of the Republics, 26 Dec 1991). */
export const USSR_DISSOLVED: IsoDay = '1991-12-26';

export const SOVIET_REPUBLICS: readonly string[] = ['ARM', 'AZE', 'BLR', 'EST', 'GEO', 'KAZ', 'KGZ', 'LVA', 'LTU', 'MDA', 'RUS', 'TJK', 'TKM', 'UKR', 'UZB'];

/** Is the USSR drawn as one state on this day? */
export function isSovietUnionDrawn(day: IsoDay): boolean {
  return day < USSR_DISSOLVED;
}
