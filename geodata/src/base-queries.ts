/**
 * Which military bases and facilities are active on a day, on whose soil and run by whom. Pure
 * functions over the bases list (AtlasQueries.data.bases); the panel, the map layer and the
 * exports all ask these.
 */
import { compareDates, holdsOn, type IsoDay } from './partial-date.js';
import type { Base } from './schema.js';

/** Oldest first, then by name: the order a reader scans a list of sites in. */
function byOpeningThenName(a: Base, b: Base): number {
  return compareDates(a.from, b.from) || a.name.localeCompare(b.name);
}

/** Every base active on the day. Half-open [from, to): Manas is gone on 2014-06-03, the day it closed. */
export function basesOn(bases: readonly Base[], day: IsoDay): Base[] {
  return bases.filter((b) => holdsOn(b, day)).sort(byOpeningThenName);
}

/** Foreign bases on the state's (de jure) soil active on the day. */
export function basesHostedBy(bases: readonly Base[], iso3: string, day: IsoDay): Base[] {
  return basesOn(bases, day).filter((b) => b.host === iso3 && b.operator !== iso3);
}

/** The state's own bases abroad active on the day. */
export function basesOperatedBy(bases: readonly Base[], iso3: string, day: IsoDay): Base[] {
  return basesOn(bases, day).filter((b) => b.operator === iso3 && b.host !== iso3);
}

/** What the bases list covers, said wherever it is shown (panel, CLI, exports). */
export const BASES_SCOPE =
  'Foreign military bases and deployments of a year or more, by any operator, on the soil of the states on the default map (Europe, Asia, the Middle East, North Africa and the Sahel, the Horn of Africa, Diego Garcia), 1991 to the data’s as-of date. Several sites of one operator in one host may be one regional entry. None listed means none known.';
