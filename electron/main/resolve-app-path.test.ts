import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPath } from './resolve-app-path.js';

const ROOT = '/opt/atlas/dist/renderer';

const servedPath = (url: string): string | undefined => {
  const result = resolveAppPath(ROOT, url);
  return result.ok ? result.path : undefined;
};
const refusal = (url: string): string | undefined => {
  const result = resolveAppPath(ROOT, url);
  return result.ok ? undefined : result.reason;
};

describe('resolveAppPath', () => {
  describe('serves files of the bundle', () => {
    it('maps index.html to the file under the root', () => {
      expect(servedPath('atlas://app/index.html')).toBe(join(ROOT, 'index.html'));
    });

    it('maps the bare origin to index.html', () => {
      expect(servedPath('atlas://app/')).toBe(join(ROOT, 'index.html'));
      expect(servedPath('atlas://app')).toBe(join(ROOT, 'index.html'));
    });

    it('maps nested geodata and font paths', () => {
      expect(servedPath('atlas://app/geodata/memberships/sco.json')).toBe(join(ROOT, 'geodata', 'memberships', 'sco.json'));
      expect(servedPath('atlas://app/fonts/noto-sans-latin-400-normal.woff2')).toBe(join(ROOT, 'fonts', 'noto-sans-latin-400-normal.woff2'));
    });

    it('ignores the query string and the fragment', () => {
      expect(servedPath('atlas://app/app.js?v=3')).toBe(join(ROOT, 'app.js'));
      expect(servedPath('atlas://app/index.html#date=2016&orgs=SCO')).toBe(join(ROOT, 'index.html'));
    });

    it('decodes harmless percent-escapes in a file name', () => {
      expect(servedPath('atlas://app/app%2Ejs')).toBe(join(ROOT, 'app.js'));
    });
  });

  describe('rejects path traversal', () => {
    it.each([
      'atlas://app/../secret.txt',
      'atlas://app/geodata/../../etc/passwd',
      'atlas://app/./index.html',
      'atlas://app/geodata/..',
    ])('plain dot segments: %s', (url) => {
      expect(refusal(url)).toBe('path traversal');
    });

    it.each([
      'atlas://app/%2e%2e/secret.txt',
      'atlas://app/%2E%2E/%2E%2E/etc/passwd',
      'atlas://app/.%2e/secret.txt',
      'atlas://app/%2e./secret.txt',
      'atlas://app/geodata/%2e%2e/%2e%2e/etc/passwd',
    ])('percent-encoded dot segments: %s', (url) => {
      expect(refusal(url)).toBe('path traversal');
    });

    it('rejects an encoded slash that would join segments', () => {
      expect(refusal('atlas://app/..%2f..%2fetc%2fpasswd')).toMatch(/not a plain file name/);
      expect(refusal('atlas://app/geodata%2F..%2F..%2Fsecret')).toMatch(/not a plain file name/);
    });

    it('rejects backslashes, raw or encoded', () => {
      expect(refusal('atlas://app/..\\..\\secret.txt')).toBe('backslash in path');
      expect(refusal('atlas://app/..%5c..%5csecret.txt')).toMatch(/not a plain file name/);
    });

    it('rejects a doubly encoded traversal as a name that is not plain', () => {
      expect(refusal('atlas://app/%252e%252e/secret.txt')).toMatch(/not a plain file name/);
    });
  });

  describe('rejects absolute and odd paths', () => {
    it('rejects an absolute path hidden behind a doubled slash', () => {
      expect(refusal('atlas://app//etc/passwd')).toMatch(/empty path segment/);
    });

    it('rejects a Windows drive path', () => {
      expect(refusal('atlas://app/C:/Windows/win.ini')).toMatch(/not a plain file name/);
      expect(refusal('atlas://app/C%3A%5CWindows%5Cwin.ini')).toMatch(/not a plain file name/);
    });

    it('rejects a NUL byte', () => {
      expect(refusal('atlas://app/index.html%00.png')).toMatch(/not a plain file name/);
    });

    it('rejects hidden files', () => {
      expect(refusal('atlas://app/.env')).toMatch(/not a plain file name/);
    });

    it('rejects a trailing slash (directories are not served)', () => {
      expect(refusal('atlas://app/geodata/')).toMatch(/empty path segment/);
    });

    it('rejects malformed percent-encoding', () => {
      expect(refusal('atlas://app/%E0%A4%A')).toBe('malformed percent-encoding');
    });

    it('rejects an overlong path', () => {
      expect(refusal(`atlas://app/${'a/'.repeat(600)}x`)).toBe('path too long');
    });

    it('rejects a root that is not absolute', () => {
      expect(resolveAppPath('dist/renderer', 'atlas://app/index.html').ok).toBe(false);
    });
  });

  describe('rejects other origins', () => {
    it.each(['atlas://evil/index.html', 'atlas://app.evil/index.html', 'atlas://app@evil/index.html', 'atlas://app:8080/index.html', 'atlas://APP/index.html'])(
      'unknown host: %s',
      (url) => {
        expect(refusal(url)).toMatch(/unknown host/);
      },
    );

    it.each(['https://app/index.html', 'file:///etc/passwd', 'app/index.html', ''])('other schemes: %s', (url) => {
      expect(refusal(url)).toBe('not an atlas:// URL');
    });
  });
});
