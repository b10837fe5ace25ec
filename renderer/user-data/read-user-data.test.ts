import { describe, expect, it } from 'vitest';
import { MAX_LISTED_REJECTIONS, readUserData } from './read-user-data.js';
import { USER_DATA_FORMAT, USER_DATA_LIMITS, emptyUserData, serialiseUserData } from './user-data-schema.js';

const ctx = { name: 'briefing.atlas.json', isKnownState: (c: string) => ['KAZ', 'ARM'].includes(c) };
const NOW = '2026-11-22T08:00:00.000Z';
const good = () => ({
  format: USER_DATA_FORMAT,
  version: 1,
  savedViews: [{ id: 'v1', name: 'SCO 2016', link: '#date=2016&orgs=SCO', note: 'for the briefing', created: NOW }],
  annotations: [
    { kind: 'label', id: 'a1', text: 'Kant air base', lng: 74.85, lat: 42.85 },
    { kind: 'arrow', id: 'a2', text: '', lng: 70, lat: 45, toLng: 74, toLat: 42 },
  ],
  stateNotes: [{ state: 'KAZ', text: 'China overtook Russia in 2023?', updated: NOW }],
});

describe('readUserData', () => {
  it('never throws on a format that is not a string (an object with its own "toString")', () => {
    for (const format of [{ toString: 'x', valueOf: 'y' }, ['a'], null, 7, 'x'.repeat(10_000)]) {
      const r = readUserData(JSON.stringify({ ...good(), format }), ctx);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error.length).toBeLessThan(300);
      expect(!r.ok && r.error).toContain('is not an atlas user-data file');
    }
  });

  it('sums up a report beyond the limit: 50,000 unknown keys and a 4 MB key name make a short report', () => {
    const doc: Record<string, unknown> = good();
    for (let i = 0; i < 50_000; i++) doc[`k${i}`] = 1;
    const r = readUserData(JSON.stringify(doc), { ...ctx, name: 'big' });
    expect(r.ok && r.rejected).toHaveLength(MAX_LISTED_REJECTIONS + 1);
    expect(r.ok && r.rejected.at(-1)).toEqual({ where: `${50_000 - MAX_LISTED_REJECTIONS} more`, reason: `not listed one by one: ${50_000 - MAX_LISTED_REJECTIONS} unknown keys ignored` });
    const long = readUserData(JSON.stringify({ ...good(), ['x'.repeat(4_000_000)]: 1 }), ctx);
    expect(long.ok && JSON.stringify(long.rejected).length).toBeLessThan(300);
  });

  it('reads a valid document and round-trips it', () => {
    const r = readUserData(JSON.stringify(good()), ctx);
    expect(r).toMatchObject({ ok: true, rejected: [] });
    if (r.ok) expect(readUserData(serialiseUserData(r.data), ctx)).toEqual(r);
  });

  it('refuses corrupt JSON, saying where and that the file may be truncated', () => {
    const text = serialiseUserData(emptyUserData());
    const r = readUserData(text.slice(0, text.length - 10), ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/briefing\.atlas\.json: it is not valid JSON.*(line \d+)?.*truncated/);
  });

  it.each([
    ['', /empty/],
    ['[]', /not an atlas user-data document/],
    ['{"format":"something-else","version":1}', /not an atlas user-data file/],
    [`{"format":"${USER_DATA_FORMAT}","version":"1"}`, /version is missing or not a whole number/],
    [`{"format":"${USER_DATA_FORMAT}","version":7}`, /newer version of the atlas \(schema version 7/],
  ])('refuses %j as a whole', (text, message) => {
    const r = readUserData(text, ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('refuses a huge file before parsing it', () => {
    const r = readUserData(' '.repeat(USER_DATA_LIMITS.fileBytes + 1), ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/more than the 5 MB/);
  });

  it('reports exactly which items were rejected and why, keeping the valid ones', () => {
    const doc = good() as Record<string, unknown> & ReturnType<typeof good>;
    (doc.savedViews as unknown[]).push({ id: 'v2', name: '', link: '#date=2016', created: NOW });
    (doc.savedViews as unknown[]).push({ id: 'v3', name: 'x', link: 'javascript:alert(1)', created: NOW });
    (doc.annotations as unknown[]).push({ kind: 'label', id: 'a3', text: 'far away', lng: 400, lat: 0 });
    (doc.annotations as unknown[]).push({ kind: 'label', id: 'a1', text: 'duplicate', lng: 1, lat: 1 });
    (doc.stateNotes as unknown[]).push({ state: 'ATL', text: 'Atlantis', updated: NOW });
    (doc.stateNotes as unknown[]).push({ state: 'ARM', text: 42, updated: NOW });
    doc.extra = true;
    const r = readUserData(JSON.stringify(doc), ctx);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.savedViews.map((v) => v.id)).toEqual(['v1']);
    expect(r.data.annotations.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(r.data.stateNotes.map((n) => n.state)).toEqual(['KAZ']);
    expect(r.rejected.map((x) => x.where)).toEqual(['savedViews[1]', 'savedViews[2]', 'annotations[2]', 'annotations[3]', 'stateNotes[1]', 'stateNotes[2]', 'extra']);
    expect(r.rejected[0]!.reason).toMatch(/name/);
    expect(r.rejected[1]!.reason).toMatch(/starts with #/);
    expect(r.rejected[3]!.reason).toMatch(/duplicate id/);
    expect(r.rejected[4]!.reason).toMatch(/unknown state "ATL"/);
  });

  it('keeps hostile strings as plain data (rendering them as text is the view\u2019s job)', () => {
    const doc = good();
    doc.stateNotes[0]!.text = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const r = readUserData(JSON.stringify(doc), ctx);
    expect(r.ok && r.data.stateNotes[0]!.text).toBe('<img src=x onerror=alert(1)><script>alert(2)</script>');
  });

  it('refuses wrong types per item, not the whole file', () => {
    const r = readUserData(JSON.stringify({ format: USER_DATA_FORMAT, version: 1, savedViews: 'nope', annotations: [null, 3] }), ctx);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.rejected.map((x) => x.where)).toEqual(['savedViews', 'annotations[0]', 'annotations[1]']);
  });
});
