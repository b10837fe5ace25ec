/**
 * Finds the Electron executable the way node_modules/electron/index.js does, but without its
 * side effect: requiring 'electron' from Node downloads the binary when it is missing (with a
 * stack trace where downloads are blocked). `npm start` downloads it itself (install-electron.ts);
 * the Electron end-to-end tests only look.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

export const ELECTRON_PACKAGE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules', 'electron');

/** The executable's path inside dist/, as the electron package's install.js writes it to path.txt. */
export function executableName(platform: string = process.platform): string {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

export function electronBinary(packageDir: string = ELECTRON_PACKAGE, env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const path = join(override, executable || executableName());
    return existsSync(path) ? { found: true, path } : { found: false, reason: `ELECTRON_OVERRIDE_DIST_PATH is set but ${path} does not exist` };
  }
  if (!executable) return { found: false, reason: `the Electron binary is not installed (${pathFile} is absent)` };
  const path = join(packageDir, 'dist', executable);
  return existsSync(path) ? { found: true, path } : { found: false, reason: `the Electron binary is not installed (${path} is absent)` };
}
