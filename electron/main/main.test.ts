/**
 * Runs the bundled main process (dist/electron/main.cjs, built into a temp folder) against a
 * stand-in 'electron' module, to check the lifecycle wiring without an Electron binary: what
 * happens before ready, what ready sets up, and what URL the window loads.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildElectron } from '../../build/bundle/build-electron.js';

const REAL_GEODATA = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'geodata', 'data');

let dist: string;
let mainPath: string;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'atlas-dist-'));
  ({ main: mainPath } = await buildElectron(join(dist, 'electron')));
  mkdirSync(join(dist, 'renderer'));
  writeFileSync(join(dist, 'renderer', 'index.html'), '<!doctype html>');
  symlinkSync(REAL_GEODATA, join(dist, 'renderer', 'geodata'));
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

/** A stand-in for the parts of 'electron' main.ts touches, recording the order of calls. */
function createFakeElectron(options: { gotLock?: boolean } = {}) {
  const calls: string[] = [];
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const windows: { options: { webPreferences?: Record<string, unknown> }; loaded: string[] }[] = [];
  const mainFrame = { url: 'atlas://app/index.html', parent: null, processId: 1, routingId: 1 };
  const session = {
    protocol: { handle: vi.fn((scheme: string) => calls.push(`protocol.handle ${scheme}`)) },
    setPermissionRequestHandler: vi.fn(() => calls.push('permission request handler')),
    setPermissionCheckHandler: vi.fn(() => calls.push('permission check handler')),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn(() => calls.push('onBeforeRequest')) },
    on: vi.fn(),
  };
  class BrowserWindow {
    readonly record: (typeof windows)[number];
    readonly webContents = { mainFrame, send: vi.fn() };
    constructor(options: (typeof windows)[number]['options']) {
      calls.push('new BrowserWindow');
      this.record = { options, loaded: [] };
      windows.push(this.record);
    }
    on() {}
    once() {}
    isDestroyed() {
      return false;
    }
    isMinimized() {
      return false;
    }
    focus() {}
    loadURL(url: string) {
      calls.push(`loadURL ${url}`);
      this.record.loaded.push(url);
      return Promise.resolve();
    }
  }
  const electron = {
    app: {
      enableSandbox: vi.fn(() => calls.push('enableSandbox')),
      requestSingleInstanceLock: vi.fn(() => options.gotLock ?? true),
      on: vi.fn((name: string, listener: (...args: unknown[]) => void) => appListeners.set(name, listener)),
      whenReady: () => ready,
      isReady: () => true,
      quit: vi.fn(() => calls.push('quit')),
      exit: vi.fn(),
      getVersion: () => '0.1.0',
      getPath: () => '/tmp',
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')) },
    session: { defaultSession: session },
    BrowserWindow,
    ipcMain: { handle: vi.fn((channel: string) => calls.push(`ipcMain.handle ${channel}`)), removeHandler: vi.fn() },
    dialog: { showErrorBox: vi.fn(), showSaveDialog: vi.fn() },
    shell: { openExternal: vi.fn() },
    Menu: { buildFromTemplate: vi.fn(() => ({})), setApplicationMenu: vi.fn(() => calls.push('setApplicationMenu')) },
  };
  return { electron, calls, windows, appListeners, becomeReady: () => resolveReady(), ready };
}

/** Loads main.cjs as CommonJS with the fake electron and the given command line. */
function runMain(fake: ReturnType<typeof createFakeElectron>, argv: string[] = [], dirnameOfMain = dirname(mainPath)): void {
  const realRequire = createRequire(mainPath);
  const require = (name: string): unknown => (name === 'electron' ? fake.electron : realRequire(name));
  const fakeProcess = Object.assign(Object.create(process) as NodeJS.Process, { argv: ['/opt/electron', mainPath, ...argv] });
  const module = { exports: {} };
  // Loading our own bundle the way Node's CommonJS loader does, with 'electron' swapped.
  const load = new Function('require', 'module', 'exports', '__filename', '__dirname', 'process', readFileSync(mainPath, 'utf8'));
  load(require, module, module.exports, mainPath, dirnameOfMain, fakeProcess);
}

const settle = async (fake: ReturnType<typeof createFakeElectron>): Promise<void> => {
  fake.becomeReady();
  await fake.ready;
  await new Promise((resolve) => setImmediate(resolve));
};

describe('main.ts lifecycle', () => {
  it('enables the sandbox and registers the scheme before ready, and creates no window yet', () => {
    const fake = createFakeElectron();
    runMain(fake);
    expect(fake.calls).toEqual(['enableSandbox', 'registerSchemesAsPrivileged']);
  });

  it('on ready serves the protocol, guards the session, registers the handlers and the menu, then loads the app', async () => {
    const fake = createFakeElectron();
    runMain(fake);
    await settle(fake);
    expect(fake.calls).toEqual([
      'enableSandbox',
      'registerSchemesAsPrivileged',
      'protocol.handle atlas',
      'permission request handler',
      'permission check handler',
      'onBeforeRequest',
      'new BrowserWindow',
      'ipcMain.handle host:app-info',
      'ipcMain.handle host:save-file',
      'ipcMain.handle host:open-source',
      'ipcMain.handle host:load-user-data',
      'ipcMain.handle host:store-user-data',
      'ipcMain.handle host:print-to-pdf',
      'setApplicationMenu',
      'loadURL atlas://app/index.html',
    ]);
  });

  it('creates the window with the pinned preferences and the preload beside main.cjs', async () => {
    const fake = createFakeElectron();
    runMain(fake);
    await settle(fake);
    expect(fake.windows[0]?.options.webPreferences).toMatchObject({
      preload: join(dirname(mainPath), 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
  });

  it('guards every webContents that gets created', () => {
    const fake = createFakeElectron();
    runMain(fake);
    expect(fake.appListeners.has('web-contents-created')).toBe(true);
  });

  it('passes a valid --link through to the window URL', async () => {
    const fake = createFakeElectron();
    runMain(fake, ['--link', '#date=2016&orgs=SCO']);
    await settle(fake);
    expect(fake.windows[0]?.loaded).toEqual(['atlas://app/index.html#date=2016&orgs=SCO']);
  });

  it('ignores an invalid --link and opens the default view', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const fake = createFakeElectron();
    runMain(fake, ['--link', 'https://evil.example/']);
    await settle(fake);
    expect(fake.windows[0]?.loaded).toEqual(['atlas://app/index.html']);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/Ignoring the deep link: --link must start with "#"/));
    warn.mockRestore();
  });

  it('hands a second instance’s link to the running window', async () => {
    const fake = createFakeElectron();
    runMain(fake);
    await settle(fake);
    fake.appListeners.get('second-instance')?.({}, ['/opt/electron', mainPath, '--link=#date=1995']);
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0]?.loaded).toEqual(['atlas://app/index.html', 'atlas://app/index.html#date=1995']);
  });

  it('explains a missing renderer bundle in an error box and exits', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const fake = createFakeElectron();
    const empty = mkdtempSync(join(tmpdir(), 'atlas-empty-'));
    runMain(fake, [], join(empty, 'electron'));
    await settle(fake);
    expect(fake.electron.dialog.showErrorBox).toHaveBeenCalledWith('The atlas could not start', expect.stringMatching(/renderer bundle is missing.*npm run build/));
    expect(fake.electron.app.exit).toHaveBeenCalledWith(1);
    expect(fake.windows).toEqual([]);
    rmSync(empty, { recursive: true, force: true });
    error.mockRestore();
  });

  it('quits at once when another instance holds the lock', () => {
    const fake = createFakeElectron({ gotLock: false });
    runMain(fake);
    expect(fake.calls).toEqual(['enableSandbox', 'registerSchemesAsPrivileged', 'quit']);
    expect(fake.appListeners.size).toBe(0);
  });
});
