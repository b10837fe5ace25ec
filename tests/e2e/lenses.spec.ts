/** Issue 18: the trade lens on the map, its table, legend, hover and deep link; the panel's trade chart. */
import { expect, test } from '@playwright/test';
import { featureState, openAtlas, screenPoint, waitForIdle } from './atlas-page.js';
import { readTradeFile } from '../../geodata/node/read-trade.js';
import { LENS_DIVERGING_COLOURS, LENS_NO_DATA, LENS_SHARE_COLOURS } from '../../renderer/map/palette.js';

test('mode=trade&partner=CHN colours states by China’s share, with legend, table, timeline and CSV download agreeing', async ({ page }) => {
  const atlas = await openAtlas(page, '#date=2023&mode=trade&partner=CHN&table=1');
  await expect(page.locator('body')).toHaveAttribute('data-lens', 'CHN');
  await expect(page.locator('#lens-picker')).toHaveValue('CHN');
  const kaz = page.locator('#lens-table tr[data-state="KAZ"]');
  await expect(kaz.locator('td[data-partner="CHN"]')).toHaveText('21.5%');
  await expect(kaz.locator('td[data-year]')).toHaveText('2023');
  await expect(page.locator('#legend')).toContainText('Share of goods trade with China, 2023');
  await expect(page.locator('#legend')).toContainText('never zero');
  await waitForIdle(page);
  expect((await featureState(page, 'KAZ')).fill).toBe(LENS_SHARE_COLOURS[3]);
  // Turkmenistan publishes no world total: no data, never zero.
  await expect(page.locator('#lens-table tr[data-state="TKM"] td[data-partner="CHN"]')).toHaveText('no data');
  expect((await featureState(page, 'TKM')).fill).toBe(LENS_NO_DATA);

  // The timeline: an earlier year through the link.
  await page.evaluate(() => (window.location.hash = '#date=2005&mode=trade&partner=CHN&table=1'));
  await expect(kaz.locator('td[data-partner="CHN"]')).toHaveText('8.1%');
  expect((await featureState(page, 'KAZ')).fill).toBe(LENS_SHARE_COLOURS[1]);

  const download = page.waitForEvent('download');
  await page.locator('#table-view .download-csv').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('trade-CHN-2005.csv');
  expect(atlas.errors).toEqual([]);
  expect(atlas.remoteRequests()).toEqual([]);
});

test('China or Russia: diverging colours and who is larger, and back to memberships', async ({ page }) => {
  await openAtlas(page, '#date=2023&mode=trade&partner=CHN-RUS&table=1');
  const kaz = page.locator('#lens-table tr[data-state="KAZ"]');
  await expect(kaz.locator('td[data-diff]')).toHaveText('China larger by 2.1 points (2023)');
  await expect(kaz.locator('td[data-partner="RUS"]')).toHaveText('19.4%');
  await waitForIdle(page);
  expect((await featureState(page, 'KAZ')).fill).toBe(LENS_DIVERGING_COLOURS[3]);
  await page.locator('#lens-picker').selectOption('');
  await expect(page.locator('body')).toHaveAttribute('data-lens', '');
  await expect(page.locator('#status-table')).toBeVisible();
  expect(page.url()).not.toContain('mode=trade');
});

test('hover and the panel agree with the lens; the panel charts the shares of the main partners with a table alternative', async ({ page }) => {
  await openAtlas(page, '#date=2023&state=KAZ&mode=trade&partner=CHN');
  await expect(page.locator('body')).toHaveAttribute('data-details', 'loaded', { timeout: 30_000 });
  const p = await screenPoint(page, 67, 48);
  await page.mouse.move(p.x, p.y);
  await expect(page.locator('#tooltip .lens-line')).toContainText('Share with China: 21.5% (2023)');
  await expect(page.locator('#panel .trade-row[data-partner="CHN"] .trade-share')).toHaveText('21.5%');
  await expect(page.locator('#panel-section-trade .download-csv')).toHaveAttribute('data-filename', 'trade-KAZ-2023.csv');
  await expect(page.locator('#panel-section-trade .csv-download .source-line')).toContainText('Goods trade 2023, US$ millions; source:');
  const section = page.locator('#panel-section-trade-chart');
  // The chart runs to Kazakhstan's last year with trade data (read from the data, not fixed here).
  const lastYear = Math.max(...readTradeFile('KAZ')!.years.map((y) => y.year));
  await expect(section.locator('h3')).toHaveText(`Share of trade with main partners, 1992–${lastYear}`);
  await expect(section.locator('svg title')).toHaveText(`Share of trade with main partners, 1992–${lastYear}`);
  await expect(section.locator('figure.trade-chart')).toHaveAttribute('data-last-year', String(lastYear));
  await expect(section.locator('path[data-series="CHN"]')).toHaveCount(1);
  await section.locator('summary').click();
  await expect(section.locator('table.chart-table')).toContainText('2023');
});

test('the membership table view offers its rows as CSV with a line on where they come from', async ({ page }) => {
  await openAtlas(page, '#date=2023&orgs=SCO&table=1');
  await expect(page.locator('#table-view .csv-download .source-line')).toContainText('membership facts');
  const download = page.waitForEvent('download');
  await page.locator('#table-view .download-csv').click();
  expect((await download).suggestedFilename()).toBe('status-SCO-2023-12-31.csv');
});

test('the organisation panel (#org=SCO): members, status counts, share of the world, summits; opened from the legend', async ({ page }) => {
  const atlas = await openAtlas(page, '#date=2023&org=SCO');
  await expect(page.locator('body')).toHaveAttribute('data-details', 'loaded', { timeout: 30_000 });
  const panel = page.locator('#panel[data-org="SCO"]');
  await expect(panel).toBeVisible();
  await expect(panel.locator('#org-panel-title')).toHaveText('SCO');
  await expect(panel.locator('.org-members li[data-state="IND"]')).toHaveAttribute('data-status', 'member');
  await expect(panel.locator('#org-section-counts svg title')).toHaveText('SCO: states by status, 1991–2023');
  await expect(panel.locator('#org-section-weight path[data-series="population"]')).toHaveCount(1);
  await expect(panel.locator('.org-summits li').first()).toBeVisible();
  // Picking a member opens its state panel.
  await panel.locator('.org-members li[data-state="KAZ"] button').click();
  await expect(page.locator('#panel')).toHaveAttribute('data-state', 'KAZ');
  expect(page.url()).not.toContain('org=SCO');
  // From the legend.
  await page.locator('#panel .close').click();
  await page.locator('#legend .body-line[data-org="SCO"]').click();
  await expect(page.locator('#panel[data-org="SCO"]')).toBeVisible();
  expect(page.url()).toContain('org=SCO');
  expect(atlas.errors).toEqual([]);
});
