import { isAppUrl } from './is-app-url.js';

/**
 * May the atlas window navigate to this URL? Only within atlas://app/ (a deep-link hash
 * change, a reload). Everything else, http(s) links included, is denied: cited sources are
 * opened in the system browser through the host's openSource, never inside the app.
 */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}
