/**
 * The user's own work in the real app (issue 7, "User data that must not be lost"): saved views
 * survive a reload and restore what they saved; annotations are drawn on the map; notes with
 * markup stay text; an import reports every rejected item and applies nothing before "Apply";
 * a corrupt stored copy is reported, the app still works, and the copy is kept aside, never
 * overwritten. Chromium, browser host (local storage).
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { USER_DATA_KEYS } from '../../renderer/host/browser-host.js';
import { USER_DATA_FORMAT, emptyUserData, serialiseUserData, type UserData } from '../../renderer/user-data/user-data-schema.js';
import { openAtlas, waitForIdle } from './atlas-page.js';

interface UserDataInspect {
  isReady(): boolean;
  annotations(): { id: string; kind: string; text: string }[];
  rendered(): { id: string; kind: string; text: string }[];
  project(lng: number, lat: number): { x: number; y: number };
}
type AtlasWindow = { atlas: { userData: UserDataInspect; inspect: { state(): { day: string; orgs: string[]; selected: string | null } } } };

const NOW = '2026-11-20T10:00:00.000Z';
const HOSTILE = '<img src=x onerror=alert(1)><script>alert(2)</script>';

async function userDataReady(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => (window as unknown as AtlasWindow).atlas.userData.isReady())).toBe(true);
}

function rendered(page: Page): Promise<{ id: string; kind: string; text: string }[]> {
  return page.evaluate(() => (window as unknown as AtlasWindow).atlas.userData.rendered());
}

function mapPoint(page: Page, lng: number, lat: number): Promise<{ x: number; y: number }> {
  return page.evaluate(([x, y]) => (window as unknown as AtlasWindow).atlas.userData.project(x!, y!), [lng, lat]);
}

function stored(page: Page, key: string): Promise<string | null> {
  return page.evaluate((k) => window.localStorage.getItem(k), key);
}

async function openViews(page: Page): Promise<void> {
  await page.locator('#user-data-open').click();
  await expect(page.locator('#user-data-dialog')).toBeVisible();
}

test('a saved view survives a reload, and opening it restores its date, organisations and state', async ({ page }) => {
  const opened = await openAtlas(page, '#date=2016-06-30&orgs=SCO,CSTO&state=KAZ');
  await userDataReady(page);
  await openViews(page);
  await page.locator('#user-data-view-name').fill('Central Asia, mid-2016');
  await page.locator('#user-data-view-note').fill('Before India and Pakistan joined the SCO');
  await page.locator('#user-data-save-view').click();
  await expect(page.locator('#user-data-views [data-view-id]')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(page.locator('#user-data-dialog')).toBeHidden();

  await page.evaluate(() => (window.location.hash = '#date=2020&orgs=CIS'));
  await expect(page.locator('body')).toHaveAttribute('data-orgs', 'CIS');
  await page.reload();
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await expect(page.locator('body')).toHaveAttribute('data-day', '2020-12-31');

  await openViews(page);
  const view = page.locator('#user-data-views [data-view-id]');
  await expect(view).toHaveCount(1);
  await expect(view.locator('.user-data-view-name')).toHaveText('Central Asia, mid-2016');
  await expect(view.locator('.user-data-view-note')).toHaveText('Before India and Pakistan joined the SCO');
  await expect(view.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
  await view.getByRole('button', { name: 'Open' }).click();

  await expect(page.locator('body')).toHaveAttribute('data-day', '2016-06-30');
  await expect(page.locator('body')).toHaveAttribute('data-orgs', 'SCO,CSTO');
  await expect(page.locator('#panel-title')).toHaveText('Kazakhstan');
  const state = await page.evaluate(() => (window as unknown as AtlasWindow).atlas.inspect.state());
  expect(state).toMatchObject({ day: '2016-06-30', orgs: ['SCO', 'CSTO'], selected: 'KAZ' });
  expect(opened.errors).toEqual([]);
});

test('annotate mode: a click places a text label that is drawn on the map, without selecting the state under it', async ({ page }) => {
  const opened = await openAtlas(page, '#date=2016&map=4/45/68');
  await userDataReady(page);
  await page.locator('#annotate-toggle').click();
  await expect(page.locator('#annotate-toggle')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#annotate-bar')).toBeVisible();

  const at = await mapPoint(page, 66, 46);
  await page.mouse.click(at.x, at.y);
  await page.locator('#annotate-label-text').fill('Baikonur <b>launch site</b>');
  await page.keyboard.press('Enter');
  await expect(page.locator('#annotate-form')).toHaveCount(0);

  await expect.poll(() => rendered(page)).toContainEqual(expect.objectContaining({ kind: 'label', text: 'Baikonur <b>launch site</b>' }));
  await expect(page.locator('#panel')).toBeHidden();
  expect(JSON.parse((await stored(page, USER_DATA_KEYS.current))!).annotations).toMatchObject([{ kind: 'label', text: 'Baikonur <b>launch site</b>' }]);
  expect(opened.errors).toEqual([]);
});

test('annotate mode: a Shift-drag draws an arrow; selected, the Delete key removes it', async ({ page }) => {
  await openAtlas(page, '#date=2016&map=4/45/68');
  await userDataReady(page);
  await page.locator('#annotate-toggle').click();
  const from = await mapPoint(page, 60, 42);
  const to = await mapPoint(page, 72, 48);
  await page.keyboard.down('Shift');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect.poll(() => rendered(page)).toContainEqual(expect.objectContaining({ kind: 'arrow' }));

  await waitForIdle(page);
  // The arrow is drawn straight on screen: its middle is halfway between the two points.
  await page.mouse.click((from.x + to.x) / 2, (from.y + to.y) / 2);
  await expect(page.locator('#annotate-selection')).toContainText('Selected arrow');
  await page.keyboard.press('Delete');
  await expect.poll(() => page.evaluate(() => (window as unknown as AtlasWindow).atlas.userData.annotations().length)).toBe(0);
  await expect.poll(() => rendered(page)).toEqual([]);
});

test('a state note with markup in it is saved and shown as text: no element is created, no script runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const opened = await openAtlas(page, '#date=2016&state=KAZ');
  await userDataReady(page);
  const note = page.getByLabel('Your notes on Kazakhstan');
  await expect(note).toBeEnabled();
  // The panel redraws when the state's trade figures arrive; the notes must stay.
  await expect(page.locator('#panel')).toHaveAttribute('data-trade', 'loaded');
  await note.fill(HOSTILE);
  await note.blur();
  await expect(page.locator('#state-note-status')).toHaveText('Saved');

  await page.reload();
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await userDataReady(page);
  await expect(page.getByLabel('Your notes on Kazakhstan')).toHaveValue(HOSTILE);
  await openViews(page);
  await expect(page.locator('#user-data-notes [data-note-state="KAZ"] .user-data-view-note')).toHaveText(HOSTILE);
  expect(await page.locator('img[src="x"], #panel script, #user-data-dialog script').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(opened.errors).toEqual([]);
});

test('what is typed in a note survives the panel being redrawn for another date', async ({ page }) => {
  await openAtlas(page, '#date=2016&state=KGZ');
  await userDataReady(page);
  const note = page.locator('#state-note-text');
  await note.click();
  await page.keyboard.type('Manas transit centre');
  await page.evaluate(() => (window.location.hash = '#date=2018&state=KGZ'));
  await expect(page.locator('#panel')).toHaveAttribute('data-day', '2018-12-31');
  await expect(note).toBeFocused();
  await page.keyboard.type(' closed in 2014');
  await expect(note).toHaveValue('Manas transit centre closed in 2014');
  await expect(page.locator('#state-note-status')).toHaveText('Saved');
  expect(JSON.parse((await stored(page, USER_DATA_KEYS.current))!).stateNotes).toMatchObject([{ state: 'KGZ', text: 'Manas transit centre closed in 2014' }]);
});

test('an import lists every rejected item and applies nothing until "Apply import"', async ({ page }) => {
  await openAtlas(page, '#date=2016');
  await userDataReady(page);
  await openViews(page);
  const file = {
    format: USER_DATA_FORMAT,
    version: 1,
    savedViews: [
      { id: 'v1', name: 'SCO 2016', link: '#date=2016&orgs=SCO', note: '', created: NOW },
      { id: 'v2', name: 'CSTO 2024', link: '#date=2024&orgs=CSTO', note: 'Armenia suspended', created: NOW },
      { id: 'v3', name: '', link: '#date=2000', note: '', created: NOW },
      { id: 'v4', name: 'Phishing', link: 'javascript:alert(1)', note: '', created: NOW },
    ],
    annotations: [
      { kind: 'label', id: 'a1', text: HOSTILE, lng: 74.85, lat: 42.85 },
      { kind: 'label', id: 'a2', text: 'off the map', lng: 500, lat: 0 },
    ],
    stateNotes: [{ state: 'ATL', text: 'Atlantis', updated: NOW }],
    macro: 'run me',
  };
  await page.locator('#user-data-import-file').setInputFiles({ name: 'colleague.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });

  const report = page.locator('#user-data-import-report');
  await expect(report).toBeVisible();
  await expect(report.locator('[data-kind="savedViews"]')).toHaveText('Saved views: 2 new');
  await expect(report.locator('[data-kind="annotations"]')).toHaveText('Annotations: 1 new');
  const rejected = report.locator('#user-data-import-rejected li');
  await expect(rejected).toHaveCount(5);
  expect(await rejected.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-where')))).toEqual(['savedViews[2]', 'savedViews[3]', 'annotations[1]', 'stateNotes[0]', 'macro']);
  await expect(report.locator('[data-where="stateNotes[0]"]')).toContainText('unknown state "ATL"');
  await expect(report.locator('[data-where="savedViews[3]"]')).toContainText('starts with #');

  // Nothing is applied while the report is open.
  await expect(page.locator('#user-data-views [data-view-id]')).toHaveCount(0);
  expect(await stored(page, USER_DATA_KEYS.current)).toBeNull();

  await page.locator('#user-data-import-apply').click();
  await expect(page.locator('#user-data-status')).toHaveText('Imported from colleague.json: 3 added.');
  await expect(page.locator('#user-data-views .user-data-view-name')).toHaveText(['SCO 2016', 'CSTO 2024']);
  await expect(page.locator('#user-data-annotations .user-data-annotation-text')).toHaveText([`Label “${HOSTILE}”`]);
  expect(await page.locator('img[src="x"]').count()).toBe(0);

  // A second file with the same id and other content: listed as a conflict; Cancel changes nothing.
  const again = { format: USER_DATA_FORMAT, version: 1, savedViews: [{ id: 'v1', name: 'SCO 2016 (theirs)', link: '#date=2016&orgs=SCO', note: '', created: NOW }] };
  const before = await stored(page, USER_DATA_KEYS.current);
  await page.locator('#user-data-import-file').setInputFiles({ name: 'again.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(again)) });
  await expect(report.locator('#user-data-import-conflicts li')).toHaveText(['saved view v1: yours “SCO 2016”, the file’s “SCO 2016 (theirs)”']);
  await page.locator('#user-data-import-cancel').click();
  await expect(report).toBeHidden();
  await expect(page.locator('#user-data-views .user-data-view-name')).toHaveText(['SCO 2016', 'CSTO 2024']);
  expect(await stored(page, USER_DATA_KEYS.current)).toBe(before);
});

test('"Export my data…" downloads a dated JSON file holding everything', async ({ page }) => {
  await openAtlas(page, '#date=2016&state=ARM');
  await userDataReady(page);
  const note = page.getByLabel('Your notes on Armenia');
  await note.fill('CSTO: froze participation in 2024');
  await note.blur();
  await expect(page.locator('#state-note-status')).toHaveText('Saved');
  await openViews(page);
  const download = page.waitForEvent('download');
  await page.locator('#user-data-export').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^atlas-user-data-\d{4}-\d\d-\d\d\.json$/);
  const exported = JSON.parse(await readFile((await file.path())!, 'utf8')) as UserData;
  expect(exported).toMatchObject({ format: USER_DATA_FORMAT, version: 1, stateNotes: [{ state: 'ARM', text: 'CSTO: froze participation in 2024' }] });
});

test('a file that is not atlas user data is refused as a whole, with the reason', async ({ page }) => {
  await openAtlas(page, '#date=2016');
  await userDataReady(page);
  await openViews(page);
  await page.locator('#user-data-import-file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"savedViews": [') });
  await expect(page.locator('#user-data-import-error')).toHaveText(/^Cannot read notes\.json: it is not valid JSON at line 1, column \d+ \(the file may be truncated or damaged\)\. Nothing was imported\.$/);
});

test('a corrupt stored copy: a clear notice, the app still works, and the corrupt text is kept aside after the next save', async ({ page }) => {
  const good: UserData = { ...emptyUserData(), savedViews: [{ id: 'v1', name: 'Old view', link: '#date=2010', note: '', created: NOW }] };
  const corrupt = serialiseUserData(good).slice(0, 120);
  await page.addInitScript(([key, text]) => {
    if (window.localStorage.getItem(key!) === null) window.localStorage.setItem(key!, text!);
  }, [USER_DATA_KEYS.current, corrupt]);
  const opened = await openAtlas(page, '#date=2016&orgs=SCO');
  await expect(page.locator('#notices')).toContainText(/Your saved data could not be read: it is not valid JSON at line \d+, column \d+ \(the file may be truncated or damaged\)\. It is kept unchanged and will be set aside, never overwritten, when you next save\. There is no previous copy; you start with no saved views, annotations or notes\./);

  // The app works: an organisation can be added, and the stored copy is still untouched.
  await page.locator('.org-toggle[data-org="CSTO"]').click();
  await expect(page.locator('body')).toHaveAttribute('data-orgs', 'SCO,CSTO');
  expect(await stored(page, USER_DATA_KEYS.current)).toBe(corrupt);

  await openViews(page);
  await page.locator('#user-data-view-name').fill('After the damage');
  await page.locator('#user-data-save-view').click();
  await expect(page.locator('#user-data-views .user-data-view-name')).toHaveText(['After the damage']);

  const storage = await page.evaluate(() => Object.fromEntries(Object.keys(window.localStorage).map((k) => [k, window.localStorage.getItem(k)])));
  const aside = Object.entries(storage).filter(([k]) => k.startsWith(USER_DATA_KEYS.preservedPrefix));
  expect(aside.map(([, v]) => v)).toEqual([corrupt]);
  expect(JSON.parse(storage[USER_DATA_KEYS.current]!).savedViews).toMatchObject([{ name: 'After the damage' }]);
  expect(opened.errors).toEqual([]);
});

test('two tabs keep each other\u2019s saved views: each save re-reads and merges, and the other tab updates', async ({ page, context }) => {
  await openAtlas(page, '#date=2016&orgs=SCO');
  await userDataReady(page);
  const other = await context.newPage();
  await openAtlas(other, '#date=2024&orgs=CSTO');
  await userDataReady(other);
  const save = async (p: Page, name: string): Promise<void> => {
    await openViews(p);
    await p.locator('#user-data-view-name').fill(name);
    await p.locator('#user-data-save-view').click();
    await expect(p.locator('#user-data-status')).toContainText(`Saved “${name}”`);
    await p.keyboard.press('Escape');
  };
  await save(page, 'Tab A');
  await save(other, 'Tab B');
  const names = (text: string | null) => (JSON.parse(text!) as UserData).savedViews.map((v) => v.name).sort();
  expect(names(await stored(page, USER_DATA_KEYS.current))).toEqual(['Tab A', 'Tab B']);
  // Tab A heard tab B's save (a storage event) and lists both without a reload.
  await openViews(page);
  await expect(page.locator('#user-data-views [data-view-id] .user-data-view-name')).toHaveText(['Tab A', 'Tab B']);
  await other.close();
});
