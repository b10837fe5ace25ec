import { isAppUrl } from './is-app-url.js';

/**
 * Schemes that never leave the machine: inline data, in-memory blobs, and the DevTools
 * front end that Chromium bundles.
 */
const LOCAL_SCHEMES = ['data:', 'blob:', 'devtools:'] as const;

/**
 * May the atlas session load this URL? An allow-list, not a block-list: the app origin and
 * the local schemes pass; http(s), ws(s), ftp, file and any other scheme or atlas:// host are
 * cancelled, so the atlas is offline for real, not only by the CSP.
 */
export function isAllowedRequestUrl(url: string): boolean {
  if (isAppUrl(url)) return true;
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0].toLowerCase();
  return scheme !== undefined && (LOCAL_SCHEMES as readonly string[]).includes(scheme);
}
