import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NAME_MAX_BYTES, temporaryName, writeFileAtomic } from './write-file-atomic.js';

let dir: string;
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('writes a new file', async () => {
    const target = join(dir, 'atlas.png');
    await writeFileAtomic(target, bytes('new'));
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['atlas.png']);
  });

  it('replaces an existing file with the complete new content', async () => {
    const target = join(dir, 'atlas.png');
    writeFileSync(target, 'old content that is longer than the new one');
    await writeFileAtomic(target, bytes('new'));
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['atlas.png']);
  });

  it('writes a large file byte for byte', async () => {
    const target = join(dir, 'big.pdf');
    const data = new Uint8Array(8 * 1024 * 1024).map((_, i) => (i * 31) % 251);
    await writeFileAtomic(target, data);
    expect(Buffer.compare(readFileSync(target), Buffer.from(data))).toBe(0);
  });

  it('writes the temporary file in the target folder, next to the target', async () => {
    const target = join(dir, 'atlas.svg');
    const seen: string[] = [];
    await writeFileAtomic(target, bytes('<svg/>'), {
      rename: async (from, to) => {
        seen.push(from, readFileSync(from, 'utf8'));
        await rename(from, to);
      },
    });
    expect(seen[0]?.startsWith(join(dir, '.atlas.svg.'))).toBe(true);
    // The bytes are complete before the rename makes them visible under the target name.
    expect(seen[1]).toBe('<svg/>');
  });

  it('leaves the old file intact and removes the temporary file when the rename fails', async () => {
    const target = join(dir, 'atlas.png');
    writeFileSync(target, 'old');
    const failingRename = (): Promise<void> => Promise.reject(Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' }));

    await expect(writeFileAtomic(target, bytes('new'), { rename: failingRename })).rejects.toThrow(
      `Could not save "${target}": EXDEV: cross-device link not permitted. Any existing file there was left unchanged.`,
    );
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['atlas.png']);
  });

  it('names the path and a readable reason when the folder does not exist', async () => {
    const target = join(dir, 'no-such-folder', 'atlas.png');
    await expect(writeFileAtomic(target, bytes('x'))).rejects.toThrow(`Could not save "${target}": the folder does not exist (ENOENT)`);
  });

  it('refuses to replace a folder and leaves it alone', async () => {
    const target = join(dir, 'exports');
    mkdirSync(target);
    await expect(writeFileAtomic(target, bytes('x'))).rejects.toThrow(/Could not save ".*exports": /);
    expect(existsSync(target)).toBe(true);
    expect(readdirSync(dir)).toEqual(['exports']);
  });

  it('saves under a name of 237 to 255 bytes (the temporary name is shortened, never past NAME_MAX)', async () => {
    for (const length of [237, 250, 255]) {
      const name = `${'é'.repeat(Math.floor((length - 4) / 2))}${(length - 4) % 2 ? 'x' : ''}.png`;
      expect(Buffer.byteLength(name)).toBe(length);
      const target = join(dir, name);
      await writeFileAtomic(target, bytes(`n${length}`));
      expect(readFileSync(target, 'utf8')).toBe(`n${length}`);
    }
    expect(Buffer.byteLength(temporaryName('é'.repeat(127) + 'x', 'abcdef123456'))).toBeLessThanOrEqual(NAME_MAX_BYTES);
    expect(temporaryName('map.png', 'abcdef123456')).toBe('.map.png.abcdef123456.tmp');
  });

  it('keeps the mode of the file it replaces', async () => {
    const target = join(dir, 'shared.svg');
    writeFileSync(target, 'old');
    chmodSync(target, 0o640);
    await writeFileAtomic(target, bytes('new'));
    expect(statSync(target).mode & 0o777).toBe(0o640);
  });

  it('flushes the folder after the rename, not before', async () => {
    const order: string[] = [];
    const target = join(dir, 'synced.json');
    await writeFileAtomic(target, bytes('{}'), {
      rename: async (from, to) => {
        order.push('rename');
        await rename(from, to);
      },
      syncFolder: async (folder) => {
        order.push(`sync ${folder}`);
      },
    });
    expect(order).toEqual(['rename', `sync ${dir}`]);
  });
});
