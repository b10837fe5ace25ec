/**
 * `npm start`: builds the renderer and the Electron host, then runs the atlas in Electron.
 * Extra arguments go to the app, e.g. `npm start -- --link "#date=2016&orgs=SCO"`.
 * Where the Electron binary is absent it fetches it first with Electron's own downloader
 * (mirror and cache settings honoured) and shows progress; where that is refused or the network
 * stays silent, it says so in one message and points to `npm run serve`.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildElectron } from '../bundle/build-electron.js';
import { buildRenderer } from '../bundle/build-renderer.js';
import { downloadProgress } from './download-progress.js';
import { ELECTRON_PACKAGE, electronBinary } from './electron-binary.js';
import { installElectron } from './install-electron.js';
import { stopWithParent } from './stop-with-parent.js';

const silenceArg = process.env.ATLAS_ELECTRON_DOWNLOAD_TIMEOUT_MS;
const binaryPath = await findOrFetchElectron(silenceArg ? Number(silenceArg) : undefined);

await buildRenderer();
const { main } = await buildElectron();
const env = { ...process.env };
// Set in some shells and CI images; it would make Electron behave as plain Node.
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(binaryPath, [main, ...process.argv.slice(2)], { stdio: 'inherit', env });
child.on('error', (error) => {
  console.error(`Could not run Electron at ${binaryPath}: ${error.message}`);
  process.exit(1);
});
// Ctrl+C, a signal to npm's PID, or npm ending: Electron is asked to quit too, never orphaned.
stopWithParent(() => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

async function findOrFetchElectron(silenceTimeoutMs: number | undefined): Promise<string> {
  const binary = electronBinary();
  if (binary.found) return binary.path;
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) fail(binary.reason, 'Point ELECTRON_OVERRIDE_DIST_PATH at the folder that holds the Electron executable, or unset it.');
  const { version } = JSON.parse(readFileSync(join(ELECTRON_PACKAGE, 'package.json'), 'utf8')) as { version: string };
  console.error(`The Electron ${version} binary is not installed yet; fetching it (once) with Electron's downloader…`);
  const live = process.stderr.isTTY;
  let lastShown = -1;
  const result = await installElectron({
    silenceTimeoutMs,
    onProgress: ({ transferred, total }) => {
      const line = downloadProgress(version, transferred, total);
      // A terminal gets one line rewritten in place; a log gets a line per tenth.
      const tenth = total ? Math.floor((transferred / total) * 10) : Math.floor(transferred / 10_485_760);
      if (live) process.stderr.write(`\r${line}   `);
      else if (tenth !== lastShown) console.error(line);
      lastShown = tenth;
    },
  });
  if (live && lastShown >= 0) process.stderr.write('\n');
  if (!result.ok) {
    fail(
      result.reason,
      'Where the network is slow or goes through a mirror, set ELECTRON_MIRROR (and ELECTRON_CUSTOM_DIR) and run `npm start` again,',
      'or point ELECTRON_OVERRIDE_DIST_PATH at a folder holding an Electron 45 executable.',
    );
  }
  console.error(`Electron ${version} installed.`);
  return result.path;
}

function fail(reason: string, ...advice: string[]): never {
  console.error(
    [`Cannot start the desktop atlas: ${reason}.`, ...advice, 'Meanwhile `npm run serve` serves the same atlas to any browser on this machine (http://127.0.0.1:5178/).'].join('\n'),
  );
  process.exit(1);
}
