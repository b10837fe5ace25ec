import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.js';
import { PrintDocuments } from './print-documents.js';
import { PRINT_CONTENT_SECURITY_POLICY } from './print-content-security-policy.js';
import { serveAppRequest } from './serve-app-request.js';

let sandbox: string;
let root: string;

/** A bundle folder beside a "secret" file that must never be served. */
function createBundle(): void {
  sandbox = mkdtempSync(join(tmpdir(), 'atlas-protocol-'));
  root = join(sandbox, 'renderer');
  mkdirSync(join(root, 'geodata'), { recursive: true });
  mkdirSync(join(root, 'fonts'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>atlas</title>');
  writeFileSync(join(root, 'app.js'), 'console.log(1);');
  writeFileSync(join(root, 'maplibre-gl-worker.mjs'), 'export {};');
  writeFileSync(join(root, 'geodata', 'manifest.json'), '{"sources":[]}');
  writeFileSync(join(root, 'fonts', 'noto.woff2'), new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
  writeFileSync(join(sandbox, 'secret.txt'), 'private');
  mkdirSync(join(sandbox, 'outside'));
  writeFileSync(join(sandbox, 'outside', 'data.json'), '{"private":true}');
}

const get = (url: string, method = 'GET'): Promise<Response> => serveAppRequest(root, new Request(url, { method }));

beforeEach(createBundle);
afterEach(() => rmSync(sandbox, { recursive: true, force: true }));

describe('serveAppRequest', () => {
  it('serves index.html with its content type and the CSP header', async () => {
    const response = await get('atlas://app/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>atlas</title>');
  });

  it('serves the bare origin as index.html', async () => {
    expect(await (await get('atlas://app/')).text()).toContain('<title>atlas</title>');
  });

  it.each([
    ['atlas://app/app.js', 'text/javascript; charset=utf-8'],
    ['atlas://app/maplibre-gl-worker.mjs', 'text/javascript; charset=utf-8'],
    ['atlas://app/geodata/manifest.json', 'application/json'],
    ['atlas://app/fonts/noto.woff2', 'font/woff2'],
  ])('sets the content type of %s', async (url, type) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  it('returns the exact bytes of a binary file', async () => {
    const bytes = new Uint8Array(await (await get('atlas://app/fonts/noto.woff2')).arrayBuffer());
    expect([...bytes]).toEqual([0x77, 0x4f, 0x46, 0x32]);
  });

  it('serves a pending print document with scripts refused by its CSP', async () => {
    const documents = new PrintDocuments();
    const token = documents.add('<!doctype html><title>" onload="alert(1)</title>');
    const response = await serveAppRequest(root, new Request(documents.urlFor(token)), documents);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(PRINT_CONTENT_SECURITY_POLICY);
    expect(PRINT_CONTENT_SECURITY_POLICY).toMatch(/script-src 'none'/);
    expect(PRINT_CONTENT_SECURITY_POLICY).not.toMatch(/script-src 'self'/);
    expect(PRINT_CONTENT_SECURITY_POLICY).toMatch(/default-src 'self'/);
  });

  it('answers HEAD without a body', async () => {
    const response = await get('atlas://app/app.js', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe('15');
    expect(await response.text()).toBe('');
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('atlas://app/index.html', 'POST')).status).toBe(405);
  });

  it('answers 404 for a missing file, with the CSP header still set', async () => {
    const response = await get('atlas://app/missing.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 404 for a directory', async () => {
    expect((await get('atlas://app/geodata')).status).toBe(404);
  });

  // A Request (like Chromium) already resolves dot segments, clamping them at the root, so
  // these arrive as atlas://app/secret.txt; resolveAppPath refuses the raw forms outright.
  it('never serves the file beside the bundle through a traversal', async () => {
    for (const url of ['atlas://app/../secret.txt', 'atlas://app/%2e%2e/secret.txt', 'atlas://app/geodata/%2E%2E/%2E%2E/secret.txt']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('private');
    }
  });

  it('refuses an unknown host', async () => {
    expect((await get('atlas://other/index.html')).status).toBe(403);
  });

  it('refuses a symlinked file that points out of the root', async () => {
    symlinkSync(join(sandbox, 'secret.txt'), join(root, 'leak.txt'));
    const response = await get('atlas://app/leak.txt');
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('private');
  });

  it('refuses a file under a symlinked folder that points out of the root', async () => {
    symlinkSync(join(sandbox, 'outside'), join(root, 'geodata', 'more'));
    expect((await get('atlas://app/geodata/more/data.json')).status).toBe(403);
  });

  it('serves a symlink that stays inside the root', async () => {
    symlinkSync(join(root, 'app.js'), join(root, 'alias.js'));
    expect((await get('atlas://app/alias.js')).status).toBe(200);
  });

  it('works when the root itself is reached through a symlink', async () => {
    const linkedRoot = join(sandbox, 'linked-renderer');
    symlinkSync(root, linkedRoot);
    const response = await serveAppRequest(linkedRoot, new Request('atlas://app/index.html'));
    expect(response.status).toBe(200);
  });
});
