import { isAbsolute, join, relative, resolve } from 'node:path';
import { APP_ORIGIN } from './app-origin.js';

export type ResolvedAppPath = { ok: true; path: string } | { ok: false; reason: string };

/** The file served for `atlas://app/`. */
const INDEX_FILE = 'index.html';
/** Longer than any path the renderer bundle contains; a longer one is not ours. */
const MAX_PATH_LENGTH = 1024;
/**
 * Characters a URL path segment of the bundle may contain once decoded. The bundle holds
 * names like `geodata/borders/admin0-50m.geojson` and `fonts/noto-sans-latin-400-normal.woff2`;
 * anything else (separators, drive colons, NUL, control characters) is refused outright.
 */
const SAFE_SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;

const reject = (reason: string): ResolvedAppPath => ({ ok: false, reason });

/**
 * Maps an `atlas://app/...` URL to a file under `root`, or says why it must not be served.
 * Pure (no file system access): symlinks are checked by the caller with realpath.
 *
 * The raw URL text is checked, not only a parsed URL, because URL parsing silently resolves
 * `..` and `%2e%2e` segments; a request that contains them is refused rather than clamped.
 */
export function resolveAppPath(root: string, url: string): ResolvedAppPath {
  if (!isAbsolute(root)) return reject(`the app root "${root}" is not an absolute path`);
  const origin = `${APP_ORIGIN.scheme}://${APP_ORIGIN.host}`;
  if (!url.toLowerCase().startsWith(`${APP_ORIGIN.scheme}://`)) return reject('not an atlas:// URL');
  if (url !== origin && !url.startsWith(APP_ORIGIN.prefix)) return reject(`unknown host in "${url.slice(0, 80)}" (only ${origin}/ is served)`);

  const rawPath = url.slice(origin.length).split(/[?#]/, 1)[0] ?? '';
  if (rawPath.length > MAX_PATH_LENGTH) return reject('path too long');
  if (rawPath === '' || rawPath === '/') return { ok: true, path: join(resolve(root), INDEX_FILE) };
  if (rawPath.includes('\\')) return reject('backslash in path');

  const segments: string[] = [];
  for (const rawSegment of rawPath.slice(1).split('/')) {
    if (rawSegment === '') return reject('empty path segment (absolute or doubled path)');
    let segment: string;
    try {
      segment = decodeURIComponent(rawSegment);
    } catch {
      return reject('malformed percent-encoding');
    }
    if (segment === '.' || segment === '..') return reject('path traversal');
    if (!SAFE_SEGMENT.test(segment)) return reject(`path segment "${rawSegment.slice(0, 40)}" is not a plain file name`);
    segments.push(segment);
  }

  const base = resolve(root);
  const path = join(base, ...segments);
  const inside = relative(base, path);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return reject('path is outside the app root');
  return { ok: true, path };
}
