import { expect, type Page } from '@playwright/test';
import type { BroadsheetBridge } from '../../src-shared/ipc-contract';

/** Checks the development and the packaged Electron app share (electron-smoke.spec.ts, electron-packaged.spec.ts). */
type BridgedWindow = { broadsheet?: BroadsheetBridge };

/** The bundled seeds are listed and read through tokens; a path is refused. */
export async function expectSeedsReadThroughTokens(page: Page): Promise<void> {
  const result = await page.evaluate(async () => {
    const bridge = (window as BridgedWindow).broadsheet!;
    const seeds = await bridge.listSeeds();
    const first = await bridge.readFile(seeds[0]!.token);
    const refused = await bridge.readFile('/etc/passwd').then(
      () => 'read',
      (e: Error) => e.message,
    );
    return { names: seeds.map((s) => s.name), size: seeds[0]!.size, read: first.byteLength, refused, info: await bridge.appInfo() };
  });
  expect(result.names).toHaveLength(5);
  expect(result.read).toBe(result.size);
  expect(result.refused).toMatch(/Unknown file token/);
  expect(result.info).toMatchObject({ name: '读报 Broadsheet', host: 'electron' });
}

/** app:// serves the CSP header, and a request that leaves the app is blocked. */
export async function expectCspAndNoWayOut(page: Page): Promise<void> {
  const outcome = await page.evaluate(async () => {
    const own = await fetch('app://broadsheet/index.html');
    const remote = await fetch('https://example.com/').then(
      () => 'reached',
      () => 'blocked',
    );
    return { csp: own.headers.get('content-security-policy'), remote };
  });
  expect(outcome.csp).toContain("default-src 'self'");
  expect(outcome.remote).toBe('blocked');
}
