/**
 * Issue 18's measurements, called by run-bench.ts as their own block: a year change in the trade
 * lens against the same change in the membership view (same page, same dates, first frame after
 * the change), and how long each chart takes to draw (the SVG strings the panel and the briefing
 * share; target under 50 ms each).
 */
import type { Page } from '@playwright/test';
import { readGeodata } from '../geodata/node/read-geodata.js';
import { readTradeFile } from '../geodata/node/read-trade.js';
import { readWeight } from '../geodata/node/read-weight.js';
import { orgProfile } from '../geodata/src/org-profile.js';
import { AtlasQueries } from '../geodata/src/queries.js';
import { euMembersOf, tradeChart } from '../renderer/panels/trade-chart.js';
import { orgPanelModel } from '../renderer/panels/org-panel.js';

export const CHART_TARGET_MS = 50;

async function yearChanges(page: Page, hash: string, changes: number): Promise<number[]> {
  await page.evaluate(async (h) => {
    window.location.hash = h;
    await new Promise((r) => setTimeout(r, 50));
  }, hash);
  await page.waitForFunction((h) => document.body.dataset.lens === (new URLSearchParams(h.slice(1)).get('partner') ?? ''), hash);
  await page.evaluate(() => window.atlas.inspect.whenIdle());
  const out: number[] = [];
  for (let i = 0; i < changes; i++) {
    const day = i % 2 === 0 ? '2016-06-30' : '2023-07-05';
    out.push(
      await timeDateChange(page, day),
    );
    await page.evaluate(() => window.atlas.inspect.whenIdle());
  }
  return out;
}

/** Year changes, membership view then trade lens (China), on an open atlas page. */
export async function lensYearChanges(page: Page, changes: number): Promise<{ membership: number[]; trade: number[] }> {
  const membership = await yearChanges(page, '#date=2020&orgs=SCO', changes);
  const trade = await yearChanges(page, '#date=2020&orgs=SCO&mode=trade&partner=CHN', changes);
  await yearChanges(page, '#date=2024&orgs=SCO', 0);
  return { membership, trade };
}

/** Milliseconds to build each chart (trade chart for Kazakhstan, the SCO panel's two charts), `runs` times. */
export function chartTimes(runs: number): { tradeChartKAZ: number[]; orgChartsSCO: number[] } {
  const data = readGeodata();
  const queries = new AtlasQueries(data);
  const weight = readWeight();
  const kaz = readTradeFile('KAZ')!;
  const eu = euMembersOf(queries);
  const tradeChartKAZ: number[] = [];
  const orgChartsSCO: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    tradeChart(kaz, 'Kazakhstan', eu);
    tradeChartKAZ.push(performance.now() - t0);
    t0 = performance.now();
    orgPanelModel(orgProfile(queries, weight, data.events, 'SCO', '2024-12-31'), queries);
    orgChartsSCO.push(performance.now() - t0);
  }
  return { tradeChartKAZ, orgChartsSCO };
}

/** Milliseconds from entering a date in the date field to the first frame drawn with it. */
export function timeDateChange(page: Page, day: string): Promise<number> {
  return page.evaluate(async (d) => {
    const input = document.getElementById('date-input') as HTMLInputElement;
    const t0 = performance.now();
    const frame = window.atlas.inspect.nextFrame();
    input.value = d;
    input.dispatchEvent(new Event('change'));
    return (await frame) - t0;
  }, day);
}

/** Enters a date in the date field and waits until the atlas is idle (map drawn, details in). */
export async function setDateAndWait(page: Page, day: string): Promise<void> {
  await page.evaluate(async (d) => {
    const input = document.getElementById('date-input') as HTMLInputElement;
    input.value = d;
    input.dispatchEvent(new Event('change'));
    await window.atlas.inspect.whenIdle();
  }, day);
}
