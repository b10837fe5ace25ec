import { describe, expect, it } from 'vitest';
import { PrintDocuments } from './print-documents.js';
import { serveAppRequest } from './serve-app-request.js';

describe('briefings waiting to be printed', () => {
  it('are served once at an unguessable atlas://app/print-<token>.html, from memory', async () => {
    const docs = new PrintDocuments();
    const token = docs.add('<!doctype html><title>Briefing</title>');
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    const url = docs.urlFor(token);
    const response = await serveAppRequest('/nonexistent-root', new Request(url), docs);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain('text/html');
    // The app's policy with every script refused: the print document is static HTML and CSS.
    expect(response.headers.get('Content-Security-Policy')).toContain("script-src 'none'");
    expect(await response.text()).toContain('Briefing');
    docs.remove(token);
    expect((await serveAppRequest('/nonexistent-root', new Request(url), docs)).status).toBe(404);
  });

  it('a guessed or malformed token finds nothing', () => {
    const docs = new PrintDocuments();
    docs.add('<!doctype html>');
    expect(docs.lookup('/print-00000000000000000000000000000000.html')).toBeUndefined();
    expect(docs.lookup('/print-../index.html')).toBeUndefined();
    expect(docs.size).toBe(1);
  });
});
