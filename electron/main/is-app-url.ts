import { APP_ORIGIN } from './app-origin.js';

/**
 * True when a URL belongs to the atlas origin (`atlas://app/...`). A string prefix alone is
 * not trusted: the URL must also parse with exactly that scheme and host and no user info or
 * port, so `atlas://app@evil/` or `atlas://app.evil/` are refused.
 */
export function isAppUrl(url: string): boolean {
  if (!url.startsWith(APP_ORIGIN.prefix)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_ORIGIN.scheme}:` &&
    parsed.host === APP_ORIGIN.host &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === ''
  );
}
