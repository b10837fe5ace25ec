import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { USER_DATA_FORMAT } from '../../renderer/host/user-data-format.js';
import { loadUserDataFiles, storeUserDataFiles, USER_DATA_FILES } from './user-data-files.js';

const doc = (n: number) => JSON.stringify({ format: USER_DATA_FORMAT, version: 1, savedViews: [], annotations: [], stateNotes: [], n });
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-user-data-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('user data on disk', () => {
  it('loads nothing before the first store', async () => {
    expect(await loadUserDataFiles(dir)).toEqual({ current: null, previous: null });
  });

  it('stores atomically and keeps the previous good copy', async () => {
    expect(await storeUserDataFiles(dir, doc(1), { preserveCurrent: false })).toEqual({ ok: true });
    expect(await storeUserDataFiles(dir, doc(2), { preserveCurrent: false })).toEqual({ ok: true });
    expect(await loadUserDataFiles(dir)).toEqual({ current: doc(2), previous: doc(1) });
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('never overwrites an unreadable file: it is moved aside, byte for byte', async () => {
    writeFileSync(join(dir, USER_DATA_FILES.current), '{"format": "eurasian-alli');
    expect(await storeUserDataFiles(dir, doc(3), { preserveCurrent: true }, new Date('2026-11-22T08:00:00Z'))).toEqual({ ok: true });
    const aside = readdirSync(dir).find((f) => f.startsWith(USER_DATA_FILES.unreadablePrefix))!;
    expect(readFileSync(join(dir, aside), 'utf8')).toBe('{"format": "eurasian-alli');
    expect((await loadUserDataFiles(dir)).current).toBe(doc(3));
  });

  it.each([
    ['damaged', '{"format": "eurasian-alli'],
    ['written by a newer atlas', JSON.stringify({ format: USER_DATA_FORMAT, version: 99, savedViews: [] })],
  ])('keeps a %s copy aside even when the renderer says preserveCurrent: false (main decides)', async (_label, text) => {
    writeFileSync(join(dir, USER_DATA_FILES.current), text);
    expect(await storeUserDataFiles(dir, doc(8), { preserveCurrent: false }, new Date('2026-11-22T09:00:00Z'))).toEqual({ ok: true });
    const aside = readdirSync(dir).filter((f) => f.startsWith(USER_DATA_FILES.unreadablePrefix));
    expect(aside.map((f) => readFileSync(join(dir, f), 'utf8'))).toEqual([text]);
    expect(await loadUserDataFiles(dir)).toEqual({ current: doc(8), previous: null });
  });

  it('does not make a corrupt copy the "previous good copy"', async () => {
    writeFileSync(join(dir, USER_DATA_FILES.current), 'garbage');
    await storeUserDataFiles(dir, doc(4), { preserveCurrent: false });
    expect((await loadUserDataFiles(dir)).previous).toBeNull();
  });

  it.each([
    ['not JSON', 'hello'],
    ['another format', '{"format":"x","version":1}'],
    ['a newer version', JSON.stringify({ format: USER_DATA_FORMAT, version: 99 })],
    ['too large', JSON.stringify({ format: USER_DATA_FORMAT, version: 1, pad: 'x'.repeat(6 * 1024 * 1024) })],
  ])('refuses to store %s and leaves the stored copy as it was', async (_label, text) => {
    await storeUserDataFiles(dir, doc(5), { preserveCurrent: false });
    const r = await storeUserDataFiles(dir, text, { preserveCurrent: false });
    expect(r.ok).toBe(false);
    expect((await loadUserDataFiles(dir)).current).toBe(doc(5));
  });

  it('a crash between write and rename leaves the old file whole', async () => {
    await storeUserDataFiles(dir, doc(6), { preserveCurrent: false });
    const { writeFileAtomic } = await import('./write-file-atomic.js');
    await expect(writeFileAtomic(join(dir, USER_DATA_FILES.current), new TextEncoder().encode(doc(7)), { rename: () => Promise.reject(new Error('power cut')) })).rejects.toThrow(/left unchanged/);
    expect((await loadUserDataFiles(dir)).current).toBe(doc(6));
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
