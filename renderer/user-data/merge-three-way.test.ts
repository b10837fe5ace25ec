import { describe, expect, it } from 'vitest';
import { mergeThreeWay } from './merge-three-way.js';
import { emptyUserData, type SavedView, type UserData } from './user-data-schema.js';

const v = (id: string, name = id): SavedView => ({ id, name, link: '#date=2016', note: '', created: '2026-11-20T10:00:00.000Z' });
const data = (...views: SavedView[]): UserData => ({ ...emptyUserData(), savedViews: views });
const names = (d: UserData) => d.savedViews.map((x) => `${x.id}:${x.name}`);

describe('mergeThreeWay', () => {
  it('keeps additions from both sides', () => {
    expect(names(mergeThreeWay(data(v('a')), data(v('a'), v('ours')), data(v('a'), v('theirs'))))).toEqual(['a:a', 'theirs:theirs', 'ours:ours']);
  });

  it('keeps a deletion made on one side when the other did not touch the item', () => {
    expect(names(mergeThreeWay(data(v('a'), v('b')), data(v('a')), data(v('a'), v('b'))))).toEqual(['a:a']);
    expect(names(mergeThreeWay(data(v('a'), v('b')), data(v('a'), v('b')), data(v('b'))))).toEqual(['b:b']);
  });

  it('takes the changed side, and this window\u2019s edit when both changed the same item', () => {
    expect(names(mergeThreeWay(data(v('a')), data(v('a')), data(v('a', 'renamed there'))))).toEqual(['a:renamed there']);
    expect(names(mergeThreeWay(data(v('a')), data(v('a', 'here')), data(v('a', 'there'))))).toEqual(['a:here']);
  });

  it('keeps an edit made there to an item deleted here rather than lose it', () => {
    expect(names(mergeThreeWay(data(v('a')), data(), data(v('a', 'edited there'))))).toEqual(['a:edited there']);
  });

  it('merges state notes by state', () => {
    const note = (state: string, text: string) => ({ state, text, updated: '2026-11-21T09:30:00.000Z' });
    const merged = mergeThreeWay(emptyUserData(), { ...emptyUserData(), stateNotes: [note('KAZ', 'mine')] }, { ...emptyUserData(), stateNotes: [note('ARM', 'theirs')] });
    expect(merged.stateNotes.map((n) => n.state)).toEqual(['ARM', 'KAZ']);
  });
});
