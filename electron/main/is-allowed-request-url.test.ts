import { describe, expect, it } from 'vitest';
import { isAllowedRequestUrl } from './is-allowed-request-url.js';

describe('isAllowedRequestUrl', () => {
  it.each([
    'atlas://app/index.html',
    'atlas://app/geodata/manifest.json',
    'data:image/png;base64,iVBORw0KGgo=',
    'blob:atlas://app/6f1c2d1e-1111-4a4a-9b9b-123456789abc',
    'devtools://devtools/bundled/devtools_app.html',
    'DATA:text/plain,x',
  ])('allows local URLs: %s', (url) => {
    expect(isAllowedRequestUrl(url)).toBe(true);
  });

  it.each([
    'https://demotiles.maplibre.org/style.json',
    'http://localhost:5199/index.html',
    'HTTPS://example.org/',
    'ws://127.0.0.1:9222/devtools',
    'wss://example.org/socket',
    'ftp://example.org/file',
    'file:///etc/passwd',
    'chrome-extension://abc/script.js',
    'atlas://other/index.html',
    'atlas://app@evil/index.html',
    '',
    '//example.org/protocol-relative',
  ])('cancels anything that could leave the machine or the app: %s', (url) => {
    expect(isAllowedRequestUrl(url)).toBe(false);
  });
});
