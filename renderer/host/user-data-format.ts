/**
 * The user-data file's identity and limits, shared by the renderer (which validates every item)
 * and the hosts (which check a document's identity and size before storing it).
 */
export const USER_DATA_FORMAT = 'eurasian-alliances-atlas/user-data';
export const USER_DATA_VERSION = 1;

/** Limits: generous for real use, small enough that a hostile file cannot exhaust memory. */
export const USER_DATA_LIMITS = {
  fileBytes: 5 * 1024 * 1024,
  items: 2000,
  nameChars: 120,
  noteChars: 10_000,
  labelChars: 280,
  linkChars: 2000,
} as const;

/**
 * Whether a text is a user-data document this version may store: valid JSON, the right format,
 * a schema version it understands, within the size limit. Returns the reason if not.
 */
export function userDataIdentityProblem(text: string): string | null {
  if (new TextEncoder().encode(text).length > USER_DATA_LIMITS.fileBytes) return `larger than ${USER_DATA_LIMITS.fileBytes / 1024 / 1024} MB`;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return 'not valid JSON';
  }
  if (typeof doc !== 'object' || doc === null || (doc as { format?: unknown }).format !== USER_DATA_FORMAT) return 'not an atlas user-data document';
  const version = (doc as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return 'no valid schema version';
  if (version > USER_DATA_VERSION) return `schema version ${version} is newer than this atlas (${USER_DATA_VERSION})`;
  return null;
}
