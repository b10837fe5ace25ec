import type { BrowserWindow } from 'electron';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SenderFrame } from './is-trusted-sender.js';

type Handler = (event: { senderFrame: SenderFrame | null }, ...args: unknown[]) => unknown;

const electron = vi.hoisted(() => {
  const handlers = new Map<string, Handler>();
  return {
    handlers,
    ipcMain: {
      handle: vi.fn((channel: string, handler: Handler) => {
        if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
        handlers.set(channel, handler);
      }),
      removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
    },
    dialog: { showSaveDialog: vi.fn() },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    app: { getVersion: () => '0.1.0', getPath: () => '/home/analyst/Documents' },
  };
});
vi.mock('electron', () => ({ ipcMain: electron.ipcMain, dialog: electron.dialog, shell: electron.shell, app: electron.app }));

const { registerHostHandlers } = await import('./register-host-handlers.js');

const createFrame = (overrides: Partial<SenderFrame> = {}): SenderFrame => ({ url: 'atlas://app/index.html', parent: null, processId: 3, routingId: 1, ...overrides });
const mainFrame = createFrame();
const fakeWindow = { isDestroyed: () => false, webContents: { mainFrame } } as unknown as BrowserWindow;
const SOURCES: Record<string, string> = { 'gen-natural-earth': 'https://www.naturalearthdata.com/', 'odd-scheme': 'javascript:alert(1)' };

let dispose: () => void;
let saveDir: string;

/** Calls a channel the way ipcRenderer.invoke would, from `frame` (the atlas window by default). */
function invoke(channel: string, args: unknown[], frame: SenderFrame | null = mainFrame): Promise<unknown> {
  const handler = electron.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return Promise.resolve().then(() => handler({ senderFrame: frame }, ...args));
}

const pngRequest = (overrides: Record<string, unknown> = {}) => ({ suggestedName: 'atlas-2016.png', mime: 'image/png', data: new Uint8Array([137, 80, 78, 71]), ...overrides });

beforeEach(() => {
  vi.clearAllMocks();
  saveDir = mkdtempSync(join(tmpdir(), 'atlas-save-'));
  dispose = registerHostHandlers({ window: fakeWindow, sourceUrl: (id) => SOURCES[id] });
});
afterEach(() => {
  dispose();
  rmSync(saveDir, { recursive: true, force: true });
});

describe('registerHostHandlers', () => {
  it('registers the five invoke channels and removes them again', () => {
    expect([...electron.handlers.keys()].sort()).toEqual(['host:app-info', 'host:load-user-data', 'host:open-source', 'host:save-file', 'host:store-user-data']);
    dispose();
    expect(electron.handlers.size).toBe(0);
    dispose = registerHostHandlers({ window: fakeWindow, sourceUrl: () => undefined });
  });

  describe('host:app-info', () => {
    it('answers with the electron host and the app version', async () => {
      expect(await invoke('host:app-info', [])).toEqual({ name: 'Eurasian Alliances Atlas', version: '0.1.0', host: 'electron' });
    });

    it('refuses a caller that is not the atlas window', async () => {
      await expect(invoke('host:app-info', [], createFrame({ url: 'https://evil.example/' }))).rejects.toThrow(/did not come from the atlas window/);
      await expect(invoke('host:app-info', [], createFrame({ parent: mainFrame, routingId: 9 }))).rejects.toThrow(/did not come from the atlas window/);
      await expect(invoke('host:app-info', [], null)).rejects.toThrow(/did not come from the atlas window/);
    });
  });

  describe('host:save-file', () => {
    it('asks where to save with the suggested name and a filter for the type, then writes the bytes', async () => {
      const target = join(saveDir, 'chosen.png');
      electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
      expect(await invoke('host:save-file', [pngRequest()])).toEqual({ ok: true, location: target });
      expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(
        fakeWindow,
        expect.objectContaining({ defaultPath: join('/home/analyst/Documents', 'atlas-2016.png'), filters: [{ name: 'PNG image', extensions: ['png'] }] }),
      );
      expect([...readFileSync(target)]).toEqual([137, 80, 78, 71]);
    });

    it('reports a cancelled dialog and writes nothing', async () => {
      electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
      expect(await invoke('host:save-file', [pngRequest()])).toEqual({ ok: false, cancelled: true });
      expect(readdirSync(saveDir)).toEqual([]);
    });

    it('reports a failed write with the path and the reason', async () => {
      const target = join(saveDir, 'missing-folder', 'atlas.png');
      electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
      const result = await invoke('host:save-file', [pngRequest()]);
      expect(result).toMatchObject({ ok: false, cancelled: false });
      expect((result as { error: string }).error).toContain(target);
      expect((result as { error: string }).error).toMatch(/the folder does not exist/);
    });

    it.each([
      ['a path as the name', [pngRequest({ suggestedName: '../../.bashrc.png' })]],
      ['a name that does not match the type', [pngRequest({ suggestedName: 'atlas.svg' })]],
      ['a type outside the union', [pngRequest({ suggestedName: 'atlas.html', mime: 'text/html' })]],
      ['data that is not bytes', [pngRequest({ data: 'not bytes' })]],
      ['no request at all', []],
      ['an extra target path', [pngRequest(), '/tmp/elsewhere.png']],
    ])('throws on %s and neither opens a dialog nor writes', async (_case, args) => {
      await expect(invoke('host:save-file', args)).rejects.toThrow(/^host:save-file refused: invalid arguments: /);
      expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
      expect(readdirSync(saveDir)).toEqual([]);
    });

    it('names the offending field in the error', async () => {
      await expect(invoke('host:save-file', [pngRequest({ suggestedName: 'atlas.svg' })])).rejects.toThrow(/0\.suggestedName must end in \.png for image\/png/);
    });

    it('does not open a dialog for an untrusted sender, even with valid arguments', async () => {
      await expect(invoke('host:save-file', [pngRequest()], createFrame({ processId: 99 }))).rejects.toThrow(/did not come from the atlas window/);
      expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
    });
  });

  describe('host:open-source', () => {
    it('opens the URL of a known source in the system browser', async () => {
      expect(await invoke('host:open-source', ['gen-natural-earth'])).toBe(true);
      expect(electron.shell.openExternal).toHaveBeenCalledWith('https://www.naturalearthdata.com/');
    });

    it('answers false for an unknown id and opens nothing', async () => {
      expect(await invoke('host:open-source', ['no-such-source'])).toBe(false);
      expect(electron.shell.openExternal).not.toHaveBeenCalled();
    });

    it('never opens a URL that is not http(s), even if the lookup returned one', async () => {
      expect(await invoke('host:open-source', ['odd-scheme'])).toBe(false);
      expect(electron.shell.openExternal).not.toHaveBeenCalled();
    });

    it.each([['https://evil.example/'], ['file:///etc/passwd'], ['GEN-NATURAL-EARTH'], [42], []])('throws on %j and opens nothing', async (...args) => {
      await expect(invoke('host:open-source', args)).rejects.toThrow(/^host:open-source refused: invalid arguments/);
      expect(electron.shell.openExternal).not.toHaveBeenCalled();
    });

    it('opens nothing for an untrusted sender', async () => {
      await expect(invoke('host:open-source', ['gen-natural-earth'], createFrame({ url: 'atlas://evil/index.html' }))).rejects.toThrow(/did not come from the atlas window/);
      expect(electron.shell.openExternal).not.toHaveBeenCalled();
    });
  });

  it('leaves no stray temporary file after a save', async () => {
    const target = join(saveDir, 'atlas.png');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await invoke('host:save-file', [pngRequest()]);
    expect(readdirSync(saveDir)).toEqual(['atlas.png']);
    expect(existsSync(target)).toBe(true);
  });
});
