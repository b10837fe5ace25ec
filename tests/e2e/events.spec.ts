/**
 * Events as a reader meets them: a summit the state's leader stayed away from is marked "absent"
 * in its panel, the map's events key says where the exercise records change source, and the
 * timeline says when the shown date is after the day the data was checked to. Expectations are
 * computed from geodata/data, not typed in.
 */
import { expect, test } from '@playwright/test';
import { readGeodata } from '../../geodata/node/read-geodata.js';
import { formatPartialDate } from '../../geodata/src/partial-date.js';
import { exerciseCoverage, exerciseCoverageNote } from '../../geodata/src/exercise-coverage.js';
import { openAtlas } from './atlas-page.js';

const data = readGeodata();
const asOf = data.info.asOf;
/** The day after the data's as-of date (an ISO day in the data). */
const dayAfterAsOf = new Date(Date.parse(`${asOf}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

test('Armenia’s panel in 2025 marks the 2023 CSTO summit absent and names who came', async ({ page }) => {
  const summit = data.events.find((e) => e.id === 'ev-summit-csto-2023-minsk');
  expect(summit?.absent).toContain('ARM');
  await openAtlas(page, '#date=2025-06-30&state=ARM');
  await page.locator('#events-within').selectOption('5');
  const row = page.locator(`#panel-events li[data-event="${summit!.id}"]`);
  await expect(row).toHaveCount(1);
  await expect(row.locator('[data-attendance="absent"]')).toHaveText('absent');
  await expect(row.locator('.event-attendance')).toContainText('Absent: Armenia.');
  await expect(row.locator('.event-attendance')).toContainText('Attended: ');
  // A summit its leader attended says so (the EAEU's Minsk session of June 2025).
  const attended = data.events.find((e) => e.id === 'ev-summit-eaeu-2025-minsk');
  expect(attended?.attended).toContain('ARM');
  await expect(page.locator(`#panel-events li[data-event="${attended!.id}"] [data-attendance="attended"]`)).toHaveText('attended');
});

test('the events key and the panel say where the exercise records change source', async ({ page }) => {
  const coverage = exerciseCoverage(data.events);
  expect(coverage).not.toBeNull();
  const note = exerciseCoverageNote(coverage!);
  expect(note).toContain('MME v7');
  await openAtlas(page, `#date=${coverage!.curatedFrom + 1}-06-30&state=RUS&overlays=events`);
  await expect(page.locator('#overlay-legend-coverage')).toHaveText(note);
  await expect(page.locator('#panel-events-coverage')).toHaveText(note);
  // Within the MME years there is no drop to explain.
  await page.locator('#date-input').fill(`${coverage!.mmeTo - 2}-06-30`);
  await page.locator('#date-input').dispatchEvent('change');
  await expect(page.locator('#overlay-legend-period')).toContainText(String(coverage!.mmeTo - 2));
  await expect(page.locator('#overlay-legend-coverage')).toHaveCount(0);
  await expect(page.locator('#panel-events-coverage')).toHaveCount(0);
});

test('the as-of note appears for a date after the data’s as-of date, and not on it', async ({ page }) => {
  const text = `Data checked to ${formatPartialDate(asOf)}; later events are not yet included.`;
  await openAtlas(page, `#date=${dayAfterAsOf}&state=ARM&overlays=events`);
  await expect(page.locator('#data-as-of-note')).toBeVisible();
  await expect(page.locator('#data-as-of-note')).toHaveText(text);
  await expect(page.locator('#overlay-legend-as-of')).toHaveText(text);
  await expect(page.locator('#panel-events-as-of')).toHaveText(text);

  await page.locator('#date-input').fill(asOf);
  await page.locator('#date-input').dispatchEvent('change');
  await expect(page.locator('#as-of')).toHaveText(`As of ${formatPartialDate(asOf)}`);
  await expect(page.locator('#data-as-of-note')).toBeHidden();
  await expect(page.locator('#overlay-legend-as-of')).toHaveCount(0);
  await expect(page.locator('#panel-events-as-of')).toHaveCount(0);
});
