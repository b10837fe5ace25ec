/**
 * Context organisations (issue 17): NATO, the EU, BRICS, the OTS and GUAM in the app — status
 * colours from exact accession days, the body in force in the legend, the grouped picker, the
 * overlap view with a core and a context organisation, and the SVG export's data attributes.
 */
import { expect, test, type Page } from '@playwright/test';
import { featureState, openAtlas } from './atlas-page.js';
import { readGeodata } from '../../geodata/node/read-geodata.js';
import { AtlasQueries } from '../../geodata/src/queries.js';
import { runAtlasData } from '../../cli/run-atlas-data.js';
import { badgeFill, ORG_COLOURS, statusColour } from '../../renderer/map/palette.js';

const queries = new AtlasQueries(readGeodata());
const today = new Date().toISOString().slice(0, 10);

function labelState(page: Page, iso3: string): Promise<Record<string, string>> {
  return page.evaluate((code) => (window as unknown as { atlas: { inspect: { labelState(c: string): Record<string, string> } } }).atlas.inspect.labelState(code), iso3);
}

test('NATO: Estonia is a member from its accession on 29 March 2004, not the day before', async ({ page }) => {
  await openAtlas(page, '#date=2004-06-30&orgs=NATO');
  expect((await featureState(page, 'EST')).fill).toBe(statusColour('NATO', 'member'));
  await page.keyboard.press('t');
  await expect(page.locator('#status-table tr[data-state="EST"] td[data-org="NATO"]')).toHaveText('member');

  await openAtlas(page, '#date=2004-03-28&orgs=NATO');
  const before = (await featureState(page, 'EST')).fill;
  expect(before).not.toBe(statusColour('NATO', 'member'));
  expect(before).toBe(statusColour('NATO', 'applicant'));
});

test('the EU legend names the body in force: European Communities in 1992, European Union in 1994', async ({ page }) => {
  await openAtlas(page, '#date=1992-06-30&orgs=EU');
  await expect(page.locator('#legend [data-body="EU"]')).toHaveText('European Communities');
  await openAtlas(page, '#date=1994-06-30&orgs=EU');
  await expect(page.locator('#legend [data-body="EU"]')).toHaveText('European Union');
  await openAtlas(page, '#date=2010-06-30&orgs=BRICS,OTS,GUAM');
  await expect(page.locator('#legend [data-body="BRICS"]')).toHaveText('BRIC');
  await expect(page.locator('#legend [data-body="OTS"]')).toContainText('Turkic Council');
  await expect(page.locator('#legend [data-body="GUAM"]')).toContainText('Organization for Democracy and Economic Development');
});

test('the picker groups the four core and the five context organisations, labelled and keyboard operable', async ({ page }) => {
  await openAtlas(page, '#date=2024&orgs=SCO');
  const core = page.getByRole('group', { name: 'Core' });
  const context = page.getByRole('group', { name: 'Context' });
  await expect(core.locator('.org-toggle')).toHaveText(['SCO', 'CSTO', 'EAEU', 'CIS']);
  await expect(context.locator('.org-toggle')).toHaveText(['NATO', 'EU', 'BRICS', 'OTS', 'GUAM']);
  await expect(page.locator('.org-group-label')).toHaveText(['Core', 'Context']);

  const nato = context.getByRole('button', { name: 'NATO' });
  await nato.focus();
  await page.keyboard.press('Enter');
  await expect(nato).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/orgs=SCO,NATO/);
  await page.keyboard.press('Tab');
  await expect(context.getByRole('button', { name: 'EU' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(context.getByRole('button', { name: 'EU' })).toHaveAttribute('aria-pressed', 'true');
});

test('a NATO + CSTO overlap view stays readable: count fill, one badge per organisation, both keyed', async ({ page }) => {
  await openAtlas(page, '#date=2024-12-31&orgs=CSTO,NATO&map=3/50/40');
  // Armenia: CSTO suspended, NATO partner (PfP); Russia: CSTO member, NATO cooperation suspended; Estonia: NATO member.
  expect(await labelState(page, 'ARM')).toMatchObject({ badge_CSTO: badgeFill('CSTO', 'suspended'), badge_NATO: badgeFill('NATO', 'partner') });
  expect(await labelState(page, 'RUS')).toMatchObject({ badge_CSTO: badgeFill('CSTO', 'member'), badge_NATO: badgeFill('NATO', 'suspended') });
  expect(await labelState(page, 'EST')).toMatchObject({ badge_CSTO: 'none', badge_NATO: badgeFill('NATO', 'member') });
  const fills = await Promise.all(['RUS', 'EST', 'ARM', 'CHN'].map(async (s) => (await featureState(page, s)).fill));
  // A full member of one of the two (Russia, Estonia) alike; a lesser status only (Armenia) and none (China) apart.
  expect(fills[0]).toBe(fills[1]);
  expect(new Set(fills).size).toBe(3);
  const legend = page.locator('#legend');
  await expect(legend).toContainText('Full member of 1 of 2');
  await expect(legend.locator('[data-body="CSTO"]')).toHaveText('Collective Security Treaty Organization');
  await expect(legend.locator('[data-body="NATO"]')).toHaveText('North Atlantic Treaty Organization');
  await expect(legend.locator('.body-line[data-org="NATO"] .key')).toHaveAttribute('style', new RegExp(`background:\\s*(${ORG_COLOURS.NATO}|rgb)`, 'i'));
  await page.keyboard.press('t');
  await expect(page.locator('#status-table thead th[data-org]')).toHaveText(['CSTO', 'NATO']);
  await expect(page.locator('#status-table tr[data-state="ARM"] td[data-org="NATO"]')).toHaveText('partner');
});

test('SVG export with orgs=EU,EAEU: every path carries the statuses the CLI gives', async ({ page }) => {
  await openAtlas(page, '#date=2024-06-30&orgs=EU,EAEU');
  const result = await page.evaluate((o) => (window as unknown as { atlasExport(o: unknown): Promise<{ base64: string; mime: string }> }).atlasExport(o), { format: 'svg', size: 'a4-landscape', projection: 'mercator' });
  expect(result.mime).toBe('image/svg+xml');
  const svg = Buffer.from(result.base64, 'base64').toString('utf8');
  const paths = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return [...doc.querySelectorAll('path[data-state]')].map((p) => ({ state: p.getAttribute('data-state')!, eu: p.getAttribute('data-eu'), eaeu: p.getAttribute('data-eaeu') }));
  }, svg);
  const byState = new Map(paths.map((p) => [p.state, p]));
  for (const org of ['EU', 'EAEU'] as const) {
    const cli = runAtlasData(['members', '--org', org, '--date', '2024-06-30', '--json'], queries, today);
    expect(cli.code).toBe(0);
    const members = JSON.parse(cli.stdout) as { state: string; status: string }[];
    expect(members.length).toBeGreaterThan(4);
    for (const m of members) {
      const path = byState.get(m.state);
      if (!path) continue; // states too small for the page's frame are not drawn
      expect(org === 'EU' ? path.eu : path.eaeu, `${m.state} in ${org}`).toBe(m.status);
    }
  }
  expect(byState.get('DEU')?.eu).toBe('member');
  expect(byState.get('UKR')?.eu).toBe('applicant');
  expect(byState.get('ARM')?.eaeu).toBe('member');
  expect(byState.get('ARM')?.eu ?? null).not.toBe('member');
  expect(svg).toContain('European Union');
  expect(svg).toContain('Eurasian Economic Union');
});

test('compare and change list take a context organisation: the 2004 NATO round, as the CLI lists it', async ({ page }) => {
  await openAtlas(page, '#date=2004-12-31&compare=2003-12-31&orgs=NATO');
  const expected = JSON.parse(runAtlasData(['changes', '--org', 'NATO', '--from', '2003-12-31', '--to', '2004-12-31', '--json'], queries, today).stdout) as { state: string; date: string }[];
  expect(expected.map((c) => c.state)).toContain('EST');
  const shown = await page.locator('#change-list > li').evaluateAll((lis) => lis.map((li) => ({ state: li.getAttribute('data-state'), date: li.getAttribute('data-date') })));
  expect(shown).toContainEqual({ state: 'EST', date: '2004-03-29' });
  expect(shown).toHaveLength(expected.length);
});

test('the state panel charts and lists the context organisations the state had a status in', async ({ page }) => {
  await openAtlas(page, '#date=2024-12-31&orgs=SCO&state=GEO');
  const chart = page.locator('#panel-membership-chart');
  await expect(chart.locator('.row-label')).toHaveText(['SCO', 'CSTO', 'EAEU', 'CIS', 'NATO', 'EU', 'GUAM']);
  await expect(chart.locator('rect.band[data-org="GUAM"]').first()).toHaveAttribute('data-status', 'member');
  await expect(page.locator('#panel-history tr[data-org="EU"]').first()).toBeVisible();
  await expect(page.locator('#panel-current li[data-org="EU"]')).toContainText('European Union');
});
