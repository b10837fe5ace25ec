/**
 * The foundation, as a user meets it: the atlas opens offline, colours states by membership
 * for the chosen date, restores deep links, offers a table view and a keyboard timeline.
 * Real data, real Chromium (SwiftShader WebGL), no mocks.
 */
import { expect, test } from '@playwright/test';
import { colourDistance, featureState, openAtlas, pixelAt, waitForIdle } from './atlas-page.js';
import { statusColour, BASE_COLOURS } from '../../renderer/map/palette.js';

test('a session of use sends no request beyond this machine', async ({ page }) => {
  const atlas = await openAtlas(page, '#date=2016&orgs=SCO');
  // Use it: change the date, add organisations, open the table, select a state, switch to globe.
  await page.locator('#year-slider').focus();
  await page.keyboard.press('ArrowLeft');
  await page.getByRole('button', { name: 'CSTO', exact: true }).click();
  await page.getByRole('button', { name: 'Table view' }).click();
  await page.locator('#status-table tr[data-state="KAZ"] button').click();
  await expect(page.locator('#panel-title')).toHaveText('Kazakhstan');
  await page.getByRole('button', { name: 'Table view' }).click();
  await page.getByRole('button', { name: 'Globe' }).click();
  await waitForIdle(page);
  expect(atlas.requests.length).toBeGreaterThan(5);
  expect(atlas.remoteRequests()).toEqual([]);
  expect(atlas.errors).toEqual([]);
});

test('the timeline changes the colours: India goes from SCO observer (2016) to member (2018)', async ({ page }) => {
  await openAtlas(page, '#date=2016&orgs=SCO&map=3.2/30/75');
  expect(await featureState(page, 'IND')).toMatchObject({ fill: statusColour('SCO', 'observer') });
  expect(colourDistance(await pixelAt(page, 76.5, 17.5), statusColour('SCO', 'observer'))).toBeLessThan(12);

  await page.locator('#year-slider').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#as-of')).toHaveText('As of 31 December 2018');
  await waitForIdle(page);
  expect(await featureState(page, 'IND')).toMatchObject({ fill: statusColour('SCO', 'member') });
  expect(colourDistance(await pixelAt(page, 76.5, 17.5), statusColour('SCO', 'member'))).toBeLessThan(12);
});

test('a deep link restores date, organisations, selection and camera, and survives reload', async ({ page }) => {
  await openAtlas(page, '#date=2016-06-30&orgs=CSTO&state=KAZ&map=3/48/70');
  await expect(page.locator('#as-of')).toHaveText('As of 30 June 2016');
  await expect(page.locator('#date-input')).toHaveValue('2016-06-30');
  await expect(page.getByRole('button', { name: 'CSTO', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'SCO', exact: true })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('#panel-title')).toHaveText('Kazakhstan');
  await expect(page.locator('#panel-current li[data-org="CSTO"]')).toContainText('member');
  const camera = await page.evaluate(() => (window as unknown as { atlas: { inspect: { state(): { camera: { zoom: number; lat: number; lng: number } } } } }).atlas.inspect.state().camera);
  expect(camera.zoom).toBeCloseTo(3, 1);
  expect(camera.lat).toBeCloseTo(48, 0);
  expect(camera.lng).toBeCloseTo(70, 0);

  await page.reload();
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await expect(page.locator('#as-of')).toHaveText('As of 30 June 2016');
  await expect(page.locator('#panel-title')).toHaveText('Kazakhstan');
  expect(page.url()).toContain('state=KAZ');
});

test('a link followed is applied even when the app rewrites the hash before the event arrives', async ({ page }) => {
  await openAtlas(page, '#date=2020&orgs=CIS');
  await expect(page.locator('body')).toHaveAttribute('data-day', '2020-12-31');
  // As when a saved view is opened while the map settles: the app writes its own state's hash
  // between the navigation and the hashchange event.
  await page.evaluate(() => {
    window.location.hash = '#date=2016-06-30&orgs=SCO,CSTO&state=KAZ';
    history.replaceState(null, '', '#date=2020-12-31&orgs=CIS');
  });
  await expect(page.locator('body')).toHaveAttribute('data-day', '2016-06-30');
  await expect(page.locator('body')).toHaveAttribute('data-orgs', 'SCO,CSTO');
  await expect(page.locator('#panel-title')).toHaveText('Kazakhstan');
  expect(page.url()).toContain('state=KAZ');
});

test('malformed link values are ignored with specific notices, never a blank screen', async ({ page }) => {
  await openAtlas(page, '#date=2016-02-30&orgs=SCO,WARSAW&state=ZZZ&map=banana&colour=red');
  const notices = page.locator('#notices .notice');
  await expect(notices.filter({ hasText: '"2016-02-30" is not a date' })).toHaveCount(1);
  await expect(notices.filter({ hasText: 'Unknown organisation "WARSAW"' })).toHaveCount(1);
  await expect(notices.filter({ hasText: 'Unknown state "ZZZ"' })).toHaveCount(1);
  await expect(notices.filter({ hasText: 'Map position "banana"' })).toHaveCount(1);
  await expect(notices.filter({ hasText: 'Unknown link parameter "colour"' })).toHaveCount(1);
  // What was kept: SCO stays, the map is drawn and coloured.
  await expect(page.getByRole('button', { name: 'SCO', exact: true })).toHaveAttribute('aria-pressed', 'true');
  expect(await featureState(page, 'CHN')).toMatchObject({ fill: statusColour('SCO', 'member') });
});

test('a link with hundreds of problems gives a few short notices over the map, replaced by the next link\'s', async ({ page }) => {
  const unknown = Array.from({ length: 200 }, (_, i) => `junk${i}=1`).join('&');
  await openAtlas(page, `#date=2016&orgs=SCO&state=${'X'.repeat(10_000)}&${unknown}`);
  const notices = page.locator('#notices .notice');
  await expect(notices.filter({ hasText: '200 unknown link parameters were ignored: "junk0", "junk1", "junk2", "junk3", "junk4" and 195 more.' })).toHaveCount(1);
  await expect(notices.filter({ hasText: /^Unknown state "X{39}…" ignored/ })).toHaveCount(1);
  expect(await notices.count()).toBeLessThanOrEqual(5);
  // Every close button is on screen, and the notices float over the map instead of pushing it down.
  const viewport = page.viewportSize()!;
  for (const button of await notices.getByRole('button', { name: 'Dismiss' }).all()) {
    const box = (await button.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  }
  const header = (await page.locator('header.topbar').boundingBox())!;
  expect((await page.locator('#map').boundingBox())!.y).toBeCloseTo(header.y + header.height, 0);
  // A new link's notices replace the old link's: they do not pile up.
  await page.evaluate(() => (window.location.hash = '#date=2016&orgs=SCO&colour=red'));
  await expect(notices).toHaveCount(1);
  await expect(notices).toContainText('Unknown link parameter "colour" was ignored.');
});

test('the table view lists exactly the coloured states with their status words', async ({ page }) => {
  await openAtlas(page, '#date=2024-12-31&orgs=SCO,CSTO&table=1');
  const rows = page.locator('#status-table tbody tr');
  await expect(rows.first()).toBeVisible();
  const table = await rows.evaluateAll((trs) =>
    trs.map((tr) => ({
      state: tr.getAttribute('data-state')!,
      SCO: tr.querySelector('td[data-org="SCO"]')!.textContent,
      CSTO: tr.querySelector('td[data-org="CSTO"]')!.textContent,
    })),
  );
  const byState = new Map(table.map((r) => [r.state, r]));
  expect(byState.get('BLR')).toEqual({ state: 'BLR', SCO: 'member', CSTO: 'member' });
  expect(byState.get('ARM')).toMatchObject({ CSTO: 'suspended' });
  expect(byState.get('IND')).toMatchObject({ SCO: 'member', CSTO: 'none' });
  expect(byState.has('FRA')).toBe(false);
  // Every row is coloured on the map, and an uncoloured state is not in the table.
  for (const row of table) {
    const fill = (await featureState(page, row.state)).fill;
    expect(fill, `${row.state} is in the table but not coloured`).not.toBe(BASE_COLOURS.land);
  }
  expect((await featureState(page, 'FRA')).fill).toBe(BASE_COLOURS.land);
});

test('the legend names the body in force and the exact as-of date', async ({ page }) => {
  await openAtlas(page, '#date=1998&orgs=SCO,CSTO');
  await expect(page.locator('#legend [data-body="SCO"]')).toHaveText('Shanghai Five');
  await expect(page.locator('#legend [data-body="CSTO"]')).toHaveText('Collective Security Treaty');
  await expect(page.locator('#legend-as-of')).toHaveText('As of 31 December 1998');
  await page.locator('#date-input').fill('2002-01-01');
  await page.locator('#date-input').dispatchEvent('change');
  await expect(page.locator('#legend [data-body="SCO"]')).toHaveText('Shanghai Cooperation Organisation');
});

test('the timeline is operable by keyboard: arrows step a year, Home and End jump', async ({ page }) => {
  await openAtlas(page, '#date=2010&orgs=CIS');
  const slider = page.locator('#year-slider');
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('#as-of')).toHaveText('As of 31 December 2009');
  await page.keyboard.press('Home');
  await expect(page.locator('#as-of')).toHaveText('As of 31 December 1991');
  await page.keyboard.press('End');
  const today = new Date().toISOString().slice(0, 10);
  await expect(page.locator('#date-input')).toHaveValue(today);
  await page.keyboard.press('PageDown');
  await expect(page.locator('#date-input')).not.toHaveValue(today);
});

test('before 26 December 1991 the Soviet republics are drawn as one state', async ({ page }) => {
  await openAtlas(page, '#date=1991-06-30&orgs=CIS');
  const ussrLayers = () =>
    page.evaluate(() => {
      const m = (window as unknown as { atlas: { inspect: { layerVisibility(id: string): string } } }).atlas.inspect;
      return [m.layerVisibility('ussr-outline'), m.layerVisibility('ussr-fill')];
    });
  // The USSR's land mass is drawn over the republics' fills and borders.
  expect(await ussrLayers()).toEqual(['visible', 'visible']);
  await page.locator('#year-slider').focus();
  await page.keyboard.press('ArrowRight');
  await waitForIdle(page);
  expect(await ussrLayers()).toEqual(['none', 'none']);
  expect(await featureState(page, 'KAZ')).toMatchObject({ fill: expect.any(String) });
});

test('from 6 September 1991 the Baltic states are their own: hovering Estonia names it alone, Belarus is still Soviet until 26 December', async ({ page }) => {
  const hoverCentre = async () => {
    const box = await page.locator('#map').boundingBox();
    await page.mouse.move(box!.x + box!.width / 2 - 5, box!.y + box!.height / 2);
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
  };
  await openAtlas(page, '#date=1991-10-01&orgs=CIS&map=6/58.7/25.8');
  await hoverCentre();
  await expect(page.locator('#tooltip strong')).toHaveText('Estonia');
  await openAtlas(page, '#date=1991-10-01&orgs=CIS&map=6/53.5/28.0');
  await hoverCentre();
  await expect(page.locator('#tooltip strong')).toHaveText('Soviet Union — Belarus');
  await openAtlas(page, '#date=1991-08-31&orgs=CIS&map=6/58.7/25.8');
  await hoverCentre();
  await expect(page.locator('#tooltip strong')).toHaveText('Soviet Union — Estonia');
});

test('hovering a disputed area says so', async ({ page }) => {
  await openAtlas(page, '#date=2020&orgs=CIS&map=6/45.2/34.2');
  const box = await page.locator('#map').boundingBox();
  await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
  await expect(page.locator('#tooltip')).toContainText('Crimea');
  await expect(page.locator('#tooltip')).toContainText('Ukraine');
});
