/**
 * `npm run bench`: measures the atlas in Chromium (SwiftShader WebGL on machines without a GPU)
 * and writes dist/bench/results.json (not tracked) plus a readable table. Not part of `npm test`.
 * `npm run bench -- --update-reference` also writes bench/reference-results.json, the committed
 * figures of a reference run that the README quotes.
 *
 * - cold start: navigation -> map idle with memberships coloured, against a baseline page that
 *   draws the same borders with plain MapLibre (ratio reported);
 * - date change: input -> first frame with the new colours (median, p95), against a plain repaint;
 * - exports (when the export module is present): A4 landscape PNG at 300 DPI, SVG, 5-state PDF
 *   (composed in the page and printed by Chromium, as the CLI does);
 * - a batch: `atlas export --dates` of five yearly PNGs, one Chromium start, time per file;
 * - JS heap after start and after 50 date changes;
 * - bytes: renderer bundle (gzip) and geodata loaded at start (gzip).
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildRenderer, ROOT } from '../build/bundle/build-renderer.js';
import { startStaticServer } from '../build/dev/static-server.js';
import { chromiumPath, CHROMIUM_ARGS } from '../build/dev/chromium-path.js';
import { PRINT_CONTENT_SECURITY_POLICY } from '../electron/main/print-content-security-policy.js';
import { CHART_TARGET_MS, chartTimes, lensYearChanges, setDateAndWait, timeDateChange } from './lens-bench.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const DATE_CHANGES = 30;
const HEAP_CHANGES = 50;
const VIEWPORT = { width: 1280, height: 800 };
export const TARGETS = { coldStartRatio: 1.25, dateChangeOverheadMs: 16, pngA4_300dpiMs: 3000, heapGrowthPct: 5 };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
const spread = (xs: number[]) => ({ median: round(median(xs)), p95: round(percentile(xs, 95)), min: round(Math.min(...xs)), max: round(Math.max(...xs)), runs: xs.length });
const round = (n: number) => Math.round(n * 10) / 10;

type Inspect = {
  whenIdle(): Promise<void>;
  whenMapIdle(): Promise<void>;
  nextFrame(): Promise<number>;
  repaint(): Promise<number>;
};
declare global {
  interface Window {
    atlas: { inspect: Inspect };
    gc?: () => void;
    atlasExport?: (options: Record<string, unknown>) => Promise<{ format: string; base64: string }>;
  }
}

async function coldStart(browser: Browser, url: string, ready: (page: Page) => Promise<void>, later?: (page: Page) => Promise<void>): Promise<{ ms: number; laterMs: number | null; geodataUrls: string[] }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const geodataUrls: string[] = [];
  page.on('response', (r) => {
    if (r.url().includes('/geodata/')) geodataUrls.push(new URL(r.url()).pathname);
  });
  await page.goto(url);
  await ready(page);
  // The atlas marks the first frame after which the coloured map was complete ('idle'), as the
  // baseline records its first 'idle': waiting for another idle would add a repaint to one side.
  const ms = await page.evaluate(() => performance.getEntriesByName('atlas:map-idle')[0]?.startTime ?? performance.now());
  let laterMs: number | null = null;
  if (later) {
    await later(page);
    laterMs = await page.evaluate(() => performance.now());
  }
  await context.close();
  return { ms, laterMs, geodataUrls };
}

/** Used JS heap after the page has settled: idle map, two forced collections, lowest of three reads. */
async function settledHeap(page: Page): Promise<number> {
  return page.evaluate(async () => {
    await window.atlas.inspect.whenIdle();
    const reads: number[] = [];
    for (let i = 0; i < 3; i++) {
      window.gc?.();
      window.gc?.();
      await new Promise((r) => setTimeout(r, 200));
      reads.push((performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize);
    }
    return Math.min(...reads);
  });
}

/** Prints a briefing's HTML to PDF as `atlas export` does: scripts off, the print CSP. */
async function printPdf(browser: Browser, baseUrl: string, html: string): Promise<void> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const printer = await context.newPage();
  const url = `${baseUrl}renderer/__bench-print.html`;
  await printer.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': PRINT_CONTENT_SECURITY_POLICY }, body: html }));
  await printer.goto(url, { waitUntil: 'load' });
  await printer.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
  await context.close();
}

const BATCH_DATES = '2020..2024';

/** `atlas export --dates …` as a user runs it; its summary line gives the time per file. */
function batchExport(): { files: number; totalS: number; perFileS: number; chromiumS: number } | { error: string } {
  const out = join(ROOT, 'dist', 'bench', 'batch');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'cli', 'atlas.ts'), 'export', '--dates', BATCH_DATES, '--orgs', 'SCO', '--size', 'a4-landscape', '--dpi', '150', '--out', join(out, 'sco-{date}.png')], { cwd: ROOT, encoding: 'utf8' });
  const m = /^(\d+) files in ([\d.]+) s: Chromium started once \(([\d.]+) s\), ([\d.]+) s per file$/m.exec(r.stdout);
  if (r.status !== 0 || !m) return { error: `atlas export failed (exit ${r.status}): ${r.stderr.trim().split('\n').at(-1) ?? ''}` };
  return { files: Number(m[1]), totalS: Number(m[2]), chromiumS: Number(m[3]), perFileS: Number(m[4]) };
}

async function main(): Promise<void> {
  await buildRenderer();
  const benchOut = join(ROOT, 'dist', 'bench');
  mkdirSync(benchOut, { recursive: true });
  await build({ entryPoints: [join(ROOT, 'bench', 'baseline.ts')], outfile: join(benchOut, 'baseline.js'), bundle: true, format: 'esm', minify: true, logLevel: 'warning' });
  copyFileSync(join(ROOT, 'bench', 'baseline.html'), join(benchOut, 'baseline.html'));
  const { server, url } = await startStaticServer(join(ROOT, 'dist'), 0);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'] });
  const atlasUrl = `${url}renderer/index.html?automation=1#date=2024&orgs=SCO`;
  const atlasReady = async (page: Page) => {
    await page.waitForSelector('body[data-ready=true]', { state: 'attached', timeout: 120_000 });
    await page.evaluate(() => window.atlas.inspect.whenIdle());
  };
  // Cold start ends when the coloured map is fully drawn; the bases, events and their sources
  // arrive just after (measured too).
  const atlasMapReady = async (page: Page) => {
    await page.waitForSelector('body[data-ready=true]', { state: 'attached', timeout: 120_000 });
    await page.evaluate(() => window.atlas.inspect.whenMapIdle());
  };
  const baselineReady = (page: Page) => page.waitForSelector('body[data-ready=true]', { state: 'attached', timeout: 120_000 }).then(() => undefined);

  console.log(`cold start: ${RUNS} runs each, alternating atlas and baseline`);
  const atlasCold: number[] = [];
  const detailsReady: number[] = [];
  const baselineCold: number[] = [];
  let geodataUrls: string[] = [];
  await coldStart(browser, `${url}bench/baseline.html`, baselineReady); // warm the OS file cache once
  for (let i = 0; i < RUNS; i++) {
    const a = await coldStart(browser, atlasUrl, atlasMapReady, atlasReady);
    atlasCold.push(a.ms);
    detailsReady.push(a.laterMs!);
    geodataUrls = a.geodataUrls;
    baselineCold.push((await coldStart(browser, `${url}bench/baseline.html`, baselineReady)).ms);
  }

  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(atlasUrl);
  await atlasReady(page);
  const heapStart = await settledHeap(page);

  console.log(`date change: ${DATE_CHANGES} changes, each against a plain repaint`);
  const change: number[] = [];
  const repaint: number[] = [];
  for (let i = 0; i < DATE_CHANGES; i++) {
    const day = i % 2 === 0 ? '2016-06-30' : '2024-07-05';
    change.push(
      await timeDateChange(page, day),
    );
    await page.evaluate(() => window.atlas.inspect.whenIdle());
    repaint.push(await page.evaluate(() => window.atlas.inspect.repaint()));
  }

  console.log(`heap: ${HEAP_CHANGES} date changes`);
  let heapAfter10 = 0;
  for (let i = 0; i < HEAP_CHANGES; i++) {
    if (i === 10) heapAfter10 = await settledHeap(page);
    await setDateAndWait(page, `${1992 + (i % 33)}-12-31`);
  }
  const heapAfter = await settledHeap(page);

  // Issue 18 (trade lens, charts): its own block.
  console.log(`trade lens: ${DATE_CHANGES} year changes in the membership view and in the trade lens; chart build times`);
  const lensChanges = await lensYearChanges(page, DATE_CHANGES);
  const charts = chartTimes(20);

  const exports: Record<string, ReturnType<typeof spread> | string> = {};
  const hasExport = await page.evaluate(() => typeof window.atlasExport === 'function');
  if (hasExport) {
    // Exports of the default view: back to the benchmark's date after the heap run.
    await page.evaluate(async () => {
      const input = document.getElementById('date-input') as HTMLInputElement;
      input.value = '2024-12-31';
      input.dispatchEvent(new Event('change'));
      await window.atlas.inspect.whenIdle();
    });
    const cases: [string, Record<string, unknown>][] = [
      ['png-a4-landscape-300dpi', { format: 'png', size: 'a4-landscape', dpi: 300 }],
      ['svg', { format: 'svg', projection: 'conic' }],
      ['pdf-5-states', { format: 'pdf', states: ['KAZ', 'KGZ', 'TJK', 'UZB', 'ARM'], compare: '2014-12-31' }],
    ];
    for (const [name, options] of cases) {
      const times: number[] = [];
      for (let i = 0; i < Math.min(RUNS, 3); i++) {
        const started = Date.now();
        const result = await page.evaluate((o) => window.atlasExport!(o), options);
        // The PDF briefing is HTML until Chromium prints it: the figure includes that step.
        if (result.format === 'pdf') await printPdf(browser, url, Buffer.from(result.base64, 'base64').toString('utf8'));
        times.push(Date.now() - started);
      }
      exports[name] = spread(times);
    }
  } else exports.note = 'export module not present in this build';
  await browser.close();
  server.close();

  console.log(`batch: atlas export --dates ${BATCH_DATES} (one Chromium for all)`);
  const batch = batchExport();

  const gz = (file: string) => gzipSync(readFileSync(file)).length;
  const startGeodata = [...new Set(geodataUrls)].map((p) => join(ROOT, 'dist', p)).filter((f) => existsSync(f));
  const results = {
    lenses: {
      yearChangeMs: { membership: spread(lensChanges.membership), trade: spread(lensChanges.trade) },
      chartMs: { tradeChartKAZ: spread(charts.tradeChartKAZ), orgChartsSCO: spread(charts.orgChartsSCO), targetMs: CHART_TARGET_MS },
    },
    machine: { cores: (await import('node:os')).cpus().length, chromium: chromiumPath(), renderer: 'SwiftShader (software WebGL) unless a GPU is present' },
    coldStartMs: { atlas: spread(atlasCold), baseline: spread(baselineCold), ratio: round(median(atlasCold) / median(baselineCold) * 100) / 100, detailsReady: spread(detailsReady) },
    dateChangeMs: { change: spread(change), plainRepaint: spread(repaint), overheadMedian: round(median(change) - median(repaint)) },
    exportsMs: exports,
    batch,
    heap: {
      afterStartMB: round(heapStart / 1e6),
      after10ChangesMB: round(heapAfter10 / 1e6),
      after50ChangesMB: round(heapAfter / 1e6),
      growthPct: round(((heapAfter - heapStart) / heapStart) * 100),
      /** Growth over the last 40 changes, once caches for the dates seen are warm: the leak signal. */
      growth10to50Pct: round(((heapAfter - heapAfter10) / heapAfter10) * 100),
    },
    bytes: {
      rendererBundleGzipKB: round(gz(join(ROOT, 'dist', 'renderer', 'app.js')) / 1024),
      workerGzipKB: round(gz(join(ROOT, 'dist', 'renderer', 'maplibre-gl-worker.mjs')) / 1024),
      geodataAtStartGzipKB: round(startGeodata.reduce((n, f) => n + gz(f), 0) / 1024),
      geodataFilesAtStart: startGeodata.length,
    },
    targets: TARGETS,
  };
  const json = JSON.stringify(results, null, 2) + '\n';
  writeFileSync(join(benchOut, 'results.json'), json);
  if (process.argv.includes('--update-reference')) writeFileSync(join(ROOT, 'bench', 'reference-results.json'), json);
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const rows = [
    ['cold start (atlas / baseline)', `${results.coldStartMs.atlas.median} / ${results.coldStartMs.baseline.median} ms`, `ratio ${results.coldStartMs.ratio} (target ≤ ${TARGETS.coldStartRatio})`, verdict(results.coldStartMs.ratio <= TARGETS.coldStartRatio)],
    ['bases, events, sources in', `${results.coldStartMs.detailsReady.median} ms`, 'after the map (not part of the target)', ''],
    ['date change (median / p95)', `${results.dateChangeMs.change.median} / ${results.dateChangeMs.change.p95} ms`, `overhead ${results.dateChangeMs.overheadMedian} ms over repaint ${results.dateChangeMs.plainRepaint.median} ms (target ≤ ${TARGETS.dateChangeOverheadMs})`, verdict(results.dateChangeMs.overheadMedian <= TARGETS.dateChangeOverheadMs)],
    ['heap after start / 10 / 50 changes', `${results.heap.afterStartMB} / ${results.heap.after10ChangesMB} / ${results.heap.after50ChangesMB} MB`, `growth ${results.heap.growthPct}% (10→50: ${results.heap.growth10to50Pct}%) (target ≤ ${TARGETS.heapGrowthPct}%)`, verdict(results.heap.growthPct <= TARGETS.heapGrowthPct)],
    ['year change: trade lens / membership', `${results.lenses.yearChangeMs.trade.median} / ${results.lenses.yearChangeMs.membership.median} ms`, `p95 ${results.lenses.yearChangeMs.trade.p95} / ${results.lenses.yearChangeMs.membership.p95} ms`, ''],
    ['charts (trade KAZ / SCO panel)', `${results.lenses.chartMs.tradeChartKAZ.median} / ${results.lenses.chartMs.orgChartsSCO.median} ms`, `max ${results.lenses.chartMs.tradeChartKAZ.max} / ${results.lenses.chartMs.orgChartsSCO.max} ms (target < ${CHART_TARGET_MS} ms each)`, verdict(results.lenses.chartMs.tradeChartKAZ.median < CHART_TARGET_MS && results.lenses.chartMs.orgChartsSCO.median < CHART_TARGET_MS)],
    ['bytes (gzip)', `bundle ${results.bytes.rendererBundleGzipKB} KB, worker ${results.bytes.workerGzipKB} KB`, `geodata at start ${results.bytes.geodataAtStartGzipKB} KB in ${results.bytes.geodataFilesAtStart} files`, ''],
    ['batch of PNGs (CLI)', 'error' in batch ? batch.error : `${batch.files} files in ${batch.totalS} s`, 'error' in batch ? '' : `${batch.perFileS} s per file, Chromium started once (${batch.chromiumS} s)`, ''],
    ...Object.entries(exports).map(([k, v]) => [`export ${k}`, typeof v === 'string' ? v : `${v.median} ms (min ${v.min}, max ${v.max})`, k.startsWith('png') ? `target ≤ ${TARGETS.pngA4_300dpiMs} ms` : '', typeof v === 'string' || !k.startsWith('png') ? '' : verdict(v.median <= TARGETS.pngA4_300dpiMs)]),
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  console.log('\n' + rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n'));
  console.log(`\nwritten: dist/bench/results.json${process.argv.includes('--update-reference') ? ' and bench/reference-results.json' : ' (the committed reference run: bench/reference-results.json)'}`);
}

await main();
