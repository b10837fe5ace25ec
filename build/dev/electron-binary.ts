/**
 * Finds the Electron executable the way node_modules/electron/index.js does, but without its
 * side effect: requiring 'electron' from Node downloads the binary when it is missing, and
 * downloads are blocked on some machines. Used by `npm start` and the Electron end-to-end tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

const ELECTRON_PACKAGE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules', 'electron');

export function electronBinary(packageDir: string = ELECTRON_PACKAGE, env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  const pathFile = join(packageDir, 'path.txt');
  // path.txt names the executable inside dist/ ("electron", "Electron.app/Contents/MacOS/Electron", "electron.exe").
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const path = join(override, executable || 'electron');
    return existsSync(path) ? { found: true, path } : { found: false, reason: `ELECTRON_OVERRIDE_DIST_PATH is set but ${path} does not exist` };
  }
  if (!executable) return { found: false, reason: `the Electron binary is not installed (${pathFile} is absent)` };
  const path = join(packageDir, 'dist', executable);
  return existsSync(path) ? { found: true, path } : { found: false, reason: `the Electron binary is not installed (${path} is absent)` };
}
