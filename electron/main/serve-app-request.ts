import { readFile, realpath, stat } from 'node:fs/promises';
import { relative, isAbsolute, resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.js';
import { PRINT_CONTENT_SECURITY_POLICY } from './print-content-security-policy.js';
import { contentTypeFor } from './content-type-for.js';
import { resolveAppPath } from './resolve-app-path.js';
import type { PrintDocuments } from './print-documents.js';

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
} as const;

const textResponse = (status: number, text: string): Response =>
  new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });

function isInside(root: string, path: string): boolean {
  const inside = relative(root, path);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
}

/**
 * Answers one atlas:// request from the files under `root` (the packaged dist/renderer).
 * Besides the pure checks of resolveAppPath, the real path of the file must still be under
 * the real path of the root, so a symlink inside the bundle cannot lead out of it.
 * Plain Node and web Response, so it is unit-tested without Electron.
 */
export async function serveAppRequest(root: string, request: Request, printDocuments?: PrintDocuments): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, `${request.method} is not allowed`);
  const printDocument = printDocuments?.lookup(new URL(request.url).pathname);
  if (printDocument !== undefined) {
    return new Response(printDocument, { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Security-Policy': PRINT_CONTENT_SECURITY_POLICY, 'Content-Type': 'text/html; charset=utf-8' } });
  }
  const resolved = resolveAppPath(root, request.url);
  if (!resolved.ok) return textResponse(403, `Refused: ${resolved.reason}`);

  let realFile: string;
  let realRoot: string;
  try {
    [realRoot, realFile] = await Promise.all([realpath(resolve(root)), realpath(resolved.path)]);
  } catch {
    return textResponse(404, 'Not found');
  }
  if (!isInside(realRoot, realFile)) return textResponse(403, 'Refused: the file lies outside the app root');
  const info = await stat(realFile);
  if (!info.isFile()) return textResponse(404, 'Not found');

  const headers = { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(realFile), 'Content-Length': String(info.size) };
  if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
  return new Response(await readFile(realFile), { status: 200, headers });
}
