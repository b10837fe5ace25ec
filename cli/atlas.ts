/**
 * `npm run -s atlas -- export ...`: renders an export headlessly with the same renderer as the
 * app. Serves dist/renderer on loopback (building it first if it is missing), opens the view's
 * link in Chromium (Playwright, SwiftShader WebGL), calls window.atlasExport and writes the file
 * atomically (temporary file + rename: an existing file is replaced only by a complete one).
 * A PDF briefing is printed from its HTML print document by Chromium, in a context that runs no
 * script, under the app's CSP with scripts refused. Several dates share one Chromium.
 * A relative --out is taken from the caller's folder (npm's INIT_CWD), not the package root.
 *
 * Exit codes: 0 written, 2 bad arguments or an --out that cannot be written (one line naming the
 * value and the cause), 1 the export or the write failed.
 */
import { accessSync, closeSync, constants, existsSync, openSync, statSync, unlinkSync } from 'node:fs';
import type { Server } from 'node:http';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { todayIso } from '../geodata/src/partial-date.js';
import type { AutomationResult } from '../renderer/export/export-automation.js';
import type { ExportOptions } from '../renderer/export/export-options.js';
import { writeFileAtomic } from '../electron/main/write-file-atomic.js';
import { PRINT_CONTENT_SECURITY_POLICY } from '../electron/main/print-content-security-policy.js';
import { EXPORT_USAGE, exportHash, parseAtlasCliArgs, type ExportRequest } from './atlas-args.js';
import { buildRenderer, RENDERER_OUT } from '../build/bundle/build-renderer.js';
import { chromiumPath, CHROMIUM_ARGS } from '../build/dev/chromium-path.js';
import { readGeodata } from '../geodata/node/read-geodata.js';
import { startStaticServer } from '../build/dev/static-server.js';

/** The renderer build to serve; ATLAS_RENDERER_DIR points at another build (tests, packaging checks). */
const RENDERER_DIR = process.env.ATLAS_RENDERER_DIR ?? RENDERER_OUT;
const READY_TIMEOUT_MS = 120_000;
const EXPORT_TIMEOUT_MS = 300_000;
const VIEWPORT = { width: 1280, height: 800 };

class ExportFailure extends Error {}

function pathKind(path: string): 'directory' | 'file' | 'missing' {
  try {
    return statSync(path).isDirectory() ? 'directory' : 'file';
  } catch {
    return 'missing';
  }
}

/** Why `path` cannot be written, checked before anything is rendered; null when it can. */
function outProblem(path: string): string | null {
  const cause = (error: unknown): string => {
    const e = error as NodeJS.ErrnoException;
    return e.code ? `${e.code}, ${e.message.replace(/^\w+: /, '').replace(/, \w+ '.*'$/, '')}` : String(error);
  };
  try {
    const info = statSync(path);
    if (!info.isFile()) return 'it is not a regular file';
    // writeFileAtomic renames over the target, which would replace even a read-only file.
    if ((info.mode & 0o222) === 0) return `the file is read-only (mode ${(info.mode & 0o777).toString(8)}); make it writable (chmod u+w) or choose another name`;
    accessSync(path, constants.W_OK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return `the file is not writable (${cause(error)})`;
  }
  // The file is written beside its target and renamed: the folder must take a new file.
  const probe = join(dirname(path), `.atlas-write-check-${process.pid}`);
  try {
    closeSync(openSync(probe, 'wx'));
    unlinkSync(probe);
    return null;
  } catch (error) {
    return `the folder ${dirname(path)} does not take new files (${cause(error)})`;
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function exportOptions(request: ExportRequest): Partial<ExportOptions> {
  return {
    format: request.format,
    size: request.size,
    dpi: request.dpi,
    // A PNG takes the map's projection from the link; the vector exports take theirs here.
    ...(request.projection !== 'globe' && request.format !== 'png' ? { projection: request.projection } : {}),
    title: request.title,
    subtitle: request.subtitle,
    compare: request.compare,
    states: request.states,
    overlays: request.overlays,
    orgPages: request.orgPages,
  };
}

async function printBriefing(browser: Browser, baseUrl: string, html: string): Promise<Uint8Array> {
  // No script runs in the print document: a context with JavaScript off, and the CSP refuses it too.
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    // Served on the atlas's own origin so the document's relative font links load.
    const url = `${baseUrl}__briefing-print.html`;
    await page.route(url, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': PRINT_CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' }, body: html }),
    );
    await page.goto(url, { waitUntil: 'load' });
    return await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
  } finally {
    await context.close();
  }
}

/** One loopback server and one Chromium for every date of a command. */
interface ExportSession {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

async function openSession(): Promise<ExportSession> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    if (RENDERER_DIR !== RENDERER_OUT) throw new ExportFailure(`ATLAS_RENDERER_DIR ${RENDERER_DIR} has no index.html`);
    process.stderr.write(`atlas export: ${RENDERER_OUT} is missing; building the renderer first…\n`);
    await buildRenderer();
  }
  const started = await startStaticServer(RENDERER_DIR, 0);
  const server: Server = started.server;
  try {
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
    return {
      url: started.url,
      browser,
      close: async () => {
        await browser.close();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      },
    };
  } catch (error) {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    throw error;
  }
}

async function openView(session: ExportSession, request: ExportRequest): Promise<{ page: Page; errors: string[] }> {
  const page = await session.browser.newPage({ viewport: VIEWPORT });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // ?automation=1 asks the app for its test hooks (window.atlas, window.atlasExport).
  await page.goto(`${session.url}index.html?automation=1${exportHash(request)}`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true' || document.getElementById('loading')?.getAttribute('role') === 'alert', undefined, { timeout: READY_TIMEOUT_MS });
  const failed = await page.evaluate(() => (document.body.dataset.ready === 'true' ? null : document.getElementById('loading')?.textContent ?? 'unknown error'));
  if (failed) throw new ExportFailure(`the atlas did not start: ${failed}`);
  await page.evaluate(() => (window as unknown as { atlas: { inspect: { whenIdle(): Promise<void> } } }).atlas.inspect.whenIdle());
  const hooked = await page.evaluate(() => typeof (window as unknown as { atlasExport?: unknown }).atlasExport === 'function');
  if (!hooked) {
    throw new ExportFailure(`the renderer in ${RENDERER_DIR} has no export hook (window.atlasExport): mountExportControls is not wired into renderer/main.ts, or the build is older than it; rebuild with npx tsx build/bundle/build-renderer.ts`);
  }
  return { page, errors };
}

async function exportOne(session: ExportSession, request: ExportRequest): Promise<{ bytes: Uint8Array; result: AutomationResult; timings: Record<string, number> }> {
  const timings: Record<string, number> = {};
  let t = Date.now();
  const lap = (name: string) => {
    timings[name] = Date.now() - t;
    t = Date.now();
  };
  const { page, errors } = await openView(session, request);
  try {
    lap('open');
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ExportFailure(`the export took longer than ${EXPORT_TIMEOUT_MS / 60_000} minutes and was stopped; try a smaller size or a lower DPI`)), EXPORT_TIMEOUT_MS);
    });
    const result = await Promise.race([
      page.evaluate(
        (options) => (window as unknown as { atlasExport(o: unknown): Promise<AutomationResult> }).atlasExport(options).catch((e: unknown) => ({ error: e instanceof Error ? e.message : String(e) })),
        exportOptions(request),
      ),
      timeout,
    ]).finally(() => clearTimeout(timer));
    if ('error' in result) throw new ExportFailure(`the export failed in the page: ${(result as { error: string }).error}`);
    if (errors.length > 0) process.stderr.write(`atlas export: page errors while exporting: ${errors.join('; ')}\n`);
    lap('render');
    let bytes: Uint8Array = Buffer.from(result.base64, 'base64');
    if (result.format === 'pdf') {
      bytes = await printBriefing(session.browser, session.url, Buffer.from(bytes).toString('utf8'));
      lap('print');
    }
    return { bytes, result, timings };
  } finally {
    await page.close();
  }
}

async function main(): Promise<number> {
  const today = todayIso();
  let knownStates: Set<string>;
  try {
    knownStates = new Set(readGeodata().states.map((s) => s.iso3));
  } catch (error) {
    process.stderr.write(`atlas export: the bundled data cannot be read: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  // npm runs scripts from the package root; INIT_CWD is the folder the caller typed the command in.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const args = parseAtlasCliArgs(process.argv.slice(2), { today, cwd, isKnownState: (c) => knownStates.has(c), pathKind, outProblem });
  if (args.kind === 'help') {
    process.stdout.write(`${EXPORT_USAGE}\n`);
    return 0;
  }
  if (args.kind === 'error') {
    process.stderr.write(`atlas export: ${args.message}\n`);
    return 2;
  }
  const started = Date.now();
  let session: ExportSession | undefined;
  try {
    session = await openSession();
    const opened = Date.now() - started;
    for (const request of args.requests) {
      const fileStarted = Date.now();
      const { bytes, result, timings } = await exportOne(session, request);
      await writeFileAtomic(request.out, bytes);
      const d = result.details;
      const what = result.format === 'png' ? `${d.width} × ${d.height} px at ${d.dpi} DPI${d.tiles && d.tiles > 1 ? ` (map drawn in ${d.tiles} tiles of at most ${d.maxTile} px)` : ''}` : result.format === 'svg' ? 'vector SVG' : `PDF briefing (${result.cssPageSize})`;
      const stages = Object.entries({ ...timings, ...Object.fromEntries(Object.entries(d.timings).map(([k, v]) => [`page:${k}`, v])) })
        .map(([k, v]) => `${k} ${seconds(v)}`)
        .join(', ');
      process.stdout.write(`wrote ${request.out}: ${what}, ${(bytes.length / 1024).toFixed(0)} KB in ${seconds(Date.now() - fileStarted)} (${stages})\n`);
    }
    if (args.requests.length > 1) {
      const total = Date.now() - started;
      process.stdout.write(`${args.requests.length} files in ${seconds(total)}: Chromium started once (${seconds(opened)}), ${seconds((total - opened) / args.requests.length)} per file\n`);
    }
    return 0;
  } catch (error) {
    process.stderr.write(`atlas export: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await session?.close();
  }
}

process.exitCode = await main();
