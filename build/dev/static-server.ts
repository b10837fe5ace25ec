/**
 * A small static file server for dist/renderer, bound to loopback only. Used by `npm run serve`,
 * the end-to-end tests, the benchmark and the export CLI. It serves exactly as the Electron app
 * protocol does: the same path resolver and content types (electron/main, pure functions), the
 * app's Content-Security-Policy and nosniff headers, and it answers every request — a malformed
 * one with 400, never by crashing.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { APP_ORIGIN } from '../../electron/main/app-origin.js';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/content-security-policy.js';
import { contentTypeFor } from '../../electron/main/content-type-for.js';
import { resolveAppPath } from '../../electron/main/resolve-app-path.js';

/** Sent with every response, as the app protocol sends them (frame-ancestors is in the CSP). */
export const STATIC_SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-cache',
} as const;

export type StaticAnswer = { status: 200; file: string; size: number; contentType: string } | { status: 400 | 403 | 404 | 405; text: string };

/** What to answer for a request path (the raw, still percent-encoded path and query). */
export function staticAnswer(root: string, method: string, rawUrl: string): StaticAnswer {
  if (method !== 'GET' && method !== 'HEAD') return { status: 405, text: `Method ${method.slice(0, 20)} not allowed` };
  if (!rawUrl.startsWith('/')) return { status: 400, text: 'Bad request' };
  const resolved = resolveAppPath(resolve(root), `${APP_ORIGIN.prefix}${rawUrl.slice(1)}`);
  if (!resolved.ok) return { status: 400, text: `Bad request: ${resolved.reason}` };
  let file: string;
  let size: number;
  try {
    // A symlink inside the root must not lead out of it.
    file = realpathSync(resolved.path);
    const inside = relative(realpathSync(root), file);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return { status: 403, text: 'Forbidden' };
    const info = statSync(file);
    if (!info.isFile()) return { status: 404, text: 'Not found' };
    size = info.size;
  } catch {
    return { status: 404, text: 'Not found' };
  }
  return { status: 200, file, size, contentType: contentTypeFor(file) };
}

function answer(root: string, req: IncomingMessage, res: ServerResponse): void {
  const found = staticAnswer(root, req.method ?? 'GET', req.url ?? '/');
  if (found.status !== 200) {
    res.writeHead(found.status, { ...STATIC_SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end(found.text);
    return;
  }
  res.writeHead(200, { ...STATIC_SECURITY_HEADERS, 'Content-Type': found.contentType, 'Content-Length': found.size });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(found.file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

export function startStaticServer(root: string, port: number, host = '127.0.0.1'): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    try {
      answer(root, req, res);
    } catch {
      // Never let one request take the server down.
      if (!res.headersSent) res.writeHead(500, { ...STATIC_SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal error');
    }
  });
  server.on('clientError', (_error, socket) => socket.end('HTTP/1.1 400 Bad Request\r\n\r\n'));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://${host}:${actual}/` });
    });
  });
}
