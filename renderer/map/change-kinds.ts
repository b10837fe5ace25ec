/**
 * For the change map: how each state's statuses in the shown organisations differ between two
 * days — joined (no status before), left (no status after) or changed (any status differs).
 */
import type { ChangeKind } from '../../geodata/src/queries.js';
import type { OrgId, Status } from '../../geodata/src/schema.js';

export type { ChangeKind };

export function changeKinds(
  before: ReadonlyMap<string, Partial<Record<OrgId, Status>>>,
  after: ReadonlyMap<string, Partial<Record<OrgId, Status>>>,
  orgs: readonly OrgId[],
): Map<string, ChangeKind> {
  const kinds = new Map<string, ChangeKind>();
  for (const iso3 of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(iso3) ?? {};
    const b = after.get(iso3) ?? {};
    const hadAny = orgs.some((o) => a[o] !== undefined);
    const hasAny = orgs.some((o) => b[o] !== undefined);
    if (!hadAny && hasAny) kinds.set(iso3, 'joined');
    else if (hadAny && !hasAny) kinds.set(iso3, 'left');
    else if (orgs.some((o) => a[o] !== b[o])) kinds.set(iso3, 'changed');
  }
  return kinds;
}
