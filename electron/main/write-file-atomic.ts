import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface WriteFileAtomicSteps {
  /** Moves the complete temporary file over the target (tests replace it to simulate a failure). */
  rename: (from: string, to: string) => Promise<void>;
}

const defaultSteps: WriteFileAtomicSteps = { rename };

/** What a person can do something about, for the errors a save commonly meets. */
const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'part of the path is not a folder',
  EISDIR: 'a folder has that name',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
  EROFS: 'the disk is read-only',
  EBUSY: 'the file is in use by another program',
  ENAMETOOLONG: 'the name is too long',
};

function reasonOf(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code && REASONS[code] ? `${REASONS[code]} (${code})` : error.message;
  }
  return String(error);
}

/**
 * Writes `data` to `target` so that the target is either the old file or the complete new one,
 * never a half-written mix: the bytes go to a temporary file in the same folder (same file
 * system, so the rename is atomic), are flushed to disk, and only then renamed over the
 * target. On any failure the temporary file is removed and the old file is left unchanged.
 */
export async function writeFileAtomic(target: string, data: Uint8Array, steps: WriteFileAtomicSteps = defaultSteps): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    // 'wx': never follow or reuse an existing file under the temporary name.
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await steps.rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw new Error(`Could not save "${target}": ${reasonOf(error)}. Any existing file there was left unchanged.`, { cause: error });
  }
}
