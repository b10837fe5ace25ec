/**
 * Bundles the Electron host into dist/electron: main.cjs (the main process) and preload.cjs
 * (the sandboxed preload, which may require nothing but 'electron'). Both CommonJS, with
 * 'electron' left to the runtime.
 *
 *   npx tsx build/bundle/build-electron.ts
 */
import { build, type BuildOptions } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './build-renderer.js';

export const ELECTRON_OUT = join(ROOT, 'dist', 'electron');
/** Electron 45 runs Node 22 in the main process and Chromium 140 in the preload. */
const TARGET = 'node22';

export async function buildElectron(outDir: string = ELECTRON_OUT): Promise<{ main: string; preload: string }> {
  mkdirSync(outDir, { recursive: true });
  const main = join(outDir, 'main.cjs');
  const preload = join(outDir, 'preload.cjs');
  const common: BuildOptions = { bundle: true, platform: 'node', format: 'cjs', target: TARGET, external: ['electron'], sourcemap: true, logLevel: 'warning' };
  await Promise.all([
    build({ ...common, entryPoints: [join(ROOT, 'electron', 'main', 'main.ts')], outfile: main }),
    build({ ...common, entryPoints: [join(ROOT, 'electron', 'preload', 'preload.ts')], outfile: preload }),
  ]);
  return { main, preload };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { main, preload } = await buildElectron();
  console.log(`electron host built: ${main}, ${preload}`);
}
