/** Opens the served atlas in Chromium and records every request the page makes. */
import { expect, type Page } from '@playwright/test';
import { colourAt, decodePng } from './decode-png.js';

export interface OpenedAtlas {
  /** Every URL requested since the page was opened (including workers and fonts). */
  requests: string[];
  /** Requests that left the machine (anything but loopback, data: and blob:). */
  remoteRequests: () => string[];
  errors: string[];
}

export function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true;
  try {
    const host = new URL(url).hostname;
    return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
  } catch {
    return false;
  }
}

export async function openAtlas(page: Page, hash = ''): Promise<OpenedAtlas> {
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.context().on('request', (r) => requests.push(r.url()));
  await page.goto(`index.html?automation=1${hash}`);
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await waitForIdle(page);
  return { requests, errors, remoteRequests: () => [...new Set(requests.filter((u) => !isLocal(u)))] };
}

export async function waitForIdle(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { atlas: { inspect: { whenIdle(): Promise<void> } } }).atlas.inspect.whenIdle());
}

export function featureState(page: Page, iso3: string): Promise<Record<string, unknown>> {
  return page.evaluate((code) => (window as unknown as { atlas: { inspect: { featureState(c: string): Record<string, unknown> } } }).atlas.inspect.featureState(code), iso3);
}

export function screenPoint(page: Page, lng: number, lat: number): Promise<{ x: number; y: number }> {
  return page.evaluate(([x, y]) => (window as unknown as { atlas: { inspect: { project(a: number, b: number): { x: number; y: number } } } }).atlas.inspect.project(x!, y!), [lng, lat]);
}

/** The colour actually drawn on screen at a map position, as #rrggbb. */
export async function pixelAt(page: Page, lng: number, lat: number): Promise<string> {
  const p = await screenPoint(page, lng, lat);
  const png = await page.screenshot({ clip: { x: Math.round(p.x), y: Math.round(p.y), width: 1, height: 1 } });
  return colourAt(decodePng(png), 0, 0);
}

export function colourDistance(a: string, b: string): number {
  const pa = [1, 3, 5].map((i) => parseInt(a.slice(i, i + 2), 16));
  const pb = [1, 3, 5].map((i) => parseInt(b.slice(i, i + 2), 16));
  return Math.hypot(pa[0]! - pb[0]!, pa[1]! - pb[1]!, pa[2]! - pb[2]!);
}
