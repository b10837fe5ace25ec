/**
 * Exports as a user gets them, from the real app in Chromium (SwiftShader WebGL): the PNG's
 * size, DPI and colours, the SVG's paths against the CLI's `members`, the PDF briefing's pages
 * and text, the export dialog, and the `atlas export` command.
 */
import { formatPartialDate } from '../../geodata/src/partial-date.js';
import { execFile, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { openAtlas } from './atlas-page.js';
import { colourDistance } from './atlas-page.js';
import { decodePng, dominantColourNear, type DecodedPng } from './decode-png.js';
import { readGeodata } from '../../geodata/node/read-geodata.js';
import { runAtlasData } from '../../cli/run-atlas-data.js';
import { AtlasQueries } from '../../geodata/src/queries.js';
import { todayIso } from '../../geodata/src/partial-date.js';
import { BASE_COLOURS, statusColour } from '../../renderer/map/palette.js';
import { fillFor } from '../../renderer/map/fill-for.js';
import { operatorColour } from '../../renderer/map/operator-colours.js';
import { mercatorPoint } from '../../renderer/export/layout/mercator-camera.js';
import { pngDpi } from '../../renderer/export/png/with-png-metadata.js';
import type { AutomationResult } from '../../renderer/export/export-automation.js';
import type { ExportOptions } from '../../renderer/export/export-options.js';
import { lensFromIndex, type LensIndex } from '../../geodata/src/trade-lens.js';
import { lensStyle } from '../../renderer/map/trade-lens-layer.js';

const queries = new AtlasQueries(readGeodata());
const exec = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');

async function atlasExport(page: Page, options: Partial<ExportOptions>, testing: { maxTile?: number } = {}): Promise<{ result: AutomationResult; bytes: Buffer; ms: number }> {
  const started = Date.now();
  const result = await page.evaluate(
    ([o, t]) => (window as unknown as { atlasExport(o: unknown, t: unknown): Promise<AutomationResult> }).atlasExport(o, t),
    [options, testing] as const,
  );
  return { result, bytes: Buffer.from(result.base64, 'base64'), ms: Date.now() - started };
}

/** Where a position is drawn in an exported PNG (Mercator, from the camera the export reports). */
function pngPoint(result: AutomationResult, lng: number, lat: number): { x: number; y: number } {
  const { camera, mapRect, pixelRatio } = result.details;
  const ratio = pixelRatio!;
  const c = mercatorPoint(camera!.lng, camera!.lat, camera!.zoom);
  const p = mercatorPoint(lng, lat, camera!.zoom);
  return { x: mapRect!.x + (p.x - c.x + mapRect!.width / ratio / 2) * ratio, y: mapRect!.y + (p.y - c.y + mapRect!.height / ratio / 2) * ratio };
}

function colourIn(png: DecodedPng, result: AutomationResult, lng: number, lat: number): string {
  const { x, y } = pngPoint(result, lng, lat);
  return dominantColourNear(png, x, y, Math.round(3 * result.details.pixelRatio!));
}

function note(name: string, ms: number): void {
  test.info().annotations.push({ type: 'export time', description: `${name}: ${(ms / 1000).toFixed(1)} s` });
  console.log(`export time — ${name}: ${(ms / 1000).toFixed(1)} s`);
}

/** Interior points well away from labels, capitals and disputed areas. */
const INTERIORS = {
  CHN: [88, 33],
  KAZ: [58, 49],
  IND: [76, 15],
  RUS: [100, 63],
  // A state without an SCO status inside the export's frame (the frame is the states with a status).
  UKR: [33.8, 50.8],
  TUR: [41, 39.2],
} as const;

test('PNG: pixel size and DPI match the request; state interiors have the legend colours', async ({ page }) => {
  await openAtlas(page, '#date=2024&orgs=SCO');
  const { result, bytes, ms } = await atlasExport(page, { format: 'png', size: 'a4-landscape', dpi: 120, title: 'SCO at the end of 2024', overlays: [] });
  note('PNG A4 landscape 120 DPI', ms);
  writeFileSync(test.info().outputPath('a4-120.png'), bytes);
  const png = decodePng(bytes);
  expect([png.width, png.height]).toEqual([Math.round((297 / 25.4) * 120), Math.round((210 / 25.4) * 120)]);
  expect(pngDpi(bytes)).toEqual({ x: 120, y: 120 });
  const title = png.chunks.find((c) => c.type === 'iTXt' && c.data.toString('utf8').startsWith('Title\0'));
  expect(title?.data.toString('utf8')).toContain('SCO at the end of 2024');
  expect(result.details.tiles).toBe(1);

  const expected = (iso3: keyof typeof INTERIORS): string => {
    const status = queries.statusOf(iso3, 'SCO', '2024-12-31')?.status;
    return status ? statusColour('SCO', status) : BASE_COLOURS.land;
  };
  for (const iso3 of Object.keys(INTERIORS) as (keyof typeof INTERIORS)[]) {
    const [lng, lat] = INTERIORS[iso3];
    const drawn = colourIn(png, result, lng, lat);
    expect(colourDistance(drawn, expected(iso3)), `${iso3} at ${lng},${lat} is ${drawn}, legend says ${expected(iso3)}`).toBeLessThan(10);
  }
  expect(expected('CHN')).toBe(statusColour('SCO', 'member'));
  expect(expected('TUR')).toBe(statusColour('SCO', 'partner'));
});

test('PNG: a map larger than a tile is drawn in tiles that meet exactly, at full resolution', async ({ page }) => {
  await openAtlas(page, '#date=2016&orgs=CSTO');
  // No overlays: the interior check below is about state fills (a base marker may sit there).
  const whole = await atlasExport(page, { format: 'png', size: 'slide', dpi: 96, overlays: [] });
  const tiled = await atlasExport(page, { format: 'png', size: 'slide', dpi: 96, overlays: [] }, { maxTile: 700 });
  note('PNG slide, whole', whole.ms);
  note('PNG slide, in tiles of 700 px', tiled.ms);
  writeFileSync(test.info().outputPath('slide-tiled.png'), tiled.bytes);
  expect(tiled.result.details.tiles).toBeGreaterThan(4);
  const a = decodePng(whole.bytes);
  const b = decodePng(tiled.bytes);
  expect([b.width, b.height]).toEqual([1920, 1080]);
  // Compare 8 × 8 pixel blocks: a tile drawn in the wrong place or a gap at a seam shifts whole
  // blocks; what may differ is anti-aliasing and a label placed differently near a seam.
  const { x, y, width, height } = whole.result.details.mapRect!;
  const BLOCK = 8;
  const blockDiffs: number[] = [];
  for (let by = y; by + BLOCK <= y + height; by += BLOCK) {
    for (let bx = x; bx + BLOCK <= x + width; bx += BLOCK) {
      let worst = 0;
      for (let c = 0; c < 3; c++) {
        let sa = 0;
        let sb = 0;
        for (let row = by; row < by + BLOCK; row++) {
          for (let col = bx; col < bx + BLOCK; col++) {
            const o = (row * a.width + col) * 4 + c;
            sa += a.pixels[o]!;
            sb += b.pixels[o]!;
          }
        }
        worst = Math.max(worst, Math.abs(sa - sb) / (BLOCK * BLOCK));
      }
      blockDiffs.push(worst);
    }
  }
  blockDiffs.sort((p, q) => q - p);
  expect(blockDiffs[Math.floor(blockDiffs.length / 100)]!).toBeLessThan(6);
  expect(blockDiffs[0]!).toBeLessThan(40);
  expect(colourDistance(colourIn(b, tiled.result, ...INTERIORS.KAZ), statusColour('CSTO', 'member'))).toBeLessThan(10);
});

test('SVG: well-formed, one path per state, statuses match the CLI members list', async ({ page }) => {
  await openAtlas(page, '#date=2024&orgs=SCO');
  const { result, bytes, ms } = await atlasExport(page, { format: 'svg', size: 'a4-landscape', projection: 'conic', title: 'SCO 2024' });
  note('SVG A4 conic', ms);
  const svg = bytes.toString('utf8');
  writeFileSync(test.info().outputPath('sco-2024.svg'), svg);
  expect(result.mime).toBe('image/svg+xml');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const paths = [...doc.querySelectorAll('path[data-state]')].map((p) => ({ state: p.getAttribute('data-state')!, sco: p.getAttribute('data-sco'), fill: p.getAttribute('fill')! }));
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
    return { error, root: doc.documentElement.nodeName, paths, texts, foreign: doc.querySelectorAll('foreignObject').length, font: doc.documentElement.getAttribute('font-family') };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.foreign).toBe(0);
  expect(parsed.font).toContain('Noto Sans');
  const states = parsed.paths.map((p) => p.state);
  expect(new Set(states).size).toBe(states.length);

  const cli = runAtlasData(['members', '--org', 'SCO', '--date', '2024', '--json'], queries, todayIso());
  expect(cli.code).toBe(0);
  const members = new Map((JSON.parse(cli.stdout) as { state: string; status: string }[]).map((m) => [m.state, m.status]));
  const byState = new Map(parsed.paths.map((p) => [p.state, p]));
  for (const [state, status] of members) {
    const path = byState.get(state);
    expect(path, `${state} (${status} in the CLI) has no path`).toBeDefined();
    expect(path!.sco, state).toBe(status);
    expect(path!.fill.toLowerCase(), state).toBe(statusColour('SCO', status as 'member').toLowerCase());
  }
  const coloured = parsed.paths.filter((p) => p.sco !== null).map((p) => p.state).sort();
  expect(coloured).toEqual([...members.keys()].sort());
  expect(parsed.paths.filter((p) => p.sco === null).every((p) => p.fill.toLowerCase() === BASE_COLOURS.land)).toBe(true);
  expect(parsed.texts).toContain('SCO 2024');
  expect(parsed.texts).toContain('As of 31 December 2024');
  expect(parsed.texts.some((t) => t.includes('Natural Earth'))).toBe(true);
  expect(parsed.texts).toContain('Shanghai Cooperation Organisation');
});

test('PDF: briefing pages carry page numbers, the as-of stamp and the data date; text has title, bases and sources', async ({ page, browser }) => {
  await openAtlas(page, '#date=2024&orgs=SCO,CSTO');
  const { result, bytes, ms } = await atlasExport(page, { format: 'pdf', size: 'a4-portrait', states: ['KAZ', 'KGZ'], compare: '2014-12-31', title: 'Central Asia briefing' });
  const started = Date.now();
  const printer = await browser.newPage();
  const url = new URL('__briefing-test.html', page.url()).href;
  await printer.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: bytes.toString('utf8') }));
  await printer.goto(url);
  await printer.evaluate(() => document.fonts.ready.then(() => undefined));
  const pdf = await printer.pdf({ preferCSSPageSize: true, printBackground: true });
  note('PDF briefing (2 states), compose + print', ms + Date.now() - started);
  expect(result.cssPageSize).toBe('A4 portrait');
  const file = test.info().outputPath('briefing.pdf');
  writeFileSync(file, pdf);

  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout;
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  // Cover, changes, one page or more per state, sources.
  expect(pages).toBeGreaterThanOrEqual(5);
  const dataAsOf = formatPartialDate(queries.data.info.asOf);
  for (let n = 1; n <= pages; n++) {
    const text = spawnSync('pdftotext', ['-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' }).stdout;
    expect(text, `page ${n}`).toContain(`Page ${n} of ${pages}`);
    expect(text, `page ${n}`).toContain('As of 31 December 2024');
    expect(text, `page ${n}`).toContain(`Data as of ${dataAsOf}`);
  }
  const all = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
  expect(all).toContain('Central Asia briefing');
  expect(all).toContain('Changes from 31 December 2014 to 31 December 2024');
  const kant = queries.data.bases.find((b) => b.id.includes('kant'))!;
  expect(all).toContain(kant.name);
  const kantSource = queries.sourcesById.get(kant.sources[0]!.source)!;
  expect(all).toContain(kantSource.title.replace(/\s+/g, ' '));
  expect(all).toContain('Kazakhstan');
  expect(all).toContain('Kyrgyzstan');
  expect(all).toContain('Sources');
});

test('the export dialog is labelled, keyboard operable, closes on Escape and saves through the host', async ({ page }) => {
  await openAtlas(page, '#date=2024&orgs=SCO');
  const opener = page.getByRole('button', { name: 'Export…' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Size')).toBeVisible();
  await expect(dialog.getByLabel('Resolution (DPI)')).toBeVisible();
  await expect(dialog.getByLabel('Title', { exact: true })).toBeVisible();
  await dialog.getByLabel('Resolution (DPI)').fill('400');
  await dialog.getByRole('button', { name: 'Export PNG' }).click();
  await expect(dialog.getByRole('alert')).toContainText('96 to 300');
  await expect(dialog.getByLabel('Resolution (DPI)')).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  await opener.press('Enter');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('SVG vector map').check();
  await expect(dialog.getByLabel('Resolution (DPI)')).toBeHidden();
  await expect(dialog.getByLabel('Map projection')).toBeVisible();
  await dialog.getByLabel('Title', { exact: true }).fill('From the dialog');
  const download = page.waitForEvent('download');
  await dialog.getByLabel('Title', { exact: true }).press('Enter');
  const file = await download;
  expect(file.suggestedFilename()).toBe('atlas-2024-12-31-sco.svg');
  const saved = readFileSync(await file.path());
  expect(saved.toString('utf8')).toContain('>From the dialog</text>');
  await expect(dialog).toBeHidden();
  await expect(page.locator('#notices')).toContainText('Saved SVG');
});

test('exports draw the overlays switched on in the app: bases in the PNG and SVG, keyed in the legend; the dialog follows the toggles', async ({ page }) => {
  const day = '2010-06-30';
  await openAtlas(page, `#date=${day}&orgs=CSTO&map=5/42.5/74.5`);
  const manas = queries.data.bases.find((b) => b.id.includes('manas'))!;
  const usa = operatorColour('USA');
  // Bases are on when the app starts: the PNG has Manas in the United States' colour.
  const withBases = await atlasExport(page, { format: 'png', size: 'slide', dpi: 96 });
  const pngWith = decodePng(withBases.bytes);
  expect(colourDistance(colourIn(pngWith, withBases.result, manas.lon, manas.lat), usa), 'Manas marker in the PNG').toBeLessThan(25);
  const svgWith = (await atlasExport(page, { format: 'svg', size: 'a4-landscape', projection: 'mercator' })).bytes.toString('utf8');
  expect(svgWith).toMatch(new RegExp(`data-base="${manas.id}" data-operator="USA"`));
  expect(svgWith).toContain('data-legend-row="overlay-heading" data-overlay="bases"');

  // Switched off on the map: neither the PNG nor the SVG draws them, and the dialog unticks them.
  await page.locator('#overlay-bases').uncheck();
  const without = await atlasExport(page, { format: 'png', size: 'slide', dpi: 96 });
  expect(colourDistance(colourIn(decodePng(without.bytes), without.result, manas.lon, manas.lat), usa), 'no marker once bases are off').toBeGreaterThan(60);
  const svgWithout = (await atlasExport(page, { format: 'svg', size: 'a4-landscape' })).bytes.toString('utf8');
  expect(svgWithout).not.toContain('data-base=');
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByLabel('Military bases on the date')).not.toBeChecked();
  await page.keyboard.press('Escape');

  // An explicit choice wins over the toggles: events asked for, drawn with their key.
  const svgEvents = (await atlasExport(page, { format: 'svg', size: 'a4-landscape', overlays: ['events'] })).bytes.toString('utf8');
  expect(svgEvents).toContain('data-overlay="events"');
  expect(svgEvents).toMatch(/data-event="[^"]+" data-category="(summit|exercise|conflict|other)"/);
  expect(svgEvents).not.toContain('data-base=');
});

test('atlas export writes a PNG from the command line', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-cli-'));
  const out = join(dir, 'map.png');
  writeFileSync(out, 'an older file that must be replaced');
  const started = Date.now();
  const { stdout } = await exec('npx', ['tsx', 'cli/atlas.ts', 'export', '--date', '2024', '--orgs', 'SCO,CSTO', '--format', 'png', '--size', 'slide', '--dpi', '144', '--out', out], { cwd: ROOT, timeout: 180_000 });
  note('CLI PNG slide (includes starting Chromium)', Date.now() - started);
  expect(stdout).toContain('1920 × 1080 px at 144 DPI');
  const bytes = readFileSync(out);
  const png = decodePng(bytes);
  expect([png.width, png.height]).toEqual([1920, 1080]);
  expect(pngDpi(bytes)).toEqual({ x: 144, y: 144 });
});

test('a hostile export title stays text in the briefing: no script, no attribute, the same words in the PDF', async ({ page }) => {
  await openAtlas(page, '#date=2024&orgs=SCO');
  const title = '" onload="document.title=1 </style><script>document.title=2</script>';
  const { bytes } = await atlasExport(page, { format: 'pdf', size: 'a4-portrait', states: ['KAZ'], title });
  const html = bytes.toString('utf8');
  const parsed = await page.evaluate((h) => {
    const doc = new DOMParser().parseFromString(h, 'text/html');
    return {
      scripts: doc.querySelectorAll('script').length,
      handlers: [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
      h1: doc.querySelector('h1')?.textContent,
      mapLabel: doc.querySelector('.cover-map svg')?.getAttribute('aria-label'),
      styles: doc.querySelectorAll('style').length,
    };
  }, html);
  expect(parsed).toEqual({ scripts: 0, handlers: [], h1: title, mapLabel: expect.stringContaining(title) as unknown as string, styles: 1 });
  // Printed as the CLI prints it: scripts off, under the print CSP; the title reads back from the PDF.
  const dir = mkdtempSync(join(tmpdir(), 'atlas-hostile-'));
  const out = join(dir, 'hostile.pdf');
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/atlas.ts', 'export', '--date', '2024', '--orgs', 'SCO', '--states', 'KAZ', '--title', title, '--out', out], { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });
  expect(r.status, r.stderr).toBe(0);
  const text = spawnSync('pdftotext', ['-f', '1', '-l', '1', out, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
  expect(text).toContain('onload="document.title=1 </style><script>document.title=2</script>');
});

test('atlas export writes one file per date of a range with one Chromium, relative to the caller\u2019s folder', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-batch-'));
  mkdirSync(join(dir, 'maps'));
  // npm sets INIT_CWD to the folder the command was typed in; npm runs the script from the package root.
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/atlas.ts', 'export', '--dates', '2014..2024', '--step', '5', '--orgs', 'SCO', '--size', 'slide', '--dpi', '96', '--out', 'maps/sco-{date}.png'], {
    cwd: ROOT, env: { ...process.env, INIT_CWD: dir }, encoding: 'utf8', timeout: 300_000,
  });
  expect(r.status, r.stderr).toBe(0);
  expect(readdirSync(join(dir, 'maps')).sort()).toEqual(['sco-2014.png', 'sco-2019.png', 'sco-2024.png']);
  expect(r.stdout).toMatch(/^3 files in [\d.]+ s: Chromium started once \([\d.]+ s\), [\d.]+ s per file$/m);
  for (const name of readdirSync(join(dir, 'maps'))) expect(decodePng(readFileSync(join(dir, 'maps', name))).width).toBe(1920);
});

test('atlas export refuses an unwritable --out before rendering, with the cause, and never replaces a read-only file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-ro-'));
  const locked = join(dir, 'locked.png');
  writeFileSync(locked, 'keep me');
  chmodSync(locked, 0o444);
  for (const [out, cause] of [[locked, 'the file is read-only (mode 444)'], ['/proc/x.png', 'the folder /proc does not take new files']] as const) {
    const started = Date.now();
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/atlas.ts', 'export', '--out', out], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(cause);
    expect(Date.now() - started).toBeLessThan(20_000);
  }
  expect(readFileSync(locked, 'utf8')).toBe('keep me');
});

test('atlas export refuses a bad argument with one line naming it, and exit code 2', async () => {
  const r = spawnSync('npx', ['tsx', 'cli/atlas.ts', 'export', '--format', 'png', '--dpi', '1000', '--out', 'map.png'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  expect(r.status).toBe(2);
  const lines = r.stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('npm warn'));
  expect(lines).toEqual(['atlas export: --dpi "1000" is not accepted; use a whole number from 96 to 300']);
});

test('exports include the user\u2019s annotations: the SVG as text and arrows, the PNG drawn with them', async ({ page }) => {
  const doc = {
    format: 'eurasian-alliances-atlas/user-data',
    version: 1,
    savedViews: [],
    annotations: [
      { kind: 'label', id: 'kant', text: 'Kant air base <since 2003>', lng: 74.85, lat: 42.85 },
      { kind: 'arrow', id: 'arrow1', text: '', lng: 68, lat: 47, toLng: 74, toLat: 43 },
    ],
    stateNotes: [],
  };
  await page.addInitScript((text) => window.localStorage.setItem('atlas.user-data', text), JSON.stringify(doc));
  await openAtlas(page, '#date=2024&orgs=CSTO');
  await expect.poll(() => page.evaluate(() => (window as unknown as { atlas: { userData: { annotations(): unknown[] } } }).atlas.userData.annotations().length)).toBe(2);
  const { bytes } = await atlasExport(page, { format: 'svg', size: 'a4-landscape', projection: 'mercator', title: 'Annotated' });
  const found = await page.evaluate((text) => {
    const svg = new DOMParser().parseFromString(text, 'image/svg+xml');
    const layer = svg.querySelector('#annotations');
    return {
      label: svg.querySelector('[data-annotation="kant"]')?.textContent ?? null,
      arrow: svg.querySelectorAll('[data-annotation="arrow1"] line, [data-annotation="arrow1"] polygon').length,
      injected: layer ? layer.querySelectorAll('since').length : -1,
    };
  }, bytes.toString('utf8'));
  expect(found).toEqual({ label: 'Kant air base <since 2003>', arrow: 2, injected: 0 });
  const png = await atlasExport(page, { format: 'png', size: 'slide', dpi: 96, title: 'Annotated' });
  expect(png.result.mime).toBe('image/png');
});

test.describe('export layout: framed on the states with a status, legend clear of them, every one named (issue 15)', () => {
  const orgs = ['SCO', 'CSTO'] as const;
  const statuses = queries.statusesOn([...orgs], '2024-12-31');
  const withStatus = [...statuses.keys()].filter((iso3) => orgs.some((o) => statuses.get(iso3)?.[o] !== undefined));
  /** Interior points of coloured states the legend used to hide, away from their labels and badges. */
  const COLOURED = { BLR: [29.6, 52.3], TUR: [41, 39.2], KAZ: [58, 49], RUS: [100, 63], CHN: [88, 33], IND: [76, 15], EGY: [31.5, 24], MNG: [109, 45.5] } as const;

  for (const size of ['a4-landscape', 'slide'] as const) {
    test(`PNG ${size}: the map holds every coloured state, and the legend and bases key hide none of them`, async ({ page }) => {
      await openAtlas(page, '#date=2024&orgs=SCO,CSTO');
      const { result, bytes, ms } = await atlasExport(page, { format: 'png', size, dpi: 96, overlays: ['bases'] });
      note(`PNG ${size} layout`, ms);
      writeFileSync(test.info().outputPath(`layout-${size}.png`), bytes);
      const png = decodePng(bytes);
      const rect = result.details.mapRect!;
      for (const [iso3, [lng, lat]] of Object.entries(COLOURED)) {
        const { x, y } = pngPoint(result, lng, lat);
        expect(x > rect.x && x < rect.x + rect.width && y > rect.y && y < rect.y + rect.height, `${iso3} is inside the map`).toBe(true);
        const expected = fillFor(statuses.get(iso3) ?? {}, [...orgs], 'status');
        const drawn = colourIn(png, result, lng, lat);
        expect(colourDistance(drawn, expected), `${iso3} at ${lng},${lat} is ${drawn}, its fill is ${expected}`).toBeLessThan(10);
      }
      // Framed on the states: Chukotka (the date line) and the Maldives are in, the high Arctic and the southern Indian Ocean are not.
      const inMap = (lng: number, lat: number) => {
        const { x, y } = pngPoint(result, lng, lat);
        return x >= rect.x && x <= rect.x + rect.width && y >= rect.y && y <= rect.y + rect.height;
      };
      expect(inMap(177, 65)).toBe(true);
      expect(inMap(73.4, 3.3)).toBe(true);
      expect(inMap(100, 84)).toBe(false);
      expect(inMap(75, -8)).toBe(false);
    });
  }

  test('SVG, every size preset: every state with a status is named; Armenia, Bahrain and the Maldives by a leader line', async ({ page }) => {
    await openAtlas(page, '#date=2024&orgs=SCO,CSTO');
    for (const size of ['slide', 'a4-landscape', 'a4-portrait', 'a3-landscape', 'a3-portrait'] as const) {
      const { bytes } = await atlasExport(page, { format: 'svg', size, overlays: [] });
      const svg = bytes.toString('utf8');
      const labelled = new Set([...svg.matchAll(/data-label-of="([A-Z]{3})"/g)].map((m) => m[1]));
      expect(withStatus.filter((iso3) => !labelled.has(iso3)), `${size}: states with a status and no label`).toEqual([]);
      for (const small of ['ARM', 'BHR', 'MDV']) expect(svg, `${size}: ${small}`).toContain(`data-leader-of="${small}"`);
    }
  });
});

test('exports in the trade lens draw the lens colours, its legend title and say so in the description', async ({ page }) => {
  const index = JSON.parse(readFileSync(join(ROOT, 'geodata', 'data', 'trade', 'lens.json'), 'utf8')) as LensIndex;
  const kazStyle = lensStyle(lensFromIndex(index, 'KAZ', 2023), 'CHN');
  expect(kazStyle.hatch).toBe(false);
  await openAtlas(page, '#date=2023&orgs=SCO&mode=trade&partner=CHN');
  const { result, bytes } = await atlasExport(page, { format: 'png', size: 'a4-landscape', dpi: 96, overlays: [] });
  const png = decodePng(bytes);
  expect(colourDistance(colourIn(png, result, 58, 49), kazStyle.fill)).toBeLessThan(10);
  expect(colourDistance(kazStyle.fill, statusColour('SCO', 'member'))).toBeGreaterThan(20);
  const title = png.chunks.find((c) => c.type === 'iTXt' && c.data.toString('utf8').startsWith('Title\0'));
  expect(title?.data.toString('utf8')).toContain('Share of goods trade with China, 2023');
  const svg = (await atlasExport(page, { format: 'svg', overlays: [] })).bytes.toString('utf8');
  expect(/<path id="state-KAZ" data-state="KAZ"[^>]* fill="(#[0-9a-f]{6})"/.exec(svg)?.[1]).toBe(kazStyle.fill);
  expect(svg).toMatch(/<desc>[^<]*Share of goods trade with China, 2023/);
});

test('the PDF briefing can include a profile page per shown organisation (dialog checkbox and option)', async ({ page }) => {
  await openAtlas(page, '#date=2024&orgs=SCO,CSTO');
  const html = (await atlasExport(page, { format: 'pdf', size: 'a4-portrait', states: [], orgPages: true })).bytes.toString('utf8');
  for (const org of ['SCO', 'CSTO']) expect(html).toContain(`class="page org" data-org="${org}"`);
  expect(html).toMatch(/Members and other statuses \(\d+\)/);
  expect(html).toMatch(/<figure class="org-chart" role="img" aria-label="[^"]+"><svg/);
  const without = (await atlasExport(page, { format: 'pdf', size: 'a4-portrait', states: [] })).bytes.toString('utf8');
  expect(without).not.toContain('class="page org"');
  await page.locator('#export-open').click();
  await page.locator('#export-format-pdf, input[name="format"][value="pdf"]').first().check();
  await expect(page.locator('input[name="org-pages"]')).toBeVisible();
});
