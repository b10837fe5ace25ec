/**
 * The map follows history: states that existed on the day shown (Czechoslovakia in 1992, the FR
 * Yugoslavia, Sudan with South Sudan), their names on hover and click, and lakes drawn as water.
 */
import { expect, test } from '@playwright/test';
import { BASE_COLOURS, statusColour } from '../../renderer/map/palette.js';
import { colourDistance, openAtlas, pixelAt, screenPoint, waitForIdle } from './atlas-page.js';
import { colourAt, decodePng } from './decode-png.js';

/** A point in Slovakia (Banská Bystrica region), well inside Czechoslovakia's 1992 outline. */
const SLOVAKIA = { lng: 19.4, lat: 48.7 };

test('in mid-1992 Slovakia is part of Czechoslovakia: hover names it, a click selects CSK', async ({ page }) => {
  const atlas = await openAtlas(page, `#date=1992-06-30&orgs=CIS&map=6/${SLOVAKIA.lat}/${SLOVAKIA.lng}`);
  const p = await screenPoint(page, SLOVAKIA.lng, SLOVAKIA.lat);
  await page.mouse.move(p.x, p.y);
  await expect(page.locator('#tooltip')).toContainText('Czechoslovakia');
  await page.mouse.click(p.x, p.y);
  await expect(page).toHaveURL(/state=CSK/);
  expect(atlas.errors).toEqual([]);
});

test('from 1 January 1993 the same point is Slovakia, and the Czechoslovak outline is gone', async ({ page }) => {
  await openAtlas(page, `#date=1993-06-30&orgs=CIS&map=6/${SLOVAKIA.lat}/${SLOVAKIA.lng}`);
  const p = await screenPoint(page, SLOVAKIA.lng, SLOVAKIA.lat);
  await page.mouse.move(p.x, p.y);
  await expect(page.locator('#tooltip')).toContainText('Slovakia');
  await expect(page.locator('#tooltip')).not.toContainText('Czechoslovakia');
});

test('moving the date across Montenegro’s independence redraws Serbia and Montenegro as two states', async ({ page }) => {
  const point = { lng: 19.25, lat: 42.8 }; // central Montenegro
  await openAtlas(page, `#date=2005-06-30&orgs=CIS&map=6/${point.lat}/${point.lng}`);
  const p = await screenPoint(page, point.lng, point.lat);
  await page.mouse.move(p.x, p.y);
  await expect(page.locator('#tooltip')).toContainText('Serbia and Montenegro');
  await page.locator('#date-input').fill('2007-06-30');
  await page.locator('#date-input').dispatchEvent('change');
  await waitForIdle(page);
  await page.mouse.move(p.x + 1, p.y);
  await page.mouse.move(p.x, p.y);
  await expect(page.locator('#tooltip')).toContainText('Montenegro');
  await expect(page.locator('#tooltip')).not.toContainText('Serbia and Montenegro');
});

test('Issyk-Kul is water, not Kyrgyz land coloured as an SCO member', async ({ page }) => {
  await openAtlas(page, '#date=2024&orgs=SCO&map=6/42.45/77.3');
  expect(colourDistance(await pixelAt(page, 77.3, 42.45), BASE_COLOURS.sea)).toBeLessThan(12);
});

test('borders=defacto colours Crimea as held by Russia from 2014 (a CSTO member), the default draws it as Ukrainian; the button toggles and the link records it', async ({ page }) => {
  const crimea = { lng: 34.2, lat: 45.3 };
  const member = statusColour('CSTO', 'member');
  /** Share of sampled pixels around the point drawn in the colour (the hatching takes the rest). */
  const shareNear = async (colour: string): Promise<number> => {
    const p = await screenPoint(page, crimea.lng, crimea.lat);
    const png = decodePng(await page.screenshot({ clip: { x: Math.round(p.x) - 10, y: Math.round(p.y) - 10, width: 21, height: 21 } }));
    let near = 0;
    for (let y = 0; y < 21; y++) for (let x = 0; x < 21; x++) if (colourDistance(colourAt(png, x, y), colour) < 25) near++;
    return near / (21 * 21);
  };
  await openAtlas(page, `#date=2020&orgs=CSTO&map=6/${crimea.lat}/${crimea.lng}`);
  expect(await shareNear(member)).toBeLessThan(0.1);
  // The legend says which view is drawn.
  await expect(page.locator('#legend-borders')).toContainText('internationally recognised');
  await page.locator('#toggle-borders').click();
  await expect(page).toHaveURL(/borders=defacto/);
  await waitForIdle(page);
  expect(await shareNear(member)).toBeGreaterThan(0.5);
  await expect(page.locator('#legend-borders')).toContainText('de facto control');
  await expect(page.locator('#legend-borders')).not.toContainText('occupied since 2022');
  // Before the annexation the de facto view draws Crimea as Ukraine holds it.
  await page.locator('#date-input').fill('2013-06-30');
  await page.locator('#date-input').dispatchEvent('change');
  await waitForIdle(page);
  expect(await shareNear(member)).toBeLessThan(0.1);
  // From 24 February 2022 the legend says what the map cannot outline.
  await page.locator('#date-input').fill('2023-06-30');
  await page.locator('#date-input').dispatchEvent('change');
  await expect(page.locator('#legend-borders')).toContainText('occupied since 2022 beyond Crimea and the 2014 Donbas line are not outlined');
});
