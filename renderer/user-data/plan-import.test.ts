import { describe, expect, it } from 'vitest';
import { hasAnythingToImport, mergeUserData, planImport } from './plan-import.js';
import { emptyUserData, type SavedView, type UserData } from './user-data-schema.js';

const view = (id: string, name: string): SavedView => ({ id, name, link: '#date=2016', note: '', created: '2026-11-20T10:00:00.000Z' });
const data = (patch: Partial<UserData>): UserData => ({ ...emptyUserData(), ...patch });

describe('mergeUserData', () => {
  it('keeps the user’s order, replaces in place when asked, and appends new items', () => {
    const mine = data({ savedViews: [view('a', 'A'), view('b', 'B')] });
    const theirs = data({ savedViews: [view('c', 'C'), view('a', 'A (theirs)')] });
    expect(mergeUserData(mine, theirs, { replaceConflicts: true }).data.savedViews.map((v) => v.name)).toEqual(['A (theirs)', 'B', 'C']);
    expect(mergeUserData(mine, theirs, { replaceConflicts: false }).data.savedViews.map((v) => v.name)).toEqual(['A', 'B', 'C']);
  });

  it('treats a note with the same text as the same note, whenever it was last changed', () => {
    const mine = data({ stateNotes: [{ state: 'KAZ', text: 'same', updated: '2026-01-01T00:00:00.000Z' }] });
    const theirs = data({ stateNotes: [{ state: 'KAZ', text: 'same', updated: '2026-06-01T00:00:00.000Z' }] });
    expect(mergeUserData(mine, theirs, { replaceConflicts: false }).counts.stateNotes).toEqual({ added: 0, same: 1, conflicting: 0 });
  });
});

describe('planImport', () => {
  it('says when a file holds nothing new', () => {
    const mine = data({ savedViews: [view('a', 'A')] });
    const plan = planImport(mine, { data: mine, rejected: [] }, 'mine.json');
    expect(plan.counts.savedViews).toEqual({ added: 0, same: 1, conflicting: 0 });
    expect(hasAnythingToImport(plan)).toBe(false);
  });

  it('quotes the start of both notes in a conflict', () => {
    const long = 'n'.repeat(100);
    const plan = planImport(
      data({ stateNotes: [{ state: 'KAZ', text: 'mine', updated: '2026-01-01T00:00:00.000Z' }] }),
      { data: data({ stateNotes: [{ state: 'KAZ', text: long, updated: '2026-01-01T00:00:00.000Z' }] }), rejected: [] },
      'x.json',
    );
    expect(plan.conflicts).toEqual([{ kind: 'stateNotes', key: 'KAZ', mine: 'mine', theirs: `${'n'.repeat(60)}…` }]);
    expect(hasAnythingToImport(plan)).toBe(true);
  });
});
