export type DeepLink = { kind: 'none' } | { kind: 'link'; hash: string } | { kind: 'rejected'; reason: string };

/** Longest deep link accepted; the atlas's own links are a few hundred characters. */
const MAX_LINK_LENGTH = 2000;
const FLAG = '--link';
/**
 * A URL fragment that is a query string: '#' then RFC 3986 fragment characters (unreserved,
 * sub-delims, ':', '@', '/', '?') and well-formed %XX escapes. No spaces, quotes, angle
 * brackets or backslashes; no second '#'.
 */
const QUERY_HASH = /^#(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*$/;

/**
 * Reads the `--link "#date=2016&orgs=SCO"` (or `--link=#...`) argument of the command line.
 * The value becomes the fragment of atlas://app/index.html and nothing else, so anything but a
 * '#'-prefixed query string of at most 2000 characters is rejected; the app then opens on its
 * default view.
 */
export function parseDeepLink(argv: readonly string[]): DeepLink {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === FLAG) {
      value = argv[i + 1];
      if (value === undefined) return { kind: 'rejected', reason: `${FLAG} needs a value such as "#date=2016&orgs=SCO"` };
      break;
    }
    if (arg.startsWith(`${FLAG}=`)) {
      value = arg.slice(FLAG.length + 1);
      break;
    }
  }
  if (value === undefined) return { kind: 'none' };
  if (!value.startsWith('#')) return { kind: 'rejected', reason: `${FLAG} must start with "#", as in "#date=2016&orgs=SCO"` };
  if (value.length > MAX_LINK_LENGTH) return { kind: 'rejected', reason: `${FLAG} is longer than ${MAX_LINK_LENGTH} characters` };
  if (!QUERY_HASH.test(value)) return { kind: 'rejected', reason: `${FLAG} may only contain URL query characters (letters, digits, = & , / . - and %XX escapes)` };
  return { kind: 'link', hash: value };
}
