/**
 * The one origin the atlas window is allowed to show: `atlas://app/`. The scheme is
 * registered as standard and secure, so Chromium gives it a real origin (not an opaque one)
 * and treats it like https for secure-context features.
 */
export const APP_ORIGIN = {
  scheme: 'atlas',
  host: 'app',
  /** Every app URL starts with this prefix (Chromium canonicalises standard URLs to it). */
  prefix: 'atlas://app/',
  indexUrl: 'atlas://app/index.html',
} as const;
