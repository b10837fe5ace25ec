/**
 * What an import would do to the user's data, worked out before anything is applied: how many
 * items are new, already present or in conflict (same id, different content), and whether the
 * merged result would exceed the limits. Pure; the store applies a plan only once the user confirms.
 */
import type { Rejection } from './read-user-data.js';
import { USER_DATA_LIMITS, serialiseUserData, type Annotation, type SavedView, type StateNote, type UserData } from './user-data-schema.js';

export type ItemKind = 'savedViews' | 'annotations' | 'stateNotes';
export const ITEM_KINDS: readonly ItemKind[] = ['savedViews', 'annotations', 'stateNotes'];

export const ITEM_KIND_LABELS: Record<ItemKind, { one: string; many: string }> = {
  savedViews: { one: 'saved view', many: 'saved views' },
  annotations: { one: 'annotation', many: 'annotations' },
  stateNotes: { one: 'state note', many: 'state notes' },
};

/** An imported item whose id (or, for a note, state) the user already has with other content. */
export interface Conflict {
  kind: ItemKind;
  key: string;
  /** How the user's own item reads: a view's name, an annotation's text, the start of a note. */
  mine: string;
  /** How the imported item reads. */
  theirs: string;
}

export interface KindCounts {
  /** Items the user does not have yet. */
  added: number;
  /** Items identical to one the user has: nothing to do. */
  same: number;
  /** Items with the id of a different item the user has. */
  conflicting: number;
}

export interface ImportPlan {
  fileName: string;
  /** Every valid item of the file. */
  incoming: UserData;
  /** Every item of the file that was refused, with the reason. */
  rejected: Rejection[];
  counts: Record<ItemKind, KindCounts>;
  conflicts: Conflict[];
  /** Why the plan cannot be applied at all (the merge would exceed a limit), or null. */
  blocking: string | null;
}

export interface MergeChoice {
  /** Replace the user's items that conflict with imported ones; otherwise they are kept and the imported ones skipped. */
  replaceConflicts: boolean;
}

export interface Merge {
  data: UserData;
  added: number;
  replaced: Conflict[];
  skipped: Conflict[];
}

type Item = SavedView | Annotation | StateNote;

function keyOf(kind: ItemKind, item: Item): string {
  return kind === 'stateNotes' ? (item as StateNote).state : (item as SavedView | Annotation).id;
}

/** How many characters of a note a conflict quotes. */
const NOTE_QUOTE_CHARS = 60;

function labelOf(kind: ItemKind, item: Item): string {
  if (kind === 'savedViews') return (item as SavedView).name;
  if (kind === 'stateNotes') {
    const text = (item as StateNote).text;
    return text.length > NOTE_QUOTE_CHARS ? `${text.slice(0, NOTE_QUOTE_CHARS)}…` : text;
  }
  const a = item as Annotation;
  return a.text === '' ? `${a.kind} without text` : a.text;
}

/** Whether two items say the same thing; a note's `updated` time alone does not make it different. */
function isSame(kind: ItemKind, a: Item, b: Item): boolean {
  if (kind === 'stateNotes') return (a as StateNote).text === (b as StateNote).text;
  return JSON.stringify(a) === JSON.stringify(b);
}

function mergeList<T extends Item>(kind: ItemKind, mine: readonly T[], theirs: readonly T[], choice: MergeChoice): { list: T[]; added: number; same: number; replaced: Conflict[]; skipped: Conflict[] } {
  const list = [...mine];
  const index = new Map(mine.map((item, i) => [keyOf(kind, item), i]));
  let added = 0;
  let same = 0;
  const replaced: Conflict[] = [];
  const skipped: Conflict[] = [];
  for (const item of theirs) {
    const key = keyOf(kind, item);
    const at = index.get(key);
    if (at === undefined) {
      index.set(key, list.length);
      list.push(item);
      added += 1;
    } else if (isSame(kind, list[at]!, item)) {
      same += 1;
    } else {
      const conflict: Conflict = { kind, key, mine: labelOf(kind, list[at]!), theirs: labelOf(kind, item) };
      if (choice.replaceConflicts) {
        list[at] = item;
        replaced.push(conflict);
      } else {
        skipped.push(conflict);
      }
    }
  }
  return { list, added, same, replaced, skipped };
}

/** Merges imported data into the user's by id (notes by state), keeping the user's order. */
export function mergeUserData(mine: UserData, theirs: UserData, choice: MergeChoice): Merge & { counts: Record<ItemKind, KindCounts> } {
  const views = mergeList('savedViews', mine.savedViews, theirs.savedViews, choice);
  const annotations = mergeList('annotations', mine.annotations, theirs.annotations, choice);
  const notes = mergeList('stateNotes', mine.stateNotes, theirs.stateNotes, choice);
  const parts = { savedViews: views, annotations, stateNotes: notes };
  const counts = Object.fromEntries(
    ITEM_KINDS.map((k) => [k, { added: parts[k].added, same: parts[k].same, conflicting: parts[k].replaced.length + parts[k].skipped.length }]),
  ) as Record<ItemKind, KindCounts>;
  return {
    data: { ...mine, savedViews: views.list, annotations: annotations.list, stateNotes: notes.list },
    added: views.added + annotations.added + notes.added,
    replaced: [...views.replaced, ...annotations.replaced, ...notes.replaced],
    skipped: [...views.skipped, ...annotations.skipped, ...notes.skipped],
    counts,
  };
}

/** Why the user's data could not hold `data` (too many items, too large), or null. */
export function limitProblem(data: UserData): string | null {
  for (const kind of ITEM_KINDS) {
    if (data[kind].length > USER_DATA_LIMITS.items) {
      return `it would make ${data[kind].length} ${ITEM_KIND_LABELS[kind].many}, more than the ${USER_DATA_LIMITS.items} the atlas keeps`;
    }
  }
  const bytes = new TextEncoder().encode(serialiseUserData(data)).length;
  if (bytes > USER_DATA_LIMITS.fileBytes) {
    return `it would make your saved data ${(bytes / 1e6).toFixed(1)} MB, more than the ${USER_DATA_LIMITS.fileBytes / 1024 / 1024} MB it may have`;
  }
  return null;
}

export function planImport(mine: UserData, read: { data: UserData; rejected: Rejection[] }, fileName: string): ImportPlan {
  // Conflicts are listed whichever way the user chooses; the store checks the limits again on the
  // result it actually applies.
  const kept = mergeUserData(mine, read.data, { replaceConflicts: false });
  const problem = limitProblem(kept.data);
  return {
    fileName,
    incoming: read.data,
    rejected: read.rejected,
    counts: kept.counts,
    conflicts: kept.skipped,
    blocking: problem ? `Nothing can be imported from ${fileName}: ${problem}. Delete some of your items first.` : null,
  };
}

/** Whether applying the plan would change anything at all. */
export function hasAnythingToImport(plan: ImportPlan): boolean {
  return ITEM_KINDS.some((k) => plan.counts[k].added > 0 || plan.counts[k].conflicting > 0);
}
