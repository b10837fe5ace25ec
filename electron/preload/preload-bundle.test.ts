import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron } from '../../build/bundle/build-electron.js';

let outDir: string;
let preloadCode: string;
let mainCode: string;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'atlas-electron-build-'));
  const { main, preload } = await buildElectron(outDir);
  preloadCode = readFileSync(preload, 'utf8');
  mainCode = readFileSync(main, 'utf8');
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const requiredModules = (code: string): string[] => [...new Set([...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1] ?? ''))].sort();

describe('the bundled preload (dist/electron/preload.cjs)', () => {
  it('requires nothing but electron, as a sandboxed preload must', () => {
    expect(requiredModules(preloadCode)).toEqual(['electron']);
  });

  it('runs as CommonJS in a bare context and exposes exactly atlasHost with its seven methods', () => {
    const exposed: Record<string, unknown> = {};
    const fakeElectron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
      ipcRenderer: { invoke: () => Promise.resolve(), on: () => undefined, removeListener: () => undefined },
    };
    const require = (name: string): unknown => {
      if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
      return fakeElectron;
    };
    const module = { exports: {} };
    runInNewContext(preloadCode, { require, module, exports: module.exports });
    expect(Object.keys(exposed)).toEqual(['atlasHost']);
    expect(Object.keys(exposed.atlasHost as object).sort()).toEqual(['appInfo', 'loadUserData', 'onMenuCommand', 'openSource', 'printToPdf', 'saveFile', 'storeUserData']);
  });
});

describe('the bundled main process (dist/electron/main.cjs)', () => {
  it('leaves electron to the runtime and bundles everything else but Node built-ins', () => {
    const external = requiredModules(mainCode).filter((name) => name !== 'electron' && !name.startsWith('node:'));
    expect(external).toEqual([]);
    expect(requiredModules(mainCode)).toContain('electron');
  });

  it('is CommonJS with no import.meta left behind', () => {
    expect(mainCode).not.toMatch(/import\.meta/);
    expect(mainCode).not.toMatch(/^\s*import\s/m);
  });
});
