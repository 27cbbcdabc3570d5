import { test as base, expect } from '@playwright/test';

/**
 * Every end-to-end test fails if the page logs an error, throws, or tries to
 * reach any origin other than the app's own (the app is offline by design).
 */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page, baseURL }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('request', (request) => {
        const url = request.url();
        if (/^(data|blob):/.test(url)) return;
        if (new URL(url).origin !== origin) errors.push(`offline violation: request to ${url}`);
      });
      await use(errors);
      expect(errors, 'the page logged errors or left its origin').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
