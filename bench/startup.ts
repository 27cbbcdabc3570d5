/**
 * `npm run bench:startup [-- --editions 1000 --seed N --runs 7 --no-build]`
 *
 * Start-up of the reading view with a big library: with the generated
 * archive of 1,000 editions already in IndexedDB (imported through the app
 * once, or left by bench:import with the same --editions/--seed), each run
 * launches headless Chromium on that profile, opens the app, and records the
 * time from navigation start to the first frame painted with the newest
 * edition's front page (`[data-testid="front-page"]`) in it. Prints every
 * run and the median. Target: ≤ 1 s.
 */
import {
  argValue,
  buildWebApp,
  countStore,
  importThroughMenu,
  launchProfile,
  profileDirFor,
  serveWebApp,
  waitForFirstStart,
  watchErrors,
  writeArchive,
} from './web-app-harness';

const editions = argValue('--editions', 1000);
const seed = argValue('--seed', 20_230_724);
const runs = argValue('--runs', 7);
const TARGET_MS = 1000;

/** Installed before the app's scripts: stamps the first frame after the front page enters the DOM. */
function stampFrontPagePaint() {
  const w = window as unknown as { frontPagePaintedAt?: number };
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-testid="front-page"]')) return;
    observer.disconnect();
    // The frame that contains the front page: after the next rAF callback has run, it is being painted.
    requestAnimationFrame(() => setTimeout(() => (w.frontPagePaintedAt = performance.now()), 0));
  });
  observer.observe(document, { childList: true, subtree: true });
}

buildWebApp();
const { server, url } = await serveWebApp();
const profile = profileDirFor(editions, seed);
try {
  // Make sure the profile holds the archive (bench:import leaves it; otherwise import it once now).
  {
    const context = await launchProfile(profile);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await waitForFirstStart(page);
    if ((await countStore(page, 'editions')) < editions) {
      const archive = writeArchive(editions, seed);
      console.log(`importing ${editions} generated editions into ${profile} (once)…`);
      await importThroughMenu(page, archive.paths);
    }
    console.log(`library: ${await countStore(page, 'editions')} editions, ${await countStore(page, 'articles')} articles`);
    await context.close();
  }

  const times: number[] = [];
  for (let run = 1; run <= runs; run++) {
    const context = await launchProfile(profile);
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = watchErrors(page);
    await page.addInitScript(stampFrontPagePaint);
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { frontPagePaintedAt?: number }).frontPagePaintedAt !== undefined, null, { timeout: 30_000 });
    const ms = await page.evaluate(() => (window as unknown as { frontPagePaintedAt: number }).frontPagePaintedAt);
    times.push(ms);
    console.log(`run ${run}: front page painted ${ms.toFixed(0)} ms after navigation start${errors.length ? ` (errors: ${errors.join('; ')})` : ''}`);
    if (errors.length) process.exitCode = 1;
    await context.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  console.log(`median of ${runs}: ${median.toFixed(0)} ms (min ${sorted[0]?.toFixed(0)}, max ${sorted.at(-1)?.toFixed(0)}); target ≤ ${TARGET_MS} ms → ${median <= TARGET_MS ? 'met' : 'NOT met'}`);
} finally {
  await server.close();
}
