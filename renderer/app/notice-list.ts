/**
 * What the notice strip shows: the messages of one moment merged, cut and capped, so a link with
 * hundreds of problems (or one enormous value) still leaves one short, readable strip.
 */

/** At most this many notices are shown at once; the rest are counted in the last one. */
export const MAX_NOTICES = 5;
/** A notice longer than this is cut (a value quoted in it may be anything a link holds). */
export const MAX_NOTICE_CHARS = 300;

export function capNotices(messages: readonly string[]): string[] {
  const unique = [...new Set(messages.map((m) => m.trim()).filter((m) => m !== ''))];
  const cut = unique.map((m) => (m.length > MAX_NOTICE_CHARS ? `${m.slice(0, MAX_NOTICE_CHARS - 1)}…` : m));
  if (cut.length <= MAX_NOTICES) return cut;
  const shown = cut.slice(0, MAX_NOTICES - 1);
  const rest = cut.length - shown.length;
  return [...shown, `…and ${rest} more problems with the same request.`];
}
