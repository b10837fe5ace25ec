/** AtlasHost for a plain browser (`npm run serve`): downloads instead of save dialogs. */
import type { AppInfo, AtlasHost, MenuCommand, SaveRequest, SaveResult, StoreResult, StoredUserData } from './atlas-host.js';
import { USER_DATA_LIMITS, userDataIdentityProblem } from './user-data-format.js';

/** Local-storage keys of the user's work in a plain browser. */
export const USER_DATA_KEYS = {
  current: 'atlas.user-data',
  previous: 'atlas.user-data.previous',
  preservedPrefix: 'atlas.user-data.unreadable.',
} as const;

/**
 * What this browser's local storage really holds of the user's work: the origin's quota (about
 * 5 M characters in Chromium) must take the current and the previous copy, so a document fits up
 * to about 2.6 M characters (measured). Larger ones are refused up front with this limit, rather
 * than advertising the file limit and failing at the quota.
 */
export const BROWSER_STORE_MAX_CHARS = 2_500_000;

export class BrowserHost implements AtlasHost {
  private readonly listeners = new Set<(command: MenuCommand) => void>();

  constructor(
    private readonly version: string,
    /** Looks a source's URL up by id in the loaded data; only those URLs are ever opened. */
    private readonly sourceUrl: (sourceId: string) => string | undefined,
    private readonly storage: Storage = window.localStorage,
  ) {}

  appInfo(): Promise<AppInfo> {
    return Promise.resolve({ name: 'Eurasian Alliances Atlas', version: this.version, host: 'browser' });
  }

  saveFile(request: SaveRequest): Promise<SaveResult> {
    const blob = new Blob([request.data as BlobPart], { type: request.mime });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = request.suggestedName;
    a.rel = 'noopener';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    return Promise.resolve({ ok: true, location: `download: ${request.suggestedName}` });
  }

  openSource(sourceId: string): Promise<boolean> {
    const url = this.sourceUrl(sourceId);
    if (!url || !/^https?:\/\//.test(url)) return Promise.resolve(false);
    window.open(url, '_blank', 'noopener,noreferrer');
    return Promise.resolve(true);
  }

  loadUserData(): Promise<StoredUserData> {
    return Promise.resolve({ current: this.storage.getItem(USER_DATA_KEYS.current), previous: this.storage.getItem(USER_DATA_KEYS.previous) });
  }

  storeUserData(text: string, options: { preserveCurrent: boolean }): Promise<StoreResult> {
    const problem = userDataIdentityProblem(text);
    if (problem) return Promise.resolve({ ok: false, error: `Not stored: the document is ${problem}.` });
    if (text.length > BROWSER_STORE_MAX_CHARS) {
      return Promise.resolve({
        ok: false,
        error: `Not stored: this browser keeps about ${(BROWSER_STORE_MAX_CHARS / 1e6).toFixed(2)} million characters of your work (with the previous copy beside it), and this is ${(text.length / 1e6).toFixed(2)} million. Export your data to a file to keep it, or use the desktop app (up to ${USER_DATA_LIMITS.fileBytes / 1024 / 1024} MB)`,
      });
    }
    try {
      const current = this.storage.getItem(USER_DATA_KEYS.current);
      if (current !== null) {
        // An unreadable copy is kept under its own key; a good one becomes the previous copy.
        // As the Electron host: an unreadable or newer copy is kept aside whatever the flag says.
        if (options.preserveCurrent || userDataIdentityProblem(current) !== null) this.storage.setItem(`${USER_DATA_KEYS.preservedPrefix}${new Date().toISOString()}`, current);
        else this.storage.setItem(USER_DATA_KEYS.previous, current);
      }
      // A single setItem replaces the value whole or throws leaving the old one: atomic.
      this.storage.setItem(USER_DATA_KEYS.current, text);
      return Promise.resolve({ ok: true });
    } catch (error) {
      return Promise.resolve({ ok: false, error: `Not stored in this browser's local storage: ${error instanceof Error ? error.message : String(error)}. Export your data to a file to keep it.` });
    }
  }

  onUserDataChanged(listener: (text: string) => void, target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): () => void {
    const onStorage = (event: StorageEvent): void => {
      // Fired in the other tabs of this origin only, never in the one that wrote.
      if (event.storageArea === this.storage && event.key === USER_DATA_KEYS.current && event.newValue !== null) listener(event.newValue);
    };
    target.addEventListener('storage', onStorage);
    return () => target.removeEventListener('storage', onStorage);
  }

  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export function resolveHost(fallback: () => AtlasHost): AtlasHost {
  return window.atlasHost ?? fallback();
}
