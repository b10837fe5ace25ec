import { describe, expect, it } from 'vitest';
import { defaultState } from '../state/app-state.js';
import { AppStore, type StateKey } from './app-store.js';

const createStore = () => new AppStore(defaultState('2026-12-06'));

describe('AppStore', () => {
  it('applies a patch and tells listeners which keys changed', () => {
    const store = createStore();
    const heard: StateKey[][] = [];
    store.subscribe((_, changed) => heard.push([...changed]));
    store.update({ day: '2016-12-31', dateInput: '2016', table: false });
    expect(store.state.day).toBe('2016-12-31');
    expect(heard).toEqual([['day', 'dateInput']]);
  });

  it('stays quiet when nothing changes, comparing values rather than identity', () => {
    const store = createStore();
    let calls = 0;
    store.subscribe(() => calls++);
    store.update({ orgs: ['SCO'], overlays: { bases: true, events: false }, compare: null });
    expect(calls).toBe(0);
  });

  it('refresh tells every listener that every key may have changed', () => {
    const store = createStore();
    let changed: ReadonlySet<StateKey> = new Set();
    store.subscribe((_, c) => (changed = c));
    store.refresh();
    expect([...changed].sort()).toEqual(Object.keys(store.state).sort());
  });

  it('stops telling a listener once it unsubscribes', () => {
    const store = createStore();
    let calls = 0;
    const off = store.subscribe(() => calls++);
    store.update({ table: true });
    off();
    store.update({ table: false });
    expect(calls).toBe(1);
  });
});
