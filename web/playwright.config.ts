import { defineConfig, devices } from '@playwright/test';

/**
 * The web app in a real browser against the built server on a real PostgreSQL (DATABASE_URL's
 * server, else an embedded one), with the demo dataset: e2e/server.mjs starts it. Playwright cannot
 * download its browsers here: the tests drive Debian's `chromium` package (CHROMIUM_PATH). E2E_PORT
 * moves the server off 3210 (two checkouts testing at once).
 */
export const PORT = Number(process.env.E2E_PORT ?? 3210);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/output',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // One server and one demo dataset: the files run one after the other.
  workers: 1,
  fullyParallel: false,
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1366, height: 768 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox'],
    },
    trace: 'retain-on-failure',
    // A click that cannot happen fails in half a minute, not at the test's timeout.
    actionTimeout: 30_000,
  },
  webServer: {
    command: 'node e2e/server.mjs',
    url: `http://127.0.0.1:${PORT}/health/ready`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { PORT: String(PORT) },
  },
});
