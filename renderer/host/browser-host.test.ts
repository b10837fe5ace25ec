import { describe, expect, it } from 'vitest';
import { BROWSER_STORE_MAX_CHARS, BrowserHost, USER_DATA_KEYS } from './browser-host.js';
import { USER_DATA_FORMAT } from './user-data-format.js';

/** Local storage with a quota in characters, as browsers count it. */
function fakeStorage(quotaChars = 5_000_000): Storage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  const used = () => [...map].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    map,
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => {
      if (used() - (map.get(k)?.length ?? 0) + v.length + k.length > quotaChars) throw new Error('QuotaExceededError');
      map.set(k, v);
    },
  };
}

const doc = (pad = '') => JSON.stringify({ format: USER_DATA_FORMAT, version: 1, savedViews: [], annotations: [], stateNotes: [], pad });

describe('BrowserHost.storeUserData', () => {
  it('states the real limit up front instead of failing at the quota', async () => {
    const host = new BrowserHost('1', () => undefined, fakeStorage());
    const r = await host.storeUserData(doc('x'.repeat(BROWSER_STORE_MAX_CHARS)), { preserveCurrent: false });
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/this browser keeps about 2\.50 million characters/) as string });
  });

  it('fits a document at the limit with the previous copy beside it', async () => {
    const storage = fakeStorage();
    const host = new BrowserHost('1', () => undefined, storage);
    const big = doc('x'.repeat(BROWSER_STORE_MAX_CHARS - 200));
    expect(await host.storeUserData(big, { preserveCurrent: false })).toEqual({ ok: true });
    expect(await host.storeUserData(big, { preserveCurrent: false })).toEqual({ ok: true });
    expect(storage.map.get(USER_DATA_KEYS.previous)).toBe(big);
  });

  it('reports a refused store as not stored (never as saved)', async () => {
    const host = new BrowserHost('1', () => undefined, fakeStorage(1000));
    const r = await host.storeUserData(doc('y'.repeat(2000)), { preserveCurrent: false });
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining('Not stored in this browser') as string });
  });

  it('keeps an unreadable or newer copy aside even without preserveCurrent', async () => {
    for (const existing of ['{"format": "eurasian', JSON.stringify({ format: USER_DATA_FORMAT, version: 99 })]) {
      const storage = fakeStorage();
      storage.map.set(USER_DATA_KEYS.current, existing);
      const host = new BrowserHost('1', () => undefined, storage);
      expect(await host.storeUserData(doc(), { preserveCurrent: false })).toEqual({ ok: true });
      const aside = [...storage.map].filter(([k]) => k.startsWith(USER_DATA_KEYS.preservedPrefix)).map(([, v]) => v);
      expect(aside).toEqual([existing]);
      expect(storage.map.has(USER_DATA_KEYS.previous)).toBe(false);
    }
  });
});

describe('BrowserHost.onUserDataChanged', () => {
  it('passes on the other tab\u2019s stored copy from a storage event, and nothing else', () => {
    const storage = fakeStorage();
    const host = new BrowserHost('1', () => undefined, storage);
    const target = new EventTarget();
    const seen: string[] = [];
    const stop = host.onUserDataChanged((t) => seen.push(t), target as unknown as Window);
    const event = (init: { key: string | null; newValue: string | null; storageArea: Storage | null }) => Object.assign(new Event('storage'), init);
    target.dispatchEvent(event({ key: USER_DATA_KEYS.current, newValue: doc('b'), storageArea: storage }));
    target.dispatchEvent(event({ key: USER_DATA_KEYS.previous, newValue: doc('p'), storageArea: storage }));
    target.dispatchEvent(event({ key: USER_DATA_KEYS.current, newValue: null, storageArea: storage }));
    target.dispatchEvent(event({ key: USER_DATA_KEYS.current, newValue: doc('s'), storageArea: fakeStorage() }));
    stop();
    target.dispatchEvent(event({ key: USER_DATA_KEYS.current, newValue: doc('late'), storageArea: storage }));
    expect(seen).toEqual([doc('b')]);
  });
});
