import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SILENCE_TIMEOUT_MS, installElectron, type InstallProgress } from './install-electron.js';
import { ELECTRON_PACKAGE, electronBinary, executableName } from './electron-binary.js';

const VERSION = (JSON.parse(readFileSync(join(ELECTRON_PACKAGE, 'package.json'), 'utf8')) as { version: string }).version;
const ZIP_NAME = `electron-v${VERSION}-${process.platform}-${process.arch}.zip`;

/** A minimal stored (uncompressed) zip with Unix modes, as Electron's release zips carry. */
function zipOf(files: { name: string; body: Buffer; mode: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = Buffer.from(f.name);
    const crc = crc32(f.body);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(f.body.length, 18);
    local.writeUInt32LE(f.body.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(f.body.length, 20);
    central.writeUInt32LE(f.body.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(((0o100000 | f.mode) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, f.body);
    centrals.push(central, name);
    offset += local.length + name.length + f.body.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const FAKE_ZIP = zipOf([
  { name: executableName(), body: Buffer.from('#!/bin/sh\necho fake electron\n'), mode: 0o755 },
  { name: 'version', body: Buffer.from(VERSION), mode: 0o644 },
]);

let dir: string;
let server: Server | undefined;
const sockets = new Set<Socket>();
const requests: string[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-electron-'));
  requests.length = 0;
});
afterEach(async () => {
  for (const s of sockets) s.destroy();
  sockets.clear();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** A mirror on 127.0.0.1 serving the fake zip and its SHASUMS256.txt under /<customDir>/. */
async function fakeMirror(customDir: string, mode: 'serve' | 'silent' | 'missing' = 'serve'): Promise<string> {
  const sums = `${createHash('sha256').update(FAKE_ZIP).digest('hex')} *${ZIP_NAME}\n`;
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (mode === 'silent') return; // accepts the connection and never answers
    if (mode === 'serve' && req.url === `/${customDir}/${ZIP_NAME}`) {
      res.writeHead(200, { 'content-length': FAKE_ZIP.length }).end(FAKE_ZIP);
    } else if (mode === 'serve' && req.url === `/${customDir}/SHASUMS256.txt`) res.end(sums);
    else res.writeHead(404).end('not here');
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/`;
}

function envFor(mirror: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ELECTRON_MIRROR: mirror, ELECTRON_CUSTOM_DIR: 'custom/{{ version }}', electron_config_cache: join(dir, 'cache'), ...extra };
}

describe('installElectron', () => {
  it('downloads through ELECTRON_MIRROR and ELECTRON_CUSTOM_DIR, verifies, unpacks and reports progress', async () => {
    const mirror = await fakeMirror(`custom/${VERSION}`);
    const progress: InstallProgress[] = [];
    const installDir = join(dir, 'electron');
    const result = await installElectron({
      installDir,
      env: envFor(mirror, { electron_use_remote_checksums: '1' }),
      onProgress: (p) => progress.push(p),
    });
    expect(result).toEqual({ ok: true, path: join(installDir, 'dist', executableName()) });
    expect(requests).toEqual([`/custom/${VERSION}/${ZIP_NAME}`, `/custom/${VERSION}/SHASUMS256.txt`]);
    expect(progress.at(-1)).toEqual({ transferred: FAKE_ZIP.length, total: FAKE_ZIP.length });
    expect(readFileSync(join(installDir, 'path.txt'), 'utf8')).toBe(executableName());
    expect(electronBinary(installDir, {})).toEqual(result.ok ? { found: true, path: result.path } : null);

    // A second install is served from electron_config_cache: no request reaches the mirror.
    requests.length = 0;
    const again = await installElectron({ installDir: join(dir, 'again'), env: envFor(mirror, { electron_use_remote_checksums: '1' }) });
    expect(again.ok).toBe(true);
    expect(requests.filter((r) => r.endsWith('.zip'))).toEqual([]);
  });

  it('refuses a zip that does not match the checksums shipped with the electron package', async () => {
    const mirror = await fakeMirror(`custom/${VERSION}`);
    const result = await installElectron({ installDir: join(dir, 'electron'), env: envFor(mirror) });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/did not match its published checksum/);
  });

  it('says the server refused when the mirror has no such file', async () => {
    const mirror = await fakeMirror('elsewhere', 'missing');
    const result = await installElectron({ installDir: join(dir, 'electron'), env: envFor(mirror) });
    expect(!result.ok && result.reason).toMatch(/refused by the server: Response code 404/);
  });

  it('says the connection was refused when nothing listens', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const result = await installElectron({ installDir: join(dir, 'electron'), env: envFor(`http://127.0.0.1:${port}/`) });
    expect(!result.ok && result.reason).toMatch(/was refused \(ECONNREFUSED\)/);
  });

  it('gives up on a mirror that stays silent', async () => {
    const mirror = await fakeMirror('custom', 'silent');
    const started = Date.now();
    const result = await installElectron({ installDir: join(dir, 'electron'), env: envFor(mirror), silenceTimeoutMs: 300 });
    expect(!result.ok && result.reason).toMatch(/got no answer for 0 s and was stopped/);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(DEFAULT_SILENCE_TIMEOUT_MS).toBeLessThanOrEqual(45_000);
  });
});

describe.skipIf(electronBinary().found)('npm start without the Electron binary', () => {
  it('prints one message pointing to npm run serve, without a stack trace, and exits 1', async () => {
    const mirror = await fakeMirror('custom', 'silent');
    const child = spawn(process.execPath, ['--import', 'tsx', 'build/dev/start.ts'], {
      cwd: join(ELECTRON_PACKAGE, '..', '..'),
      env: { ...process.env, ...envFor(mirror), ELECTRON_OVERRIDE_DIST_PATH: '', ATLAS_ELECTRON_DOWNLOAD_TIMEOUT_MS: '1000' },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(/Cannot start the desktop atlas: the download of Electron [\d.]+ got no answer for 1 s/);
    expect(stderr).toMatch(/npm run serve/);
    expect(stderr).not.toMatch(/^\s+at /m);
  });
});

describe('electronBinary', () => {
  it('uses ELECTRON_OVERRIDE_DIST_PATH when set (no download), and says when it points nowhere', () => {
    const override = join(dir, 'my-electron');
    mkdirSync(override);
    writeFileSync(join(override, executableName()), '#!/bin/sh\n', { mode: 0o755 });
    expect(electronBinary(join(dir, 'no-package'), { ELECTRON_OVERRIDE_DIST_PATH: override })).toEqual({ found: true, path: join(override, executableName()) });
    expect(electronBinary(join(dir, 'no-package'), { ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'nowhere') })).toMatchObject({ found: false, reason: expect.stringContaining('ELECTRON_OVERRIDE_DIST_PATH is set but') as string });
  });
});
