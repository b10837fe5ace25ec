import { describe, expect, it } from 'vitest';
import type { SaveRequest, SaveResult, StoreResult, StoredUserData } from '../host/atlas-host.js';
import { userDataIdentityProblem } from '../host/user-data-format.js';
import { UserDataStore, userDataFileName, type UserDataHost } from './user-data-store.js';
import { USER_DATA_FORMAT, USER_DATA_LIMITS, emptyUserData, serialiseUserData, type UserData } from './user-data-schema.js';

const NOW = new Date('2026-11-22T08:00:00.000Z');
const KNOWN_STATES = new Set(['KAZ', 'ARM', 'KGZ']);

interface FakeHostOptions {
  current?: string | null;
  previous?: string | null;
  /** The host answers every store with this error. */
  storeError?: string;
  /** The process "dies" after the new copy is written to its temporary file, before the rename. */
  crashAfterTempWrite?: boolean;
  saveResult?: SaveResult;
}

/**
 * An in-memory user-data folder with the hosts' storing rules: refuse a document that is not a
 * user-data file; move an unreadable current copy aside when asked, else keep it as the previous
 * copy; write the new copy to a temporary file and rename it over the current one.
 */
function createFakeHost(options: FakeHostOptions = {}) {
  const files: { current: string | null; previous: string | null; temp: string | null; aside: string[] } = {
    current: options.current ?? null,
    previous: options.previous ?? null,
    temp: null,
    aside: [],
  };
  const saved: SaveRequest[] = [];
  const stores: { text: string; preserveCurrent: boolean }[] = [];
  const host: UserDataHost = {
    loadUserData: (): Promise<StoredUserData> => Promise.resolve({ current: files.current, previous: files.previous }),
    storeUserData: (text: string, opts: { preserveCurrent: boolean }): Promise<StoreResult> => {
      stores.push({ text, preserveCurrent: opts.preserveCurrent });
      if (options.storeError) return Promise.resolve({ ok: false, error: options.storeError });
      const problem = userDataIdentityProblem(text);
      if (problem) return Promise.resolve({ ok: false, error: `Not stored: the document is ${problem}.` });
      files.temp = text;
      if (options.crashAfterTempWrite) return Promise.reject(new Error('the app was closed while saving'));
      if (files.current !== null) {
        if (opts.preserveCurrent) files.aside.push(files.current);
        else files.previous = files.current;
      }
      files.current = files.temp;
      files.temp = null;
      return Promise.resolve({ ok: true });
    },
    saveFile: (request: SaveRequest): Promise<SaveResult> => {
      saved.push(request);
      return Promise.resolve(options.saveResult ?? { ok: true, location: `/home/me/${request.suggestedName}` });
    },
  };
  return { host, files, saved, stores };
}

let ids = 0;
function createStore(host: UserDataHost): UserDataStore {
  return new UserDataStore({ host, isKnownState: (c) => KNOWN_STATES.has(c), now: () => NOW, newId: () => `id-${++ids}` });
}

async function loadedStore(host: UserDataHost): Promise<UserDataStore> {
  const store = createStore(host);
  await store.load();
  return store;
}

function document(patch: Partial<UserData> = {}): UserData {
  return {
    ...emptyUserData(),
    savedViews: [{ id: 'v1', name: 'SCO 2016', link: '#date=2016&orgs=SCO', note: 'for the briefing', created: '2026-11-20T10:00:00.000Z' }],
    annotations: [{ kind: 'label', id: 'a1', text: 'Kant air base', lng: 74.85, lat: 42.85 }],
    stateNotes: [{ state: 'KAZ', text: 'Check the 2023 trade figures', updated: '2026-11-21T09:30:00.000Z' }],
    ...patch,
  };
}

const text = (data: UserData): string => serialiseUserData(data);
const truncated = (data: UserData): string => text(data).slice(0, Math.floor(text(data).length / 2));

describe('loading the stored copy', () => {
  it('starts empty and silent when nothing was stored', async () => {
    const store = createStore(createFakeHost().host);
    expect(await store.load()).toEqual({ message: null });
    expect(store.isReady).toBe(true);
    expect(store.snapshot()).toEqual(emptyUserData());
  });

  it('loads a good copy without a message', async () => {
    const store = createStore(createFakeHost({ current: text(document()) }).host);
    expect(await store.load()).toEqual({ message: null });
    expect(store.snapshot()).toEqual(document());
  });

  it('a truncated copy: says why, loads the previous good copy, and the next save moves the unreadable copy aside', async () => {
    const corrupt = truncated(document());
    const previous = document({ annotations: [] });
    const fake = createFakeHost({ current: corrupt, previous: text(previous) });
    const store = createStore(fake.host);

    const { message } = await store.load();

    expect(message).toMatch(/^Your saved data could not be read: it is not valid JSON at line \d+, column \d+ \(the file may be truncated or damaged\)\./);
    expect(message).toContain('It is kept unchanged and will be set aside, never overwritten, when you next save.');
    expect(message).toContain('The previous good copy (last changed 21 November 2026) was loaded instead: 1 saved view, no annotations and 1 state note.');
    expect(store.snapshot()).toEqual(previous);

    expect((await store.setNote('ARM', 'Suspended its CSTO participation')).status).toBe('saved');
    expect(fake.stores.map((s) => s.preserveCurrent)).toEqual([true]);
    expect(fake.files.aside).toEqual([corrupt]);
    expect(fake.files.previous).toBe(text(previous));

    await store.setNote('ARM', 'Suspended its CSTO participation in 2024');
    expect(fake.stores.map((s) => s.preserveCurrent)).toEqual([true, false]);
    expect(fake.files.aside).toEqual([corrupt]);
  });

  it('a corrupt copy with no previous one: starts empty, says so, and still never overwrites it', async () => {
    const fake = createFakeHost({ current: '{"format": "eurasian-alliances-atlas/user-data", "version": 1, "savedViews": [' });
    const store = createStore(fake.host);
    const { message } = await store.load();
    expect(message).toMatch(/could not be read: it is not valid JSON.*There is no previous copy; you start with no saved views, annotations or notes\.$/);
    await store.addView({ name: 'Start', note: '', link: '#date=2000' });
    expect(fake.files.aside).toHaveLength(1);
    expect(fake.files.aside[0]).toContain('"savedViews": [');
  });

  it('a copy written by a newer atlas is refused as a whole, left untouched, and the previous copy loaded', async () => {
    const newer = JSON.stringify({ ...document(), version: 2, futureThing: { kind: 'timeline-bookmark' } });
    const fake = createFakeHost({ current: newer, previous: text(document()) });
    const store = createStore(fake.host);
    const { message } = await store.load();
    expect(message).toMatch(/^Your saved data could not be read: it was written by a newer version of the atlas \(schema version 2; this version reads up to 1\)\. Update the atlas to open it\./);
    expect(message).toContain('The previous good copy');
    expect(store.snapshot()).toEqual(document());
    await store.removeView('v1');
    expect(fake.files.aside).toEqual([newer]);
  });

  it('a copy with items this version refuses: keeps the rest, names what was left out, keeps the full copy', async () => {
    const doc = { ...document(), stateNotes: [...document().stateNotes, { state: 'ATL', text: 'Atlantis', updated: NOW.toISOString() }] };
    const fake = createFakeHost({ current: JSON.stringify(doc) });
    const store = createStore(fake.host);
    const { message } = await store.load();
    expect(message).toBe('1 part of your saved data could not be read and was left out: stateNotes[1]: unknown state "ATL". The stored copy is kept unchanged and will be set aside, never overwritten, when you next save.');
    expect(store.stateNotes.map((n) => n.state)).toEqual(['KAZ']);
    await store.setNote('KGZ', 'Manas closed 2014');
    expect(fake.files.aside).toEqual([JSON.stringify(doc)]);
  });

  it('a missing current copy: falls back to the previous one and says so', async () => {
    // Electron moves an unreadable copy aside before writing the new one; a crash in between leaves only the previous copy.
    const store = createStore(createFakeHost({ current: null, previous: text(document()) }).host);
    expect((await store.load()).message).toMatch(/^Your saved data was missing\. The previous good copy .* was loaded instead/);
    expect(store.snapshot()).toEqual(document());
  });

  it('a host that cannot load at all: the stored copy is treated as unreadable and moved aside, not overwritten', async () => {
    const fake = createFakeHost({ current: text(document()) });
    const store = createStore({ ...fake.host, loadUserData: () => Promise.reject(new Error('EACCES: permission denied')) });
    expect((await store.load()).message).toMatch(/could not be loaded: EACCES: permission denied\. The stored copy is kept unchanged/);
    await store.setNote('KAZ', 'new');
    expect(fake.stores[0]!.preserveCurrent).toBe(true);
  });
});

describe('changes are stored at once', () => {
  it('each change stores the whole document, keeping the previous copy', async () => {
    const fake = createFakeHost({ current: text(document()) });
    const store = await loadedStore(fake.host);
    const added = await store.addView({ name: '  CSTO 2024 ', note: 'Armenia suspended', link: '#date=2024&orgs=CSTO' });
    expect(added).toMatchObject({ status: 'saved', value: { name: 'CSTO 2024', created: NOW.toISOString() } });
    expect(fake.files.previous).toBe(text(document()));
    expect(JSON.parse(fake.files.current!).savedViews.map((v: { name: string }) => v.name)).toEqual(['SCO 2016', 'CSTO 2024']);
  });

  it('renames, removes, moves, and removes a note when its text is emptied', async () => {
    const fake = createFakeHost({ current: text(document()) });
    const store = await loadedStore(fake.host);
    await store.renameView('v1', 'SCO on the eve of India joining');
    const arrow = await store.addAnnotation({ kind: 'arrow', text: '', lng: 70, lat: 45, toLng: 74, toLat: 42 });
    if (arrow.status !== 'saved') throw new Error(arrow.status);
    await store.moveAnnotation(arrow.value.id, { kind: 'arrow', lng: 60, lat: 50, toLng: 65, toLat: 48 });
    await store.moveAnnotation('a1', { kind: 'label', lng: 74.5, lat: 42.9 });
    await store.setNote('KAZ', '   ');
    const stored = JSON.parse(fake.files.current!) as UserData;
    expect(stored.savedViews[0]!.name).toBe('SCO on the eve of India joining');
    expect(stored.annotations).toEqual([
      { kind: 'label', id: 'a1', text: 'Kant air base', lng: 74.5, lat: 42.9 },
      { kind: 'arrow', id: arrow.value.id, text: '', lng: 60, lat: 50, toLng: 65, toLat: 48 },
    ]);
    expect(stored.stateNotes).toEqual([]);
    await store.removeView('v1');
    await store.removeAnnotation('a1');
    expect(JSON.parse(fake.files.current!)).toMatchObject({ savedViews: [], annotations: [{ id: arrow.value.id }] });
  });

  it('refuses invalid changes with a sentence a person can act on, changing nothing', async () => {
    const fake = createFakeHost({ current: text(document()) });
    const store = await loadedStore(fake.host);
    const results = await Promise.all([
      store.addView({ name: '   ', note: '', link: '#date=2016' }),
      store.addView({ name: 'x'.repeat(USER_DATA_LIMITS.nameChars + 1), note: '', link: '#date=2016' }),
      store.addView({ name: 'Phishing', note: '', link: 'javascript:alert(1)' }),
      store.addAnnotation({ kind: 'label', text: '  ', lng: 10, lat: 10 }),
      store.addAnnotation({ kind: 'label', text: 'North Pole', lng: 0, lat: 89 }),
      store.addAnnotation({ kind: 'arrow', text: '', lng: 0, lat: 0, toLng: Number.NaN, toLat: 0 }),
      store.moveAnnotation('a1', { kind: 'arrow', lng: 0, lat: 0, toLng: 1, toLat: 1 }),
      store.setNote('ATL', 'Atlantis'),
      store.setNote('KAZ', 'n'.repeat(USER_DATA_LIMITS.noteChars + 1)),
      store.renameView('gone', 'x'),
    ]);
    expect(results.map((r) => (r.status === 'invalid' ? r.error : r.status))).toEqual([
      'Give the view a name.',
      'A view name may have at most 120 characters; this one has 121.',
      'The view’s link is not an atlas link (it must start with #).',
      'Give the label some text.',
      'Annotations can be placed between 85° S and 85° N.',
      'The annotation has no position on the map.',
      'That annotation is a label, not an arrow.',
      '"ATL" is not a state in the atlas.',
      'A note may have at most 10,000 characters; this one has 10,001.',
      'That view no longer exists.',
    ]);
    expect(fake.stores).toEqual([]);
    expect(store.snapshot()).toEqual(document());
  });

  it('a failed store is reported, the change stays in memory and in exports, and the next store writes it', async () => {
    const failing = createFakeHost({ current: text(document()), storeError: "Not stored in this browser's local storage: QuotaExceededError. Export your data to a file to keep it." });
    const store = await loadedStore(failing.host);
    const result = await store.setNote('ARM', 'Froze CSTO participation in 2024');
    expect(result).toMatchObject({ status: 'not-saved', error: "Your change is kept in this window but was not saved: Not stored in this browser's local storage: QuotaExceededError. Export your data to a file to keep it." });
    expect(store.saveError).toMatch(/not saved/);
    expect(failing.files.current).toBe(text(document()));
    expect(JSON.parse(store.exportText()).stateNotes.map((n: { state: string }) => n.state)).toEqual(['KAZ', 'ARM']);
  });

  it('a host that throws is reported the same way', async () => {
    const fake = createFakeHost();
    const store = await loadedStore({ ...fake.host, storeUserData: () => Promise.reject(new Error('IPC channel closed')) });
    const result = await store.addAnnotation({ kind: 'label', text: 'Here', lng: 1, lat: 2 });
    expect(result).toMatchObject({ status: 'not-saved', error: 'Your change is kept in this window but was not saved: IPC channel closed. Export your data to a file to keep it.' });
  });

  it('a crash between writing the new copy and renaming it leaves the old good copy, which loads next time', async () => {
    const good = text(document());
    const fake = createFakeHost({ current: good, crashAfterTempWrite: true });
    const store = await loadedStore(fake.host);
    const result = await store.addView({ name: 'Lost in the crash', note: '', link: '#date=2020' });
    expect(result.status).toBe('not-saved');
    expect(fake.files.temp).toContain('Lost in the crash');

    const afterRestart = createStore(fake.host);
    expect(await afterRestart.load()).toEqual({ message: null });
    expect(afterRestart.snapshot()).toEqual(document());
  });

  it('changes made while a store is in flight are stored in order, the last store holding all of them', async () => {
    const fake = createFakeHost();
    const store = await loadedStore(fake.host);
    await Promise.all([store.setNote('KAZ', 'one'), store.setNote('ARM', 'two'), store.setNote('KGZ', 'three')]);
    expect(JSON.parse(fake.files.current!).stateNotes.map((n: { text: string }) => n.text)).toEqual(['one', 'two', 'three']);
  });

  it('refuses changes before the stored copy has loaded, so nothing stored is overwritten unread', async () => {
    const fake = createFakeHost({ current: text(document()) });
    const store = createStore(fake.host);
    expect(await store.setNote('KAZ', 'too early')).toMatchObject({ status: 'invalid', error: expect.stringMatching(/still loading/) });
    expect(fake.stores).toEqual([]);
  });

  it('keeps hostile strings exactly as typed: they are data, rendered as text by the views', async () => {
    const fake = createFakeHost();
    const store = await loadedStore(fake.host);
    const hostile = '<img src=x onerror=alert(1)><script>alert("x")</script>&amp;';
    await store.setNote('KAZ', hostile);
    await store.addAnnotation({ kind: 'label', text: hostile, lng: 70, lat: 45 });
    const reloaded = await loadedStore(fake.host);
    expect(reloaded.noteOf('KAZ')?.text).toBe(hostile);
    expect(reloaded.annotationsGeoJSON().features[0]!.properties.text).toBe(hostile);
  });
});

describe('export', () => {
  it('saves the whole document as JSON with a dated name', async () => {
    const fake = createFakeHost({ current: text(document()) });
    const store = await loadedStore(fake.host);
    expect(await store.exportFile()).toEqual({ status: 'saved', location: `/home/me/${userDataFileName(NOW)}` });
    const request = fake.saved[0]!;
    expect(request.mime).toBe('application/json');
    expect(request.suggestedName).toMatch(/^atlas-user-data-2026-11-2[12]\.json$/);
    expect(JSON.parse(new TextDecoder().decode(request.data))).toEqual(document());
  });

  it('names the file by the local date', () => {
    expect(userDataFileName(new Date(2026, 0, 5, 23, 59))).toBe('atlas-user-data-2026-01-05.json');
  });

  it('reports a cancelled or failed save', async () => {
    const cancelled = await loadedStore(createFakeHost({ saveResult: { ok: false, cancelled: true } }).host);
    expect(await cancelled.exportFile()).toEqual({ status: 'cancelled' });
    const failed = await loadedStore(createFakeHost({ saveResult: { ok: false, cancelled: false, error: 'disk full' } }).host);
    expect(await failed.exportFile()).toEqual({ status: 'failed', error: 'Your data was not exported: disk full.' });
  });

  it('gives the annotations as GeoJSON: labels as points, arrows from tail to head', async () => {
    const store = await loadedStore(createFakeHost({ current: text(document()) }).host);
    await store.addAnnotation({ kind: 'arrow', text: 'supply route', lng: 70, lat: 45, toLng: 74, toLat: 42 });
    expect(store.annotationsGeoJSON().features.map((f) => [f.properties.kind, f.properties.text, f.geometry])).toEqual([
      ['label', 'Kant air base', { type: 'Point', coordinates: [74.85, 42.85] }],
      ['arrow', 'supply route', { type: 'LineString', coordinates: [[70, 45], [74, 42]] }],
    ]);
  });
});

describe('import', () => {
  const incoming = () => ({
    format: USER_DATA_FORMAT,
    version: 1,
    savedViews: [
      { id: 'v1', name: 'SCO 2016 (colleague’s)', link: '#date=2016&orgs=SCO,CSTO', note: '', created: NOW.toISOString() },
      { id: 'v9', name: 'EAEU founding', link: '#date=2015-01-01&orgs=EAEU', note: '', created: NOW.toISOString() },
      { id: 'v10', name: '', link: '#date=2015', note: '', created: NOW.toISOString() },
    ],
    annotations: [
      { kind: 'label', id: 'a1', text: 'Kant air base', lng: 74.85, lat: 42.85 },
      { kind: 'arrow', id: 'a7', text: '', lng: 70, lat: 45, toLng: 74, toLat: 42 },
      { kind: 'label', id: 'a8', text: 'off the map', lng: 500, lat: 0 },
    ],
    stateNotes: [{ state: 'ATL', text: 'Atlantis', updated: NOW.toISOString() }],
  });

  it('reports new, identical and conflicting items and every rejected one, and applies nothing', async () => {
    const fake = createFakeHost({ current: text(document()) });
    const store = await loadedStore(fake.host);
    const preview = store.prepareImport(JSON.stringify(incoming()), 'colleague.json');
    if (preview.status !== 'ready') throw new Error(preview.error);
    const { plan } = preview;
    expect(plan.counts).toEqual({
      savedViews: { added: 1, same: 0, conflicting: 1 },
      annotations: { added: 1, same: 1, conflicting: 0 },
      stateNotes: { added: 0, same: 0, conflicting: 0 },
    });
    expect(plan.conflicts).toEqual([{ kind: 'savedViews', key: 'v1', mine: 'SCO 2016', theirs: 'SCO 2016 (colleague’s)' }]);
    expect(plan.rejected.map((r) => r.where)).toEqual(['savedViews[2]', 'annotations[2]', 'stateNotes[0]']);
    expect(plan.rejected[2]!.reason).toBe('unknown state "ATL"');
    expect(plan.blocking).toBeNull();
    expect(fake.stores).toEqual([]);
    expect(store.snapshot()).toEqual(document());
  });

  it('applies new items and skips conflicting ones unless the user chose to replace them', async () => {
    const fake = createFakeHost({ current: text(document()) });
    const store = await loadedStore(fake.host);
    const preview = store.prepareImport(JSON.stringify(incoming()), 'colleague.json');
    if (preview.status !== 'ready') throw new Error(preview.error);

    const kept = await store.applyImport(preview.plan, { replaceConflicts: false });
    expect(kept).toMatchObject({ status: 'saved', value: { added: 2, replaced: [], skipped: [{ key: 'v1' }] } });
    expect(store.savedViews.map((v) => [v.id, v.name])).toEqual([['v1', 'SCO 2016'], ['v9', 'EAEU founding']]);

    const replaced = await store.applyImport(preview.plan, { replaceConflicts: true });
    expect(replaced).toMatchObject({ status: 'saved', value: { added: 0, replaced: [{ key: 'v1' }], skipped: [] } });
    expect(store.savedViews.map((v) => [v.id, v.name])).toEqual([['v1', 'SCO 2016 (colleague’s)'], ['v9', 'EAEU founding']]);
    expect(JSON.parse(fake.files.current!).savedViews).toHaveLength(2);
  });

  it('refuses a file that is not a user-data document as a whole, with the reason', async () => {
    const store = await loadedStore(createFakeHost().host);
    expect(store.prepareImport('{"type":"FeatureCollection","features":[]}', 'borders.geojson')).toEqual({
      status: 'refused',
      error: 'Cannot read borders.geojson: it is not an atlas user-data file (format missing, expected "eurasian-alliances-atlas/user-data"). Nothing was imported.',
    });
    expect(store.prepareImport('', 'empty.json')).toMatchObject({ status: 'refused', error: expect.stringMatching(/empty/) });
    expect(store.prepareImport(text(document()).slice(0, 40), 'cut.json')).toMatchObject({ status: 'refused', error: expect.stringMatching(/not valid JSON.*truncated/) });
  });

  it('refuses a huge file before reading it', async () => {
    const store = await loadedStore(createFakeHost().host);
    const huge = JSON.stringify({ ...document(), stateNotes: [{ state: 'KAZ', text: 'x'.repeat(USER_DATA_LIMITS.fileBytes), updated: NOW.toISOString() }] });
    expect(store.prepareImport(huge, 'huge.json')).toMatchObject({ status: 'refused', error: expect.stringMatching(/^Cannot read huge\.json: it is 5\.2 MB, more than the 5 MB/) });
  });

  it('reads only the first 2000 items of an over-long list and says so', async () => {
    const store = await loadedStore(createFakeHost().host);
    const many = Array.from({ length: USER_DATA_LIMITS.items + 5 }, (_, i) => ({ kind: 'label', id: `m${i}`, text: `label ${i}`, lng: 10, lat: 10 }));
    const preview = store.prepareImport(JSON.stringify({ ...emptyUserData(), annotations: many }), 'many.json');
    if (preview.status !== 'ready') throw new Error(preview.error);
    expect(preview.plan.counts.annotations.added).toBe(USER_DATA_LIMITS.items);
    expect(preview.plan.rejected).toEqual([{ where: 'annotations', reason: 'has 2005 items; only the first 2000 are read' }]);
  });

  it('blocks an import whose merge would exceed the limits, applying nothing', async () => {
    const mine = Array.from({ length: USER_DATA_LIMITS.items - 1 }, (_, i) => ({ kind: 'label' as const, id: `mine${i}`, text: 'x', lng: 1, lat: 1 }));
    const fake = createFakeHost({ current: text({ ...emptyUserData(), annotations: mine }) });
    const store = await loadedStore(fake.host);
    const theirs = [0, 1].map((i) => ({ kind: 'label', id: `theirs${i}`, text: 'y', lng: 2, lat: 2 }));
    const preview = store.prepareImport(JSON.stringify({ ...emptyUserData(), annotations: theirs }), 'more.json');
    if (preview.status !== 'ready') throw new Error(preview.error);
    expect(preview.plan.blocking).toBe('Nothing can be imported from more.json: it would make 2001 annotations, more than the 2000 the atlas keeps. Delete some of your items first.');
    expect(await store.applyImport(preview.plan, { replaceConflicts: false })).toEqual({ status: 'invalid', error: preview.plan.blocking });
    expect(fake.stores).toEqual([]);
  });

  it('keeps hostile strings of an imported file as text', async () => {
    const store = await loadedStore(createFakeHost().host);
    const hostile = { ...emptyUserData(), savedViews: [{ id: 'x', name: '<script>alert(1)</script>', link: '#date=2016', note: '<img src=x onerror=alert(1)>', created: NOW.toISOString() }] };
    const preview = store.prepareImport(JSON.stringify(hostile), 'x.json');
    if (preview.status !== 'ready') throw new Error(preview.error);
    await store.applyImport(preview.plan, { replaceConflicts: false });
    expect(store.savedViews[0]).toMatchObject({ name: '<script>alert(1)</script>', note: '<img src=x onerror=alert(1)>' });
  });
});

describe('two windows on one store (browser tabs)', () => {
  const view = (name: string) => ({ name, note: '', link: '#date=2016&orgs=SCO' });

  it('re-reads before writing: each tab keeps the other tab\u2019s saved work, and deletions stay deleted', async () => {
    const fake = createFakeHost({ current: text(document()) });
    const a = await loadedStore(fake.host);
    const b = await loadedStore(fake.host);
    await a.addView(view('from A'));
    await b.addView(view('from B'));
    await b.removeView('v1');
    const stored = JSON.parse(fake.files.current!) as UserData;
    expect(stored.savedViews.map((v) => v.name).sort()).toEqual(['from A', 'from B']);
    expect(b.savedViews.map((v) => v.name).sort()).toEqual(['from A', 'from B']);
    // The copy kept as previous is a good one, not a half-merged state.
    expect((JSON.parse(fake.files.previous!) as UserData).savedViews.map((v) => v.name).sort()).toEqual(['SCO 2016', 'from A', 'from B']);
  });

  it('merges a storage event from the other tab into this one without storing again', async () => {
    const fake = createFakeHost({ current: text(document()) });
    const a = await loadedStore(fake.host);
    const b = await loadedStore(fake.host);
    await a.addView(view('from A'));
    const storesBefore = fake.stores.length;
    b.receiveStored(fake.files.current!);
    expect(b.savedViews.map((v) => v.name)).toEqual(['SCO 2016', 'from A']);
    expect(fake.stores.length).toBe(storesBefore);
  });

  it('ignores an event carrying a copy it cannot fully read (the next store keeps that copy aside)', async () => {
    const fake = createFakeHost({ current: text(document()) });
    const b = await loadedStore(fake.host);
    b.receiveStored('{"format": "eurasian-al');
    expect(b.savedViews.map((v) => v.name)).toEqual(['SCO 2016']);
  });
});
