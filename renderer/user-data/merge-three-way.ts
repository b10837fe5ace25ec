/**
 * Merges the user's work when another window (a second browser tab) stored its own changes
 * since this one last read or wrote: `base` is what both started from, `ours` this window's
 * data, `theirs` what is stored now. Items are matched by id (notes by state). An item changed
 * or added on one side only takes that side; deleted on one side and untouched on the other, it
 * stays deleted; changed on both sides, this window's version wins (it is the latest edit the
 * user sees). Order: theirs first, then items only this window has.
 */
import type { UserData } from './user-data-schema.js';

type Keyed = { id?: string; state?: string };

function keyOf(item: Keyed): string {
  return item.id ?? `state:${item.state ?? ''}`;
}

function mergeList<T extends Keyed>(base: readonly T[], ours: readonly T[], theirs: readonly T[]): T[] {
  const index = (list: readonly T[]) => new Map(list.map((item) => [keyOf(item), item] as const));
  const b = index(base);
  const o = index(ours);
  const t = index(theirs);
  const same = (x: T | undefined, y: T | undefined) => JSON.stringify(x) === JSON.stringify(y);
  const keys = [...new Set([...t.keys(), ...o.keys()])];
  const merged: T[] = [];
  for (const key of keys) {
    const [inBase, inOurs, inTheirs] = [b.get(key), o.get(key), t.get(key)];
    const oursChanged = !same(inBase, inOurs);
    const theirsChanged = !same(inBase, inTheirs);
    // Ours wins where we changed it (an edit or an addition); else theirs (which may be a deletion).
    const pick = oursChanged ? inOurs : theirsChanged ? inTheirs : inOurs;
    // Deleted here but edited there: the edit is kept rather than lost.
    const kept = pick ?? (oursChanged && inOurs === undefined && theirsChanged ? inTheirs : undefined);
    if (kept !== undefined) merged.push(kept);
  }
  return merged;
}

export function mergeThreeWay(base: UserData, ours: UserData, theirs: UserData): UserData {
  return {
    ...ours,
    savedViews: mergeList(base.savedViews, ours.savedViews, theirs.savedViews),
    annotations: mergeList(base.annotations, ours.annotations, theirs.annotations),
    stateNotes: mergeList(base.stateNotes, ours.stateNotes, theirs.stateNotes),
  };
}
