import { defineConfig } from '@playwright/test';

const port = Number(process.env.BROADSHEET_PORT ?? 4173);

/**
 * End-to-end tests drive Debian's Chromium (Playwright cannot download its own
 * browsers here). Override with BROADSHEET_CHROMIUM=/path/to/chrome.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  // One more try for a test that failed: on a loaded 2-core CI machine a rare timing failure (a context slow to close)
  // must not hold back a whole run. A test that passes only on its retry is reported as flaky in the list, by name; a test
  // that fails twice fails the run. Flaky ones are fixed at their cause, not left to the retry.
  retries: 1,
  reporter: [['list']],
  outputDir: process.env.BROADSHEET_TEST_OUT ?? 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.BROADSHEET_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    locale: 'zh-CN',
  },
  webServer: {
    command: `npx vite preview --config vite.web.config.ts --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
