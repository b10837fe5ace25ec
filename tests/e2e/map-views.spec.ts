/**
 * Map views (issue 4): the overlap view shows every status at once, the compare link shows the
 * right change list, the timeline jumps to exact change dates and plays by keyboard, and a state
 * can be found by its English, own or Russian name.
 */
import { expect, test } from '@playwright/test';
import { featureState, openAtlas, screenPoint, waitForIdle } from './atlas-page.js';
import { readGeodata } from '../../geodata/node/read-geodata.js';
import { AtlasQueries } from '../../geodata/src/queries.js';
import { runAtlasData } from '../../cli/run-atlas-data.js';
import { badgeFill } from '../../renderer/map/palette.js';

const queries = new AtlasQueries(readGeodata());
const today = new Date().toISOString().slice(0, 10);

test('overlap view: badges, table and tooltip show every status of a state at once', async ({ page }) => {
  await openAtlas(page, '#date=2024-12-31&orgs=SCO,CSTO,EAEU,CIS&map=4/44/55');
  // Armenia on 31 Dec 2024: SCO partner, CSTO suspended, EAEU member, CIS member.
  const badges = await page.evaluate(() => (window as unknown as { atlas: { inspect: { labelState(c: string): Record<string, string> } } }).atlas.inspect.labelState('ARM'));
  expect(badges).toMatchObject({
    badge_SCO: badgeFill('SCO', 'partner'),
    badge_CSTO: badgeFill('CSTO', 'suspended'),
    badge_EAEU: badgeFill('EAEU', 'member'),
    badge_CIS: badgeFill('CIS', 'member'),
  });

  const p = await screenPoint(page, 44.9, 40.3);
  await page.mouse.move(p.x, p.y);
  const tooltip = page.locator('#tooltip');
  await expect(tooltip).toContainText('Armenia');
  await expect(tooltip.locator('[data-org="SCO"]')).toHaveAttribute('data-status', 'partner');
  await expect(tooltip.locator('[data-org="CSTO"]')).toHaveAttribute('data-status', 'suspended');
  await expect(tooltip.locator('[data-org="EAEU"]')).toHaveAttribute('data-status', 'member');
  await expect(tooltip.locator('[data-org="CIS"]')).toHaveAttribute('data-status', 'member');
  await expect(tooltip).toContainText('since');

  await page.keyboard.press('t');
  const row = page.locator('#status-table tr[data-state="ARM"]');
  await expect(row.locator('td[data-org="SCO"]')).toHaveText('partner');
  await expect(row.locator('td[data-org="CSTO"]')).toHaveText('suspended');
  await expect(row.locator('td[data-org="EAEU"]')).toHaveText('member');
  await expect(row.locator('td[data-org="CIS"]')).toHaveText('member');
});

test('count view colours by the number of full memberships', async ({ page }) => {
  await openAtlas(page, '#date=2024-12-31&orgs=SCO,CSTO,EAEU,CIS&mode=count');
  const counts = await Promise.all(['RUS', 'ARM', 'IND'].map((s) => featureState(page, s)));
  // Russia is a full member of all four; Armenia of two (EAEU, CIS); India of one (SCO).
  expect(new Set(counts.map((c) => c.fill)).size).toBe(3);
  await expect(page.locator('#legend')).toContainText('Full member of 4 of 4');
});

test('the compare link shows both dates and the change list the CLI gives', async ({ page }) => {
  await openAtlas(page, '#date=2025&compare=2014&orgs=SCO');
  await expect(page.locator('#map-before')).toBeVisible();
  await expect(page.locator('#map-after')).toBeVisible();
  const expected = JSON.parse(runAtlasData(['changes', '--org', 'SCO', '--from', '2014', '--to', '2025', '--json'], queries, today).stdout) as { state: string; date: string; change: string }[];
  expect(expected.length).toBeGreaterThan(5);
  const shown = await page.locator('#change-list > li').evaluateAll((lis) =>
    lis.map((li) => ({ state: li.getAttribute('data-state'), date: li.getAttribute('data-date'), change: li.getAttribute('data-change') })),
  );
  expect(shown).toEqual(expected.map((c) => ({ state: c.state, date: c.date, change: c.change })));
  // India went from observer (2014) to member (2025): the change map marks it changed.
  await waitForIdle(page);
  expect(await featureState(page, 'IND')).toMatchObject({ change: 'changed' });
  expect(await featureState(page, 'BHR')).toMatchObject({ change: 'joined' });
  const cams = await page.evaluate(() => (window as unknown as { atlas: { inspect: { compareCameras(): number[][] } } }).atlas.inspect.compareCameras());
  expect(cams[0]).toEqual(cams[1]);
  expect(cams[1]).toEqual(cams[2]);
});

test('the next-change button lands on the exact date of the next change', async ({ page }) => {
  await openAtlas(page, '#date=2016-06-30&orgs=SCO');
  const next = queries.changeDays('SCO').find((d) => d > '2016-06-30')!;
  await page.getByRole('button', { name: 'change ▶' }).click();
  await expect(page.locator('#date-input')).toHaveValue(next);
  expect(page.url()).toContain(`date=${next}`);
  const previous = queries.changeDays('SCO').filter((d) => d < next).pop()!;
  await page.getByRole('button', { name: '◀ change' }).click();
  await expect(page.locator('#date-input')).toHaveValue(previous);
});

test('Space plays and pauses the timeline from the keyboard', async ({ page }) => {
  await openAtlas(page, '#date=1995&orgs=CSTO');
  await page.locator('#year-slider').focus();
  await page.keyboard.press(' ');
  await expect(page.locator('#play')).toHaveAttribute('aria-label', /Pause/);
  await expect(page.locator('#as-of')).toHaveText('As of 31 December 1996', { timeout: 10_000 });
  await page.keyboard.press(' ');
  // That a pause holds (no further step) is the controller's, tested with its own clock in
  // renderer/timeline/timeline-controller.test.ts.
  await expect(page.locator('#play')).toHaveAttribute('aria-label', /Play/);
});

test('a state can be found by its Russian name and flown to', async ({ page }) => {
  await openAtlas(page, '#date=2020&orgs=EAEU');
  const search = page.getByRole('combobox', { name: 'Find a state' });
  await search.fill('Казах');
  await expect(page.getByRole('option').first()).toContainText('Kazakhstan');
  await search.press('Enter');
  await expect(page.locator('#panel-title')).toHaveText('Kazakhstan');
  await expect.poll(() => page.url()).toContain('state=KAZ');
});
