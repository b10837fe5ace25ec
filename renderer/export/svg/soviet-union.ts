/**
 * The export draws the USSR exactly as the live map does: the rule lives in geodata/src, the
 * republics of the day come from the USSR's dated phases in the derived ussr.geojson (the
 * unions table's outline union: fifteen republics until 6 September 1991, then twelve).
 */
import { isSovietUnionDrawn } from '../../../geodata/src/soviet-union.js';
import type { IsoDay } from '../../../geodata/src/partial-date.js';
import { activeOnDay } from '../../../geodata/src/unions.js';
import type { BorderData } from './border-data.js';

export { isSovietUnionDrawn };

/** The USSR's phases drawn on the day (none from 26 December 1991). */
export function ussrPhasesOn(borders: Pick<BorderData, 'ussr'>, day: IsoDay): BorderData['ussr']['features'] {
  return borders.ussr.features.filter((f) => activeOnDay(f.properties, day));
}

/** The republics inside the USSR on the day. */
export function sovietRepublicsOn(borders: Pick<BorderData, 'ussr'>, day: IsoDay): Set<string> {
  return new Set(ussrPhasesOn(borders, day).flatMap((f) => f.properties.units));
}
