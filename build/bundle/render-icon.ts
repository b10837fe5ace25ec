/**
 * Renders build/icons/icon.svg to build/icons/icon.png (512×512) with Chromium, for
 * electron-builder. Run after editing the SVG: npx tsx build/bundle/render-icon.ts
 */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build-renderer.js';
import { chromiumPath, CHROMIUM_ARGS } from '../dev/chromium-path.js';

const svg = readFileSync(join(ROOT, 'build', 'icons', 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.screenshot({ path: join(ROOT, 'build', 'icons', 'icon.png'), omitBackground: true, clip: { x: 0, y: 0, width: 512, height: 512 } });
await browser.close();
console.log('wrote build/icons/icon.png');
