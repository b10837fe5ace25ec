/**
 * The user's own work — saved views, map annotations, per-state notes — as one JSON document
 * with a format name and a schema version. Every item is validated on its own, so an import can
 * say exactly which items were rejected and why.
 */
import { z } from 'zod';

import { USER_DATA_FORMAT, USER_DATA_LIMITS, USER_DATA_VERSION } from '../host/user-data-format.js';

export { USER_DATA_FORMAT, USER_DATA_LIMITS, USER_DATA_VERSION };

const isoDateTime = z.string().datetime({ offset: true });
const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'ids are 1–64 letters, digits, _ or -');

export const savedViewSchema = z
  .object({
    id,
    name: z.string().trim().min(1, 'a saved view needs a name').max(USER_DATA_LIMITS.nameChars),
    /** The view as a deep link hash ("#date=2016&orgs=SCO…"). */
    link: z.string().startsWith('#', 'a view link starts with #').max(USER_DATA_LIMITS.linkChars),
    note: z.string().max(USER_DATA_LIMITS.noteChars).default(''),
    created: isoDateTime,
  })
  .strict();
export type SavedView = z.infer<typeof savedViewSchema>;

const lng = z.number().min(-180).max(180);
const lat = z.number().min(-85).max(85);

export const annotationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('label'), id, text: z.string().trim().min(1).max(USER_DATA_LIMITS.labelChars), lng, lat }).strict(),
  z.object({ kind: z.literal('arrow'), id, text: z.string().max(USER_DATA_LIMITS.labelChars).default(''), lng, lat, toLng: lng, toLat: lat }).strict(),
]);
export type Annotation = z.infer<typeof annotationSchema>;

export const stateNoteSchema = z
  .object({
    state: z.string().regex(/^[A-Z]{3}$/, 'a state is an ISO 3166 alpha-3 code'),
    text: z.string().max(USER_DATA_LIMITS.noteChars),
    updated: isoDateTime,
  })
  .strict();
export type StateNote = z.infer<typeof stateNoteSchema>;

export interface UserData {
  format: typeof USER_DATA_FORMAT;
  version: typeof USER_DATA_VERSION;
  savedViews: SavedView[];
  annotations: Annotation[];
  stateNotes: StateNote[];
}

export function emptyUserData(): UserData {
  return { format: USER_DATA_FORMAT, version: USER_DATA_VERSION, savedViews: [], annotations: [], stateNotes: [] };
}

export function serialiseUserData(data: UserData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
