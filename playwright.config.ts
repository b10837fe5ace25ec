import { defineConfig } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './build/dev/chromium-path.js';

/**
 * Port of the static server the renderer end-to-end tests run against (loopback only): derived
 * from the checkout's path, so two checkouts on one machine do not collide; E2E_PORT overrides.
 */
const pathHash = [...process.cwd()].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 100_003, 7);
export const E2E_PORT = Number(process.env.E2E_PORT ?? 20_000 + (pathHash % 20_000));

export default defineConfig({
  testDir: 'tests',
  timeout: 90_000,
  expect: { timeout: 30_000 },
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  webServer: {
    command: `npx tsx build/dev/serve.ts --no-build --port ${E2E_PORT}`,
    url: `http://127.0.0.1:${E2E_PORT}/index.html`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
  projects: [
    {
      name: 'renderer',
      testDir: 'tests/e2e',
      use: {
        baseURL: `http://127.0.0.1:${E2E_PORT}/`,
        viewport: { width: 1280, height: 800 },
        launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
        acceptDownloads: true,
      },
    },
    { name: 'electron', testDir: 'tests/electron' },
  ],
});
