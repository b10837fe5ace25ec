/**
 * The packaging configuration (npm run dist needs the Electron binary, so it is checked here
 * instead): the shipped files are exactly the built app, fuses are set, all four targets exist.
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../build/bundle/build-renderer.js';

const require = createRequire(import.meta.url);
const config = require(join(ROOT, 'build', 'electron-builder.config.cjs')) as {
  files: string[];
  asar: boolean;
  icon: string;
  electronFuses: Record<string, boolean>;
  linux: { target: string[] };
  win: { target: string[] };
  mac: { target: string[] };
};
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main: string; scripts: Record<string, string> };

/** Whether electron-builder's `files` patterns (minimatch, later negations win) include a path. */
function included(path: string): boolean {
  let ok = false;
  for (const pattern of config.files) {
    if (pattern.startsWith('!')) {
      if (minimatch(path, pattern.slice(1))) ok = false;
    } else if (minimatch(path, pattern)) ok = true;
  }
  return ok;
}

describe('electron-builder configuration', () => {
  it('ships the built app, its geodata and fonts', () => {
    for (const f of ['package.json', 'dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html', 'dist/renderer/app.js', 'dist/renderer/maplibre-gl-worker.mjs', 'dist/renderer/fonts/noto-sans-latin-400-normal.woff2', 'dist/renderer/geodata/borders/countries.geojson', 'dist/renderer/geodata/start-bundle.json', 'dist/renderer/geodata/details-bundle.json', 'dist/renderer/geodata/trade/KAZ.json']) {
      expect(included(f), f).toBe(true);
    }
    expect(pkg.main).toBe('dist/electron/main.cjs');
  });

  it('ships no sources, tests, raw data, source maps or dev tooling', () => {
    for (const f of ['renderer/main.ts', 'electron/main/main.ts', 'tests/e2e/foundation.spec.ts', 'geodata/data/bases.json', 'build/derive/derive-borders.ts', 'node_modules/vitest/package.json', 'dist/renderer/app.js.map', 'dist/bench/baseline.js', '.ci/run', 'README.md']) {
      expect(included(f), f).toBe(false);
    }
  });

  it('sets all seven Electron fuses: no RunAsNode, no NODE_OPTIONS, no inspector, app only from a verified asar, cookies encrypted, no file:// privileges', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds AppImage and deb, NSIS and dmg, with an icon that exists', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.win.target).toContain('nsis');
    expect(config.mac.target).toContain('dmg');
    expect(existsSync(join(ROOT, config.icon))).toBe(true);
    expect(pkg.scripts.dist).toContain('electron-builder');
  });
});
