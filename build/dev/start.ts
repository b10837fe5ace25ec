/**
 * `npm start`: builds the renderer and the Electron host, then runs the atlas in Electron.
 * Extra arguments go to the app, e.g. `npm start -- --link "#date=2016&orgs=SCO"`.
 * Where no Electron binary is installed it says so and how to get one, without trying to
 * download it (requiring 'electron' from Node would).
 */
import { spawn } from 'node:child_process';
import { buildElectron } from '../bundle/build-electron.js';
import { buildRenderer } from '../bundle/build-renderer.js';
import { electronBinary } from './electron-binary.js';

const binary = electronBinary();
if (!binary.found) {
  console.error(
    [
      `Cannot start the desktop atlas: ${binary.reason}.`,
      'The Electron binary is not installed on this machine: downloads are blocked here, or it was never fetched.',
      'Where the network is available, fetch it with `npx install-electron --no` (or reinstall: `npm install electron`),',
      'or point ELECTRON_OVERRIDE_DIST_PATH at a folder holding an Electron 45 executable.',
      'Meanwhile `npm run serve` serves the same atlas to any browser on localhost.',
    ].join('\n'),
  );
  process.exit(1);
}

await buildRenderer();
const { main } = await buildElectron();
const env = { ...process.env };
// Set in some shells and CI images; it would make Electron behave as plain Node.
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(binary.path, [main, ...process.argv.slice(2)], { stdio: 'inherit', env });
child.on('error', (error) => {
  console.error(`Could not run Electron at ${binary.path}: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
