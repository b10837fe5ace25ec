/**
 * Fetches the Electron binary the way the electron package's own install.js does — through
 * its `@electron/get` (which honours ELECTRON_MIRROR, ELECTRON_CUSTOM_DIR, electron_config_cache
 * and the other mirror and cache settings) and its zip extractor — but with a progress line,
 * a watchdog that gives up when the network stays silent, and a one-paragraph answer instead of
 * a stack trace when the download is refused. Used by `npm start`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describeDownloadFailure, SilenceError } from './describe-download-failure.js';
import { ELECTRON_PACKAGE, electronBinary, executableName } from './electron-binary.js';

export interface InstallProgress {
  transferred: number;
  total: number | null;
}

export interface InstallElectronOptions {
  /** The electron npm package: its version, checksums.json and its own @electron/get come from here. */
  packageDir?: string;
  /** Where dist/ and path.txt are written (the package itself unless a test says otherwise). */
  installDir?: string;
  env?: NodeJS.ProcessEnv;
  /** Give up when no byte has arrived for this long (connecting included). */
  silenceTimeoutMs?: number;
  onProgress?: (progress: InstallProgress) => void;
}

export type InstallResult = { ok: true; path: string } | { ok: false; reason: string };

interface ElectronGet {
  downloadArtifact(details: Record<string, unknown>): Promise<string>;
}
interface ExtractZip {
  extract(zipPath: string, options: { dir: string }): Promise<void>;
}

export const DEFAULT_SILENCE_TIMEOUT_MS = 30_000;

export async function installElectron(options: InstallElectronOptions = {}): Promise<InstallResult> {
  const packageDir = options.packageDir ?? ELECTRON_PACKAGE;
  const installDir = options.installDir ?? packageDir;
  const env = options.env ?? process.env;
  const silenceMs = options.silenceTimeoutMs ?? DEFAULT_SILENCE_TIMEOUT_MS;
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const requireFromPackage = createRequire(join(packageDir, 'package.json'));
  const platform = env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || process.platform;
  const arch = env.ELECTRON_INSTALL_ARCH || env.npm_config_arch || process.arch;
  const remoteChecksums = !!(env.electron_use_remote_checksums || env.npm_config_electron_use_remote_checksums);

  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const rearm = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(new SilenceError(silenceMs)), silenceMs);
  };
  let zipPath: string;
  let progressSeen = false;
  try {
    const get = (await import(pathToFileURL(requireFromPackage.resolve('@electron/get')).href)) as ElectronGet;
    rearm();
    zipPath = await get.downloadArtifact({
      version,
      artifactName: 'electron',
      platform,
      arch,
      force: env.force_no_cache === 'true',
      cacheRoot: env.electron_config_cache,
      // @electron/get reads ELECTRON_MIRROR & co. from process.env itself (npm config first);
      // these only matter where `env` is not process.env, as in the tests.
      mirrorOptions: { mirror: env.ELECTRON_MIRROR, customDir: env.ELECTRON_CUSTOM_DIR, customFilename: env.ELECTRON_CUSTOM_FILENAME },
      checksums: remoteChecksums ? undefined : (requireFromPackage('./checksums.json') as Record<string, string>),
      downloadOptions: {
        quiet: true,
        signal: controller.signal,
        getProgressCallback: (p: InstallProgress) => {
          rearm();
          // The same callback sees SHASUMS256.txt (a few kB) after the zip; only the zip is news.
          if (p.total !== null && p.total < 65_536 && p.transferred < 65_536 && progressSeen) return;
          progressSeen = true;
          options.onProgress?.({ transferred: p.transferred, total: p.total });
        },
      },
    });
  } catch (error) {
    return { ok: false, reason: describeDownloadFailure(controller.signal.reason ?? error, version) };
  } finally {
    clearTimeout(timer);
  }
  try {
    const { extract } = (await import(pathToFileURL(requireFromPackage.resolve('@electron-internal/extract-zip')).href)) as ExtractZip;
    const dist = join(installDir, 'dist');
    mkdirSync(dist, { recursive: true });
    await extract(zipPath, { dir: dist });
    writeFileSync(join(installDir, 'path.txt'), executableName(platform));
  } catch (error) {
    return { ok: false, reason: `the downloaded Electron ${version} could not be unpacked (${errorText(error)})` };
  }
  const binary = electronBinary(installDir, { ...env, ELECTRON_OVERRIDE_DIST_PATH: undefined });
  return binary.found ? { ok: true, path: binary.path } : { ok: false, reason: `the Electron ${version} download held no executable (${binary.reason})` };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
