/**
 * Reads a user-data document (a saved file, an import, or local storage) and says exactly what
 * it kept and what it rejected. Never throws for bad input; never applies anything itself.
 */
import type { z } from 'zod';
import {
  USER_DATA_FORMAT,
  USER_DATA_LIMITS,
  USER_DATA_VERSION,
  annotationSchema,
  savedViewSchema,
  stateNoteSchema,
  type UserData,
} from './user-data-schema.js';

export interface Rejection {
  /** Where in the document, e.g. "savedViews[3]". */
  where: string;
  reason: string;
}

export type ReadResult =
  | { ok: true; data: UserData; rejected: Rejection[] }
  /** The whole document is refused (corrupt, wrong format, newer version, too large). */
  | { ok: false; error: string };

export interface ReadContext {
  /** Source name for messages: "briefing.atlas.json", "saved data". */
  name: string;
  isKnownState: (iso3: string) => boolean;
}

function lineAndColumn(text: string, message: string): string {
  const m = /position (\d+)/.exec(message);
  // V8 gives no position when the text stops mid-document (a truncated file): it is the end.
  const at = m ? Number(m[1]) : /end of JSON input/i.test(message) ? text.length : null;
  if (at === null) return '';
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return ` at line ${line}, column ${column}`;
}

/** Rejections listed one by one; beyond this the report sums up the rest in one line. */
export const MAX_LISTED_REJECTIONS = 20;
/** Characters of a key or a value quoted in a message. */
const MAX_QUOTED = 60;

function clip(text: string): string {
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}… (${text.length} characters)` : text;
}

/** A value from the document for a message, whatever it is (never calls its own toString). */
function shown(value: unknown): string {
  if (typeof value === 'string') return `"${clip(value)}"`;
  if (value === null) return 'null';
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return clip(String(value));
}

/** The first MAX_LISTED_REJECTIONS as they are (clipped), then one line for the rest. */
function summarised(rejected: Rejection[]): Rejection[] {
  const clipped = rejected.map((r) => ({ where: clip(r.where), reason: clip(r.reason) }));
  if (clipped.length <= MAX_LISTED_REJECTIONS) return clipped;
  const rest = clipped.slice(MAX_LISTED_REJECTIONS);
  const ignoredKeys = rest.filter((r) => r.reason === 'is not part of the format and was ignored').length;
  const parts = [ignoredKeys > 0 ? `${ignoredKeys} unknown key${ignoredKeys === 1 ? '' : 's'} ignored` : '', rest.length - ignoredKeys > 0 ? `${rest.length - ignoredKeys} item${rest.length - ignoredKeys === 1 ? '' : 's'} refused` : ''].filter((p) => p !== '');
  return [...clipped.slice(0, MAX_LISTED_REJECTIONS), { where: `${rest.length} more`, reason: `not listed one by one: ${parts.join(', ')}` }];
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const path = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${path}${issue.message}`;
}

export function readUserData(text: string, ctx: ReadContext): ReadResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > USER_DATA_LIMITS.fileBytes) {
    return { ok: false, error: `Cannot read ${ctx.name}: it is ${(bytes / 1e6).toFixed(1)} MB, more than the ${USER_DATA_LIMITS.fileBytes / 1024 / 1024} MB a user-data file may have.` };
  }
  if (text.trim() === '') return { ok: false, error: `Cannot read ${ctx.name}: the file is empty.` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `Cannot read ${ctx.name}: it is not valid JSON${lineAndColumn(text, message)} (the file may be truncated or damaged).` };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: `Cannot read ${ctx.name}: it is not an atlas user-data document.` };
  }
  const doc = raw as Record<string, unknown>;
  if (doc.format !== USER_DATA_FORMAT) {
    return { ok: false, error: `Cannot read ${ctx.name}: it is not an atlas user-data file (format ${shown(doc.format)}, expected "${USER_DATA_FORMAT}").` };
  }
  if (typeof doc.version !== 'number' || !Number.isInteger(doc.version)) {
    return { ok: false, error: `Cannot read ${ctx.name}: its schema version is missing or not a whole number.` };
  }
  if (doc.version > USER_DATA_VERSION) {
    return { ok: false, error: `Cannot read ${ctx.name}: it was written by a newer version of the atlas (schema version ${doc.version}; this version reads up to ${USER_DATA_VERSION}). Update the atlas to open it.` };
  }
  const rejected: Rejection[] = [];
  const data: UserData = { format: USER_DATA_FORMAT, version: USER_DATA_VERSION, savedViews: [], annotations: [], stateNotes: [] };

  const collect = <T>(key: 'savedViews' | 'annotations' | 'stateNotes', schema: z.ZodType<T>, extra: (item: T) => string | null, into: T[]): void => {
    const list = doc[key];
    if (list === undefined) return;
    if (!Array.isArray(list)) {
      rejected.push({ where: key, reason: 'is not a list' });
      return;
    }
    if (list.length > USER_DATA_LIMITS.items) {
      rejected.push({ where: key, reason: `has ${list.length} items; only the first ${USER_DATA_LIMITS.items} are read` });
    }
    const seen = new Set<string>();
    list.slice(0, USER_DATA_LIMITS.items).forEach((item, i) => {
      const r = schema.safeParse(item);
      if (!r.success) {
        rejected.push({ where: `${key}[${i}]`, reason: describe(r.error) });
        return;
      }
      const problem = extra(r.data);
      if (problem) {
        rejected.push({ where: `${key}[${i}]`, reason: problem });
        return;
      }
      const key2 = JSON.stringify((r.data as { id?: string; state?: string }).id ?? (r.data as { state?: string }).state);
      if (seen.has(key2)) {
        rejected.push({ where: `${key}[${i}]`, reason: `duplicate ${key === 'stateNotes' ? 'state' : 'id'} ${key2}` });
        return;
      }
      seen.add(key2);
      into.push(r.data);
    });
  };
  collect('savedViews', savedViewSchema, () => null, data.savedViews);
  collect('annotations', annotationSchema, () => null, data.annotations);
  collect('stateNotes', stateNoteSchema, (n) => (ctx.isKnownState(n.state) ? null : `unknown state "${n.state}"`), data.stateNotes);
  for (const key of Object.keys(doc)) {
    if (!['format', 'version', 'savedViews', 'annotations', 'stateNotes'].includes(key)) rejected.push({ where: key, reason: 'is not part of the format and was ignored' });
  }
  return { ok: true, data, rejected: summarised(rejected) };
}
