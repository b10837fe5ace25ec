/**
 * The atlas in real Electron: the window boots secure, the preload exposes exactly the host,
 * and one IPC round trip works. Runs wherever an Electron binary is installed (the same
 * detection as `npm start`; the tests never download it) and reports itself skipped elsewhere,
 * with the reason (npm test repeats it in its summary).
 */
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildElectron } from '../../build/bundle/build-electron.js';
import { buildRenderer, ROOT } from '../../build/bundle/build-renderer.js';
import { electronBinary } from '../../build/dev/electron-binary.js';

const binary = electronBinary();
if (!binary.found) test.skip(true, `No Electron binary on this machine: ${binary.reason}. \`npm start\` fetches it where the network allows, or set ELECTRON_OVERRIDE_DIST_PATH.`);

/** Booting includes loading all geodata and the first WebGL frame (SwiftShader without a GPU). */
const BOOT_TIMEOUT_MS = 90_000;

test.describe.configure({ mode: 'serial', timeout: BOOT_TIMEOUT_MS * 2 });

let app: ElectronApplication;
let page: Page;

test.beforeAll(async () => {
  if (!binary.found) return;
  await buildRenderer();
  await buildElectron();
  // ELECTRON_RUN_AS_NODE would make the binary behave as plain Node.
  const env = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined && e[0] !== 'ELECTRON_RUN_AS_NODE'));
  app = await _electron.launch({
    executablePath: binary.path,
    // Chromium refuses to start as root with its OS sandbox (containers, CI); the renderer
    // sandbox flag in webPreferences is still asserted below.
    args: [join(ROOT, 'dist', 'electron', 'main.cjs'), ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    env,
    timeout: BOOT_TIMEOUT_MS,
  });
  page = await app.firstWindow({ timeout: BOOT_TIMEOUT_MS });
});

test.afterAll(async () => {
  await app?.close();
});

test('boots atlas://app/index.html and the atlas becomes ready', async () => {
  expect(page.url()).toBe('atlas://app/index.html');
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true', { timeout: BOOT_TIMEOUT_MS });
});

test('the window runs with context isolation and the sandbox, without Node integration', async () => {
  const prefs = await app.evaluate(({ BrowserWindow }) => {
    // getLastWebPreferences() is how Electron reports the preferences a webContents really got;
    // it is missing from electron.d.ts, hence the narrow cast.
    const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as { getLastWebPreferences?: () => Record<string, unknown> | null } | undefined;
    const p = contents?.getLastWebPreferences?.();
    return p ? { contextIsolation: p.contextIsolation, sandbox: p.sandbox, nodeIntegration: p.nodeIntegration, webSecurity: p.webSecurity } : null;
  });
  expect(prefs, 'this Electron no longer offers webContents.getLastWebPreferences()').not.toBeNull();
  expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
});

test('the page has no Node and sees exactly the seven host methods', async () => {
  const seen = await page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    hostKeys: Object.keys(window.atlasHost ?? {}).sort(),
  }));
  expect(seen).toEqual({ require: 'undefined', process: 'undefined', hostKeys: ['appInfo', 'loadUserData', 'onMenuCommand', 'openSource', 'printToPdf', 'saveFile', 'storeUserData'] });
});

test('appInfo makes an IPC round trip to the main process', async () => {
  const info = await page.evaluate(() => window.atlasHost?.appInfo());
  expect(info).toMatchObject({ name: 'Eurasian Alliances Atlas', host: 'electron' });
});

test('the main process refuses invalid arguments', async () => {
  const message = await page.evaluate(() => window.atlasHost?.openSource('https://evil.example/').then(() => 'resolved', (e: Error) => e.message));
  expect(message).toMatch(/host:open-source refused: invalid arguments/);
});

test('saveFile writes the bytes to the path the save dialog returns', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-electron-save-'));
  const target = join(dir, 'atlas-test.png');
  try {
    // Stand in for the person choosing a file in the native dialog.
    await app.evaluate(({ dialog }, path) => {
      (dialog as unknown as { showSaveDialog: () => Promise<{ canceled: boolean; filePath: string }> }).showSaveDialog = () => Promise.resolve({ canceled: false, filePath: path });
    }, target);
    const result = await page.evaluate(() =>
      window.atlasHost?.saveFile({ suggestedName: 'atlas-test.png', mime: 'image/png', data: new Uint8Array([137, 80, 78, 71]) }),
    );
    expect(result).toEqual({ ok: true, location: target });
    expect([...readFileSync(target)]).toEqual([137, 80, 78, 71]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
