/**
 * The fill colour of a state for the shown organisations: its status colour when one
 * organisation is shown, otherwise (or in the count view) the colour of how many it is a full
 * member of. The live map and the SVG export both paint with this.
 */
import type { OrgId, Status } from '../../geodata/src/schema.js';
import type { ViewMode } from '../state/app-state.js';
import { BASE_COLOURS, COUNT_COLOURS, COUNT_OTHER_STATUS, statusColour } from './palette.js';

/** Per state: its status in each organisation (absent = none). */
export type StatusTable = ReadonlyMap<string, Partial<Record<OrgId, Status>>>;

/** The statuses the count view counts as full membership. */
export const FULL_STATUSES: readonly Status[] = ['member'];

export function fillFor(statuses: Partial<Record<OrgId, Status>>, orgs: readonly OrgId[], mode: ViewMode): string {
  if (mode === 'count' || orgs.length > 1) {
    const count = orgs.filter((o) => statuses[o] !== undefined && FULL_STATUSES.includes(statuses[o]!)).length;
    const anyStatus = orgs.some((o) => statuses[o] !== undefined);
    if (count === 0) return anyStatus ? COUNT_OTHER_STATUS : BASE_COLOURS.land;
    return COUNT_COLOURS[Math.min(count, COUNT_COLOURS.length - 1)]!;
  }
  const org = orgs[0]!;
  const status = statuses[org];
  return status ? statusColour(org, status) : BASE_COLOURS.land;
}
