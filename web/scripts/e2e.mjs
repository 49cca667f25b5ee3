// Runs the browser tests in Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium): Playwright
// cannot download its own browsers offline. Without that browser, a developer's `npm test` says so
// and skips them; CI (CI=true) fails instead, so they never go unrun there.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const message = `No Chromium at ${chromium}: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH.`;
  if (process.env.CI) {
    console.error(`Browser tests cannot run. ${message}`);
    process.exit(1);
  }
  console.warn(`Browser tests skipped. ${message}`);
  process.exit(0);
}
const run = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
