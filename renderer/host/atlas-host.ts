/**
 * AtlasHost: everything the renderer needs from whatever hosts it. Electron's preload implements
 * it over IPC; browser-host.ts implements it in a plain browser. The renderer passes ids and
 * bytes, never paths or URLs, to anything that writes a file or opens a link.
 */
export interface AppInfo {
  name: string;
  version: string;
  host: 'electron' | 'browser';
}

export type SaveResult = { ok: true; location: string } | { ok: false; cancelled: boolean; error?: string };

export interface SaveRequest {
  /** Suggested file name, without a directory: "atlas-2016-06-30.png". */
  suggestedName: string;
  mime: 'image/png' | 'image/svg+xml' | 'application/pdf' | 'application/json';
  data: Uint8Array;
}

export type MenuCommand = 'export-png' | 'export-svg' | 'export-pdf' | 'toggle-table' | 'toggle-globe' | 'focus-timeline' | 'about';
export const MENU_COMMANDS: readonly MenuCommand[] = ['export-png', 'export-svg', 'export-pdf', 'toggle-table', 'toggle-globe', 'focus-timeline', 'about'];

/** What is stored of the user's own work: the current copy and the previous good one. */
export interface StoredUserData {
  /** null when nothing has been stored yet. */
  current: string | null;
  previous: string | null;
}

export type StoreResult = { ok: true } | { ok: false; error: string };

export interface AtlasHost {
  appInfo(): Promise<AppInfo>;
  /** Save bytes the user asked to export (native dialog in Electron, a download in a browser). */
  saveFile(request: SaveRequest): Promise<SaveResult>;
  /** Open the URL of a cited source (by source id) in the system browser, never inside the app. */
  openSource(sourceId: string): Promise<boolean>;
  /** The user's saved views, annotations and notes, as stored (user data folder / local storage). */
  loadUserData(): Promise<StoredUserData>;
  /**
   * Store the user's work atomically, keeping the previous good copy. With `preserveCurrent`
   * the current stored copy (one that could not be read) is first moved aside, never overwritten.
   */
  storeUserData(text: string, options: { preserveCurrent: boolean }): Promise<StoreResult>;
  /**
   * Print a briefing (a complete HTML document) to PDF bytes without a dialog. Electron has it
   * (Chromium's PDF engine in a hidden, script-less window); a plain browser has not, and the
   * briefing goes to the print dialog instead.
   */
  printToPdf?(html: string): Promise<Uint8Array>;
  /**
   * The stored user data as another window just stored it (a browser's `storage` event from a
   * second tab); returns an unsubscribe function. Electron has one window and no such event.
   */
  onUserDataChanged?(listener: (text: string) => void): () => void;
  /** Commands from native menus; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
