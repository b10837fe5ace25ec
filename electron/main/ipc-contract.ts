import { z } from 'zod';
import { MENU_COMMANDS, type MenuCommand, type SaveRequest } from '../../renderer/host/atlas-host.js';
import { IPC_CHANNELS } from '../shared/ipc-channels.js';
import { USER_DATA_LIMITS } from '../../renderer/host/user-data-format.js';

/** Longest suggested file name accepted from the renderer. */
const MAX_FILE_NAME_LENGTH = 120;
/** Largest export accepted from the renderer (a 300 dpi A3 PNG is well under this). */
const MAX_SAVE_BYTES = 200 * 1024 * 1024;

/** The one extension each export type is saved with. */
const EXTENSION_FOR_MIME = {
  'image/png': 'png',
  'image/svg+xml': 'svg',
  'application/pdf': 'pdf',
  'application/json': 'json',
} as const satisfies Record<SaveRequest['mime'], string>;
type SaveMime = keyof typeof EXTENSION_FOR_MIME;
const SAVE_MIMES = Object.keys(EXTENSION_FOR_MIME) as [SaveMime, ...SaveMime[]];

/**
 * A plain file name: starts with a letter or digit (so no leading dot and no "-flag"), then
 * letters, digits, spaces and . _ - ( ) + , only. No path separators, drive colons, control
 * characters or shell/Windows-reserved punctuation. Unicode letters are allowed (Cyrillic
 * state names).
 */
const PLAIN_FILE_NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._\-()+,]*$/u;

const suggestedNameSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(MAX_FILE_NAME_LENGTH, `must be at most ${MAX_FILE_NAME_LENGTH} characters`)
  .refine((name) => !/[/\\]/.test(name), 'must be a plain file name without a folder (no / or \\)')
  .refine((name) => !name.startsWith('.'), 'must not start with a dot')
  .refine((name) => PLAIN_FILE_NAME.test(name), 'may only contain letters, digits, spaces and . _ - ( ) + ,')
  .refine((name) => !name.endsWith('.') && !name.endsWith(' '), 'must not end with a dot or a space');

const saveRequestSchema = z
  .object({
    suggestedName: suggestedNameSchema,
    mime: z.enum(SAVE_MIMES),
    data: z
      .instanceof(Uint8Array, { message: 'must be a Uint8Array of the file bytes' })
      .refine((bytes) => bytes.byteLength <= MAX_SAVE_BYTES, `must be at most ${MAX_SAVE_BYTES / 1024 / 1024} MB`),
  })
  .strict()
  .superRefine((request, ctx) => {
    const extension = EXTENSION_FOR_MIME[request.mime];
    if (!request.suggestedName.toLowerCase().endsWith(`.${extension}`)) {
      ctx.addIssue({ code: 'custom', path: ['suggestedName'], message: `must end in .${extension} for ${request.mime}` });
    }
  });

/** Source ids as geodata/src/schema.ts defines them; the renderer passes ids, never URLs. */
const sourceIdSchema = z.string().max(200, 'is too long').regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a source id (lower-case words joined by hyphens)');

/** The user's work as text: the renderer validates every item; main checks identity and size. */
const userDataTextSchema = z.string().max(USER_DATA_LIMITS.fileBytes, `must be at most ${USER_DATA_LIMITS.fileBytes / 1024 / 1024} MB`);
const storeOptionsSchema = z.object({ preserveCurrent: z.boolean() }).strict();

/** A briefing's HTML; its size is bounded like an export's. */
const MAX_PRINT_HTML_CHARS = 50 * 1024 * 1024;
const printHtmlSchema = z.string().min(1, 'must not be empty').max(MAX_PRINT_HTML_CHARS, 'is too large to print').refine((html) => /^\s*<!doctype html>/i.test(html), 'must be an HTML document');

const menuCommandSchema = z.enum(MENU_COMMANDS as [MenuCommand, ...MenuCommand[]]);

/**
 * Every host method: its channel and the schema of its argument list as the renderer sends
 * it. A tuple, so a call with extra arguments is refused too.
 */
export const IPC_CONTRACT = {
  appInfo: { channel: IPC_CHANNELS.appInfo, args: z.tuple([]) },
  saveFile: {
    channel: IPC_CHANNELS.saveFile,
    args: z.tuple([saveRequestSchema]),
    extensionFor: EXTENSION_FOR_MIME,
    limits: { maxNameLength: MAX_FILE_NAME_LENGTH, maxBytes: MAX_SAVE_BYTES },
  },
  openSource: { channel: IPC_CHANNELS.openSource, args: z.tuple([sourceIdSchema]) },
  loadUserData: { channel: IPC_CHANNELS.loadUserData, args: z.tuple([]) },
  storeUserData: { channel: IPC_CHANNELS.storeUserData, args: z.tuple([userDataTextSchema, storeOptionsSchema]) },
  printToPdf: { channel: IPC_CHANNELS.printToPdf, args: z.tuple([printHtmlSchema]) },
  /** Main → renderer; the payload is checked before it is sent. */
  menuCommand: { channel: IPC_CHANNELS.menuCommand, payload: menuCommandSchema },
} as const;
