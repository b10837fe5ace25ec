import type { BrowserWindowConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const constructed: BrowserWindowConstructorOptions[] = [];
  class FakeBrowserWindow {
    readonly once = vi.fn();
    readonly show = vi.fn();
    constructor(options: BrowserWindowConstructorOptions) {
      constructed.push(options);
    }
  }
  return { constructed, BrowserWindow: FakeBrowserWindow };
});
vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow }));

const { createMainWindow } = await import('./create-main-window.js');

const PRELOAD = '/opt/atlas/dist/electron/preload.cjs';
const lastOptions = (): BrowserWindowConstructorOptions => electron.constructed.at(-1) ?? {};

beforeEach(() => {
  electron.constructed.length = 0;
});

describe('createMainWindow', () => {
  it('creates the window with the secure preferences and the bundled preload', () => {
    createMainWindow({ preloadPath: PRELOAD });
    expect(lastOptions().webPreferences).toMatchObject({ preload: PRELOAD, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
  });

  it('pins the preferences after the caller options, which cannot weaken them', () => {
    createMainWindow({
      preloadPath: PRELOAD,
      window: { width: 900, webPreferences: { contextIsolation: false, sandbox: false, nodeIntegration: true, preload: '/tmp/evil.js', webviewTag: true } },
    });
    expect(lastOptions().width).toBe(900);
    expect(lastOptions().webPreferences).toMatchObject({ preload: PRELOAD, contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
  });

  it('stays hidden until the first paint is ready', () => {
    const window = createMainWindow({ preloadPath: PRELOAD });
    expect(lastOptions().show).toBe(false);
    expect(window.once).toHaveBeenCalledWith('ready-to-show', expect.any(Function));
  });
});
