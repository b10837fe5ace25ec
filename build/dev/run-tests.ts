/**
 * `npm test`: type check, lint, unit and data tests (vitest), then the end-to-end tests in
 * Chromium and Electron (Playwright) against a fresh build. Ends with one summary line
 * "tests: N passed, N failed, N skipped" and a non-zero exit code if anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildRenderer, ROOT } from '../bundle/build-renderer.js';
import { electronBinary } from './electron-binary.js';

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const stageResults: string[] = [];
const RESULTS = join(ROOT, 'test-results');

function run(label: string, command: string, args: string[]): boolean {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
  const ok = r.status === 0;
  stageResults.push(`${ok ? 'ok  ' : 'FAIL'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

function check(label: string, command: string, args: string[]): void {
  // A static check (type check, lint) counts as one test.
  if (run(label, command, args)) total.passed++;
  else total.failed++;
}

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

check('type check', 'npm', ['run', '-s', 'typecheck']);
check('lint', npx, ['eslint', '.']);

const unitJson = join(RESULTS, 'unit.json');
const unitOk = run('unit and data tests', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${unitJson}`]);
if (existsSync(unitJson)) {
  const r = JSON.parse(readFileSync(unitJson, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  total.passed += r.numPassedTests;
  total.failed += r.numFailedTests;
  total.skipped += r.numPendingTests + r.numTodoTests;
  if (!unitOk && r.numFailedTests === 0) total.failed++;
} else if (!unitOk) total.failed++;

console.log('\n=== build the renderer');
let built = true;
try {
  await buildRenderer();
  stageResults.push('ok   build the renderer');
} catch (error) {
  // A failed build is one failure with its reason, not a crash that hides the summary.
  built = false;
  total.failed++;
  stageResults.push(`FAIL build the renderer: ${error instanceof Error ? error.message.split('\n')[0] : String(error)} (end-to-end tests not run)`);
}

const e2eJson = join(RESULTS, 'e2e.json');
const e2eOk = !built || run('end-to-end tests (Chromium, Electron)', npx, ['playwright', 'test']);
if (built && existsSync(e2eJson)) {
  const r = JSON.parse(readFileSync(e2eJson, 'utf8')) as { stats: { expected: number; unexpected: number; skipped: number; flaky: number } };
  total.passed += r.stats.expected + r.stats.flaky;
  total.failed += r.stats.unexpected;
  total.skipped += r.stats.skipped;
  if (!e2eOk && r.stats.unexpected === 0) total.failed++;
} else if (!e2eOk) total.failed++;

console.log('\n=== stages');
for (const line of stageResults) console.log(line);
const electron = electronBinary();
if (!electron.found) {
  console.log(
    `\nThe Electron suite (tests/electron) was skipped: ${electron.reason}. The tests never download Electron; ` +
      '`npm start` fetches it where the network allows (CI installs with ELECTRON_SKIP_BINARY_DOWNLOAD and has no network), or set ELECTRON_OVERRIDE_DIST_PATH.',
  );
}
console.log(`\ntests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed === 0 ? 0 : 1);
