/**
 * `npm run bench:heap`: where the JS heap grows over date changes. Takes a heap snapshot after
 * 30 date changes and another after 200 more, and prints the 25 object kinds whose retained
 * self size grew most (bytes, count, kind). The bench's heap figure is usedJSHeapSize; this says
 * what is in the growth — e.g. V8's optimised code versus objects the atlas keeps.
 */
import { chromium, type Page } from '@playwright/test';
import { join } from 'node:path';
import { buildRenderer, ROOT } from '../build/bundle/build-renderer.js';
import { startStaticServer } from '../build/dev/static-server.js';
import { chromiumPath, CHROMIUM_ARGS } from '../build/dev/chromium-path.js';
import { setDateAndWait } from './lens-bench.js';

const WARM_CHANGES = 30;
const MEASURED_CHANGES = 200;
const DAYS = ['2016-06-30', '2024-07-05'];

type Totals = Map<string, { count: number; bytes: number }>;

async function snapshot(page: Page): Promise<Totals> {
  await page.evaluate(async () => {
    await window.atlas.inspect.whenIdle();
    window.gc?.();
    window.gc?.();
  });
  const cdp = await page.context().newCDPSession(page);
  let json = '';
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e: { chunk: string }) => {
    json += e.chunk;
  });
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const snap = JSON.parse(json) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[]; strings: string[] };
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [number, number, number];
  const totals: Totals = new Map();
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const type = types[snap.nodes[i + typeAt]!]!;
    // Strings are grouped by type only: their "name" is their text.
    const kind = /string/.test(type) ? type : `${type}: ${snap.strings[snap.nodes[i + nameAt]!]!.slice(0, 60)}`;
    const t = totals.get(kind) ?? { count: 0, bytes: 0 };
    t.count += 1;
    t.bytes += snap.nodes[i + sizeAt]!;
    totals.set(kind, t);
  }
  return totals;
}

async function main(): Promise<void> {
  await buildRenderer();
  const { server, url } = await startStaticServer(join(ROOT, 'dist'), 0);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(`${url}renderer/index.html?automation=1#date=2024&orgs=SCO`);
    await page.waitForSelector('body[data-ready=true]', { state: 'attached', timeout: 120_000 });
    for (let i = 0; i < WARM_CHANGES; i++) await setDateAndWait(page, DAYS[i % 2]!);
    const before = await snapshot(page);
    for (let i = 0; i < MEASURED_CHANGES; i++) await setDateAndWait(page, DAYS[i % 2]!);
    const after = await snapshot(page);
    const growth = [...after]
      .map(([kind, t]) => ({ kind, bytes: t.bytes - (before.get(kind)?.bytes ?? 0), count: t.count - (before.get(kind)?.count ?? 0) }))
      .sort((a, b) => b.bytes - a.bytes);
    const total = growth.reduce((s, g) => s + g.bytes, 0);
    console.log(`heap growth over ${MEASURED_CHANGES} date changes (after ${WARM_CHANGES}): ${(total / 1e3).toFixed(1)} KB in all; largest kinds:`);
    for (const g of growth.slice(0, 25)) console.log(`${String(g.bytes).padStart(9)} B ${String(g.count).padStart(6)}×  ${g.kind}`);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
