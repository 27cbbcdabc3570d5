import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { importThroughMenu, readStore, waitForSeeds } from './import-helpers';

/**
 * Issue #17: a pathological file — a long run of 2–3-character lines, each
 * followed by a byline — once parsed for minutes on the page's thread, so
 * the page froze and 取消 could not be clicked. Parsing now runs in a worker
 * that cancelling ends. The file (2 million lines, 15 MB) is large enough to
 * still be in the parser when 取消 is clicked even once parsing is linear.
 */
const FILE_NAME = '株洲日报-短行.txt';
const CHARS = '株洲日报记者新闻市民政务公开城市建设文化旅游乡村振兴经济发展';
const RUNS = 10;
const LINES_PER_RUN = 200_000;

function pathologicalFile(): string {
  const lines: string[] = ['株洲日报', '2021年4月7日 星期三'];
  for (let run = 0; run < RUNS; run++) {
    for (let i = 0; i < LINES_PER_RUN; i++) {
      const a = (i * 7 + run) % CHARS.length;
      const length = 2 + (i % 2);
      lines.push(Array.from({ length }, (_, k) => CHARS[(a + k * 5) % CHARS.length]).join(''));
    }
    lines.push('本报记者 张三 李四');
  }
  return lines.join('\n');
}

interface Probe {
  frames: number[];
  clickAt: number | null;
  stoppedAt: number | null;
}

/** Watches the page from inside: every animation frame, when the click on 取消 was made, when the progress strip went away. */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe: Probe = { frames: [], clickAt: null, stoppedAt: null };
    (window as unknown as { probe: Probe }).probe = probe;
    const frame = (t: number) => {
      probe.frames.push(t);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    document.addEventListener(
      'click',
      (event) => {
        // The input's own time, from before any wait for the page's thread.
        if ((event.target as Element).closest('[data-testid="import-progress"] button')) probe.clickAt ??= event.timeStamp;
      },
      true,
    );
    new MutationObserver(() => {
      if (probe.clickAt !== null && probe.stoppedAt === null && !document.querySelector('[data-testid="import-progress"]')) probe.stoppedAt = performance.now();
    }).observe(document.body, { childList: true, subtree: true });
  });
}

const readProbe = (page: Page) => page.evaluate(() => (window as unknown as { probe: Probe }).probe);

interface Source {
  fileName: string;
}

test('取消 while a large pathological file is parsing: the page stays responsive and the import stops within 200 ms, storing nothing of it', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const path = testInfo.outputPath(FILE_NAME);
  writeFileSync(path, pathologicalFile());

  await page.goto('/');
  await waitForSeeds(page);
  await expect(page.getByTestId('front-page')).toBeVisible();
  const articlesBefore = (await readStore(page, 'articles')).length;
  const editionsBefore = (await readStore(page, 'editions')).length;
  await installProbe(page);

  await importThroughMenu(page, path);

  const progress = page.getByTestId('import-progress');
  await expect(progress).toContainText(FILE_NAME, { timeout: 5_000 });
  // Reading, decoding and hashing take a fraction of this; the parser has the file now.
  await page.waitForTimeout(600);
  const framesBeforeClick = (await readProbe(page)).frames.length;

  // On the page's thread the click could not even be delivered before the parse ended, minutes later.
  await progress.getByRole('button', { name: '取消' }).click({ timeout: 5_000 });
  await expect(progress).toBeHidden({ timeout: 5_000 });

  const probe = await readProbe(page);
  const stopMs = probe.stoppedAt! - probe.clickAt!;
  const gaps = probe.frames.slice(1, framesBeforeClick).map((t, i) => t - probe.frames[i]!);
  testInfo.annotations.push({ type: 'measured', description: `click to stopped ${stopMs.toFixed(0)} ms; longest frame gap while parsing ${Math.max(...gaps).toFixed(0)} ms` });
  expect(probe.clickAt, 'the click on 取消 reached the page').not.toBeNull();
  expect(stopMs, 'ms from the click to the import having stopped').toBeLessThanOrEqual(200);
  // The page kept painting while the file was in the parser: no gap between frames near a freeze.
  expect(gaps.length).toBeGreaterThan(10);
  expect(Math.max(...gaps), 'longest ms between two frames while parsing').toBeLessThan(500);

  const report = page.getByTestId('import-report');
  await expect(report.locator('li', { hasText: FILE_NAME })).toHaveAttribute('data-status', 'cancelled');

  // Nothing of the file is in the library, and nothing arrives later either (the parse was ended, not left to finish).
  await page.waitForTimeout(1_500);
  expect((await readStore<Source>(page, 'sources')).map((s) => s.fileName)).not.toContain(FILE_NAME);
  expect((await readStore(page, 'editions')).length).toBe(editionsBefore);
  expect((await readStore(page, 'articles')).length).toBe(articlesBefore);
});
