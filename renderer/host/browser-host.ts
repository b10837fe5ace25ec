/** AtlasHost for a plain browser (`npm run serve`): downloads instead of save dialogs. */
import type { AppInfo, AtlasHost, MenuCommand, SaveRequest, SaveResult } from './atlas-host.js';

export class BrowserHost implements AtlasHost {
  private readonly listeners = new Set<(command: MenuCommand) => void>();

  constructor(
    private readonly version: string,
    /** Looks a source's URL up by id in the loaded data; only those URLs are ever opened. */
    private readonly sourceUrl: (sourceId: string) => string | undefined,
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

  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export function resolveHost(fallback: () => AtlasHost): AtlasHost {
  return window.atlasHost ?? fallback();
}
