import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface WriteFileAtomicSteps {
  /** Moves the complete temporary file over the target (tests replace it to simulate a failure). */
  rename: (from: string, to: string) => Promise<void>;
  /** Flushes the folder, so the rename itself survives a power cut. */
  syncFolder: (folder: string) => Promise<void>;
}

async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch (error) {
    // Windows cannot open or flush a folder; the rename is as durable as the platform makes it.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EACCES') throw error;
  } finally {
    await handle?.close();
  }
}

const defaultSteps: WriteFileAtomicSteps = { rename, syncFolder };

/** Longest file name most file systems take (NAME_MAX), in bytes. */
export const NAME_MAX_BYTES = 255;

/**
 * The temporary file's name beside `name`: `.<name>.<random>.tmp`, with the name shortened
 * (on a character boundary) when that would pass NAME_MAX — a 255-byte target name still saves.
 */
export function temporaryName(name: string, random: string): string {
  const suffix = `.${random}.tmp`;
  const room = NAME_MAX_BYTES - 1 - Buffer.byteLength(suffix);
  let kept = name;
  while (Buffer.byteLength(kept) > room) kept = kept.slice(0, -1);
  // A cut through a surrogate pair would leave half a character.
  if (/[\ud800-\udbff]$/.test(kept)) kept = kept.slice(0, -1);
  return `.${kept}${suffix}`;
}

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
 * target; then the folder is flushed so the rename is durable. A replaced file keeps its mode.
 * On any failure the temporary file is removed and the old file is left unchanged.
 */
export async function writeFileAtomic(target: string, data: Uint8Array, stepsWanted: Partial<WriteFileAtomicSteps> = {}): Promise<void> {
  const steps: WriteFileAtomicSteps = { ...defaultSteps, ...stepsWanted };
  const temp = join(dirname(target), temporaryName(basename(target), randomBytes(6).toString('hex')));
  try {
    // A replaced file keeps its permissions (a new one gets the usual 0666 less the umask).
    const mode = await stat(target).then((s) => (s.isFile() ? s.mode & 0o7777 : null), () => null);
    // 'wx': never follow or reuse an existing file under the temporary name.
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      if (mode !== null) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await steps.rename(temp, target);
    await steps.syncFolder(dirname(target));
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw new Error(`Could not save "${target}": ${reasonOf(error)}. Any existing file there was left unchanged.`, { cause: error });
  }
}
