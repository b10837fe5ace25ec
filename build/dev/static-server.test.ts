import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/content-security-policy.js';
import { startStaticServer, staticAnswer } from './static-server.js';

function createRoot(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-static-'));
  const root = join(dir, 'renderer');
  mkdirSync(join(root, 'geodata'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>atlas</title>');
  writeFileSync(join(root, 'maplibre-gl-worker.mjs'), 'export {};');
  writeFileSync(join(root, 'geodata', 'manifest.json'), '{}');
  writeFileSync(join(dir, 'secret.txt'), 'outside');
  symlinkSync(join(dir, 'secret.txt'), join(root, 'link.txt'));
  return root;
}

describe('staticAnswer', () => {
  const root = createRoot();

  it('serves the index for / and files by path, with the app protocol content types', () => {
    expect(staticAnswer(root, 'GET', '/')).toMatchObject({ status: 200, file: expect.stringMatching(/index\.html$/), contentType: 'text/html; charset=utf-8' });
    expect(staticAnswer(root, 'GET', '/maplibre-gl-worker.mjs')).toMatchObject({ status: 200, contentType: 'text/javascript; charset=utf-8' });
    expect(staticAnswer(root, 'HEAD', '/geodata/manifest.json?x=1#y')).toMatchObject({ status: 200, contentType: 'application/json' });
    expect(staticAnswer(root, 'GET', '/index.html?automation=1')).toMatchObject({ status: 200 });
  });

  it('refuses malformed, traversing and odd paths with 400 instead of throwing', () => {
    for (const path of ['/%E0%A4%A', '/../secret.txt', '/%2e%2e/secret.txt', '/geodata//manifest.json', '/a\\b', '/C:x', `/${'a'.repeat(2000)}`]) {
      expect(staticAnswer(root, 'GET', path).status, path).toBe(400);
    }
  });

  it('answers 404 for a missing file or a folder, 403 for a symlink out of the root, 405 for a write', () => {
    expect(staticAnswer(root, 'GET', '/nope.js').status).toBe(404);
    expect(staticAnswer(root, 'GET', '/geodata').status).toBe(404);
    expect(staticAnswer(root, 'GET', '/link.txt').status).toBe(403);
    expect(staticAnswer(root, 'POST', '/index.html').status).toBe(405);
  });
});

describe('startStaticServer', () => {
  let url = '';
  let close: () => Promise<void> = async () => undefined;
  beforeAll(async () => {
    const started = await startStaticServer(createRoot(), 0);
    url = started.url;
    close = () => new Promise((resolve) => started.server.close(() => resolve()));
  });
  afterAll(() => close());

  const get = (path: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> =>
    new Promise((resolve, reject) => {
      // http.request sends the path as written, so a malformed one reaches the server unaltered.
      const req = request(`${url.replace(/\/$/, '')}${path}`, { method: 'GET' }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    });

  it('survives a malformed request and goes on serving', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400);
    const index = await get('/index.html');
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>atlas</title>');
  });

  it('sends the app\u2019s Content-Security-Policy, nosniff and frame headers on every answer', async () => {
    for (const path of ['/index.html', '/missing.js', '/%E0%A4%A']) {
      const { headers } = await get(path);
      expect(headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['x-frame-options']).toBe('DENY');
    }
  });
});
