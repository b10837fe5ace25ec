/**
 * `npm run -s atlas -- export ...`: renders an export headlessly with the same renderer as the
 * app. Serves dist/renderer on loopback (building it first if it is missing), opens the view's
 * link in Chromium (Playwright, SwiftShader WebGL), calls window.atlasExport and writes the file
 * atomically (temporary file + rename: an existing file is replaced only by a complete one).
 * A PDF briefing is printed from its HTML print document by Chromium.
 *
 * Exit codes: 0 written, 2 bad arguments (one line naming the value and what is accepted),
 * 1 the export or the write failed.
 */
import { existsSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { todayIso } from '../geodata/src/partial-date.js';
import type { AutomationResult } from '../renderer/export/export-automation.js';
import type { ExportOptions } from '../renderer/export/export-options.js';
import { writeFileAtomic } from '../electron/main/write-file-atomic.js';
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
  };
}

async function printBriefing(browser: Browser, baseUrl: string, html: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    // Served on the atlas's own origin so the document's relative font links load.
    const url = `${baseUrl}__briefing-print.html`;
    await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
  } finally {
    await page.close();
  }
}

async function runExportInChromium(request: ExportRequest): Promise<{ bytes: Uint8Array; result: AutomationResult; timings: Record<string, number> }> {
  const timings: Record<string, number> = {};
  let t = Date.now();
  const lap = (name: string) => {
    timings[name] = Date.now() - t;
    t = Date.now();
  };
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    if (RENDERER_DIR !== RENDERER_OUT) throw new ExportFailure(`ATLAS_RENDERER_DIR ${RENDERER_DIR} has no index.html`);
    process.stderr.write(`atlas export: ${RENDERER_OUT} is missing; building the renderer first…\n`);
    await buildRenderer();
    lap('build');
  }
  let server: Server | null = null;
  let browser: Browser | null = null;
  try {
    const started = await startStaticServer(RENDERER_DIR, 0);
    server = started.server;
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
    const page = await browser.newPage({ viewport: VIEWPORT });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${started.url}index.html${exportHash(request)}`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true' || document.getElementById('loading')?.getAttribute('role') === 'alert', undefined, { timeout: READY_TIMEOUT_MS });
    const failed = await page.evaluate(() => (document.body.dataset.ready === 'true' ? null : document.getElementById('loading')?.textContent ?? 'unknown error'));
    if (failed) throw new ExportFailure(`the atlas did not start: ${failed}`);
    await page.evaluate(() => (window as unknown as { atlas: { inspect: { whenIdle(): Promise<void> } } }).atlas.inspect.whenIdle());
    lap('open');
    const hooked = await page.evaluate(() => typeof (window as unknown as { atlasExport?: unknown }).atlasExport === 'function');
    if (!hooked) {
      throw new ExportFailure(`the renderer in ${RENDERER_DIR} has no export hook (window.atlasExport): mountExportControls is not wired into renderer/main.ts, or the build is older than it; rebuild with npx tsx build/bundle/build-renderer.ts`);
    }
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
      bytes = await printBriefing(browser, started.url, Buffer.from(bytes).toString('utf8'));
      lap('print');
    }
    return { bytes, result, timings };
  } finally {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
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
  const args = parseAtlasCliArgs(process.argv.slice(2), { today, cwd: process.cwd(), isKnownState: (c) => knownStates.has(c), pathKind });
  if (args.kind === 'help') {
    process.stdout.write(`${EXPORT_USAGE}\n`);
    return 0;
  }
  if (args.kind === 'error') {
    process.stderr.write(`atlas export: ${args.message}\n`);
    return 2;
  }
  const request = args.request;
  const started = Date.now();
  try {
    const { bytes, result, timings } = await runExportInChromium(request);
    await writeFileAtomic(request.out, bytes);
    const d = result.details;
    const what = result.format === 'png' ? `${d.width} × ${d.height} px at ${d.dpi} DPI${d.tiles && d.tiles > 1 ? ` (map drawn in ${d.tiles} tiles of at most ${d.maxTile} px)` : ''}` : result.format === 'svg' ? 'vector SVG' : `PDF briefing (${result.cssPageSize})`;
    const stages = Object.entries({ ...timings, ...Object.fromEntries(Object.entries(d.timings).map(([k, v]) => [`page:${k}`, v])) })
      .map(([k, v]) => `${k} ${seconds(v)}`)
      .join(', ');
    process.stdout.write(`wrote ${request.out}: ${what}, ${(bytes.length / 1024).toFixed(0)} KB in ${seconds(Date.now() - started)} (${stages})\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`atlas export: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

process.exitCode = await main();
