/**
 * The user's own work on disk, in the app's user-data folder: `user-data.json` (current) and
 * `user-data.previous.json` (the previous good copy). Writes are atomic; an unreadable current
 * copy is moved aside to `user-data.unreadable-<time>.json`, never overwritten.
 */
import { copyFile, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { StoreResult, StoredUserData } from '../../renderer/host/atlas-host.js';
import { userDataIdentityProblem } from '../../renderer/host/user-data-format.js';
import { writeFileAtomic } from './write-file-atomic.js';

export const USER_DATA_FILES = {
  current: 'user-data.json',
  previous: 'user-data.previous.json',
  unreadablePrefix: 'user-data.unreadable-',
} as const;

async function readIfPresent(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export async function loadUserDataFiles(dir: string): Promise<StoredUserData> {
  return { current: await readIfPresent(join(dir, USER_DATA_FILES.current)), previous: await readIfPresent(join(dir, USER_DATA_FILES.previous)) };
}

export async function storeUserDataFiles(dir: string, text: string, options: { preserveCurrent: boolean }, now: Date = new Date()): Promise<StoreResult> {
  const problem = userDataIdentityProblem(text);
  if (problem) return { ok: false, error: `Not stored: the document is ${problem}.` };
  const current = join(dir, USER_DATA_FILES.current);
  try {
    const existing = await readIfPresent(current);
    if (existing !== null) {
      // Main decides, not the renderer's flag alone: a copy this version cannot read (damaged,
      // or written by a newer atlas) is always moved aside, never overwritten.
      if (options.preserveCurrent || userDataIdentityProblem(existing) !== null) {
        await rename(current, join(dir, `${USER_DATA_FILES.unreadablePrefix}${now.toISOString().replace(/[:.]/g, '-')}.json`));
      } else if (userDataIdentityProblem(existing) === null) {
        // Keep the last good copy; copy (not rename) so the current file exists throughout.
        await copyFile(current, join(dir, `${USER_DATA_FILES.previous}.tmp`));
        await rename(join(dir, `${USER_DATA_FILES.previous}.tmp`), join(dir, USER_DATA_FILES.previous));
      }
    }
    await writeFileAtomic(current, new TextEncoder().encode(text));
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
