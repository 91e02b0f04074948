/**
 * Resilience gate: every chapter, at phone size (390×844, mobile, touch) and desktop size (1280×800).
 * - Scrolled down and back up three times, a stop every 0.9 viewport (so steps are also skipped over, as
 *   a quick reader does); at every stop, once the page settles, every started figure shows the step at
 *   the trigger line (steps-check.ts). No console error or warning, no page error.
 * - JS heap (after a forced garbage collection) after the third pass within 20 % of after the first.
 * - Jumps of 5,000 px down to the end and back up, then the End and Home keys: the same check at every
 *   landing, and End leaves every figure on its last step, Home on its first.
 * - Desktop only: resized to phone width and back mid-chapter, the active step and its figure stay.
 * Prints one line per chapter and size: stops, heap after passes 1 and 3, the resize result.
 */
import { expect, test, type Page } from '@playwright/test';
import { chapterUrl, chapters, expectStepDrawn, figureOf, guard, scrollToStep } from '../../support/browser';
import { describeProblems, installStepChecker, type StepProblem } from '../../support/steps-check';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const DESKTOP = { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 };
const PASSES = 3;
const STRIDE = 0.9;
const HEAP_TOLERANCE = 0.2;

/**
 * JS heap in use after garbage collection. Waits first for the last step's tweens (0.6 s), which hold
 * their targets, and for the work figures do while the page is idle (chapter 8 prepares its comparison
 * runs, one per idle period, about 2 s in all): otherwise a bounded cache still filling at pass 1 and
 * full at pass 3 reads as growth (+25 % once on a busy machine, −8 % on the next run).
 */
async function heapUsed(page: Page): Promise<number> {
  await page.waitForTimeout(2500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;
}

/** Wait until the page has stopped scrolling (keyboard scrolling may be animated). */
async function scrollStopped(page: Page): Promise<void> {
  await page.evaluate(async () => {
    let last = -1;
    let still = 0;
    const end = performance.now() + 5000;
    while (still < 5 && performance.now() < end) {
      await new Promise((r) => requestAnimationFrame(r));
      still = window.scrollY === last ? still + 1 : 0;
      last = window.scrollY;
    }
  });
}

/** Every started figure's active step, by scrolly, and whether its state is the one built for that step. */
function activeSteps(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-scrolly]')].map((section) => {
      const steps = [...section.querySelectorAll<HTMLElement>('.scrolly-steps .step[id]')].map((s) => s.id);
      const figure = section.querySelector<HTMLElement>('figure[data-figure]')!;
      const active = figure.dataset.activeStep ?? '';
      const summary = active ? document.querySelector(`#${CSS.escape(active)} [data-step-summary]`)?.getAttribute('data-step-summary') : null;
      return { first: steps[0], last: steps[steps.length - 1], active, drawn: Boolean(active) && summary === figure.dataset.state };
    }),
  );
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

for (const [sizeName, size] of [
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const) {
  test.describe(`resilience at ${sizeName} size`, () => {
    test.use(size);

    for (const chapter of chapters()) {
      test(`${chapter.slug}: three passes down and up, jumps, End/Home${sizeName === 'desktop' ? ', resize' : ''}`, async ({ page }) => {
        test.setTimeout(90_000);
        const seen = await guard(page);
        await installStepChecker(page);
        await page.goto(chapterUrl(chapter.slug));
        await page.locator(`article[data-chapter="${chapter.slug}"]`).waitFor();

        const problems: StepProblem[] = [];
        const heaps: number[] = [];
        let stops = 0;
        for (let pass = 1; pass <= PASSES; pass++) {
          for (const direction of ['down', 'up'] as const) {
            const r = await page.evaluate(([d, s]) => window.__steps.pass(d, s), [direction, STRIDE] as const);
            stops += r.stops;
            problems.push(...r.problems);
          }
          if (pass === 1 || pass === PASSES) heaps.push(await heapUsed(page));
        }
        const started = await page.evaluate(() => window.__steps.started());

        // Fast scrolling: 5,000 px at a time to the end and back.
        for (const by of [5000, -5000]) {
          const r = await page.evaluate((b) => window.__steps.jump(b), by);
          problems.push(...r.problems);
        }

        // Keyboard: End then Home (focus on the page, not in a control).
        await page.locator('h1').first().click();
        const keys: Record<string, string[]> = {};
        for (const key of ['End', 'Home'] as const) {
          await page.keyboard.press(key);
          await scrollStopped(page);
          problems.push(...(await page.evaluate(() => window.__steps.settle())));
          const steps = await activeSteps(page);
          keys[key] = steps
            .filter((s) => s.active && (s.active !== (key === 'End' ? s.last : s.first) || !s.drawn))
            .map((s) => `${key}: ${s.active} (expected ${key === 'End' ? s.last : s.first}${s.drawn ? '' : ', figure not drawn'})`);
        }

        // Resize mid-chapter: desktop → phone → desktop keeps the active step and its figure.
        let resize = '';
        if (sizeName === 'desktop') {
          const ids = chapter.scrollies.flatMap((s) => s.steps.map((st) => st.id));
          const middle = ids[Math.floor(ids.length / 2)];
          await scrollToStep(page, middle);
          await expectStepDrawn(page, middle);
          const kept: string[] = [];
          for (const viewport of [PHONE.viewport, DESKTOP.viewport]) {
            await page.setViewportSize(viewport);
            await scrollStopped(page);
            problems.push(...(await page.evaluate(() => window.__steps.settle())));
            const active = await figureOf(page, middle).getAttribute('data-active-step');
            kept.push(`${viewport.width}px ${active === middle ? 'kept' : `→ ${active}`}`);
            await expectStepDrawn(page, middle);
          }
          resize = `, resize at ${middle}: ${kept.join(', ')}`;
        }

        const growth = heaps[1] / heaps[0] - 1;
        console.log(
          `resilience ${sizeName.padEnd(7)} ${chapter.slug.padEnd(28)} ${stops} stops, ${started} figures, heap ${mb(heaps[0])} → ${mb(heaps[1])} (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)} %)${resize}`,
        );
        expect(describeProblems(problems), 'steps out of place').toEqual([]);
        expect([...keys.End, ...keys.Home], 'End / Home').toEqual([]);
        expect(seen.errors, 'console errors, warnings and page errors').toEqual([]);
        expect(seen.foreign).toEqual([]);
        expect(started, 'figures started').toBe(chapter.scrollies.length);
        expect(growth, `heap after pass ${PASSES} vs pass 1`).toBeLessThanOrEqual(HEAP_TOLERANCE);
      });
    }
  });
}
