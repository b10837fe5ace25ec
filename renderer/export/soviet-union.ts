/**
 * Before the USSR's dissolution the map draws its republics as one state (as renderer/main.ts
 * does for the live map; the day and the set are the same).
 */
import type { AtlasQueries } from '../../geodata/src/queries.js';
import type { IsoDay } from '../../geodata/src/partial-date.js';

export const USSR_DISSOLVED: IsoDay = '1991-12-26';

export function isSovietUnionDrawn(day: IsoDay): boolean {
  return day < USSR_DISSOLVED;
}

export function sovietRepublics(queries: AtlasQueries): Set<string> {
  return new Set([...queries.statesByIso.values()].filter((s) => s.successorOf === 'SUN').map((s) => s.iso3));
}
