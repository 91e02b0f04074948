/**
 * Chapter 8 in a browser: every step draws its declared state; the
 * central-bank slider of the live cascade changes the run (off: more forced
 * sales, a lower basis); and dragging the shock slider through its range
 * redraws smoothly. The smoothness test prints the frame times and the
 * number of redraws for people to read, and fails only on a long task
 * (> 50 ms) while dragging.
 */
import { expect, test, type Page } from '@playwright/test';
import { chapterUrl, chapters, expectStepDrawn, guard, scrollToStep } from '../support/browser';

const SLUG = 'liquidity-crisis';
const FIG = 'figure[data-figure="cascade"]';
const chapter = chapters().find((c) => c.slug === SLUG)!;
const state = async (page: Page) => JSON.parse((await page.locator(FIG).first().getAttribute('data-state')) ?? '{}');

async function setControl(page: Page, key: string, value: number): Promise<void> {
  const slider = page.locator(`${FIG} input[data-control="${key}"]`);
  await slider.fill(String(value));
  await slider.dispatchEvent('input');
}

test('walks every step of chapter 8: each draws its declared state', async ({ page }) => {
  const seen = await guard(page);
  await page.goto(chapterUrl(SLUG));
  const ids = chapter.scrollies.flatMap((s) => s.steps.map((st) => st.id));
  expect(ids.length).toBeGreaterThanOrEqual(4);
  for (const id of ids) {
    await scrollToStep(page, id);
    await expectStepDrawn(page, id);
  }
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('switching the central bank off gives more forced sales and a lower basis', async ({ page }) => {
  const seen = await guard(page);
  await page.goto(chapterUrl(SLUG, 'crisis-after'));
  await expectStepDrawn(page, 'crisis-after');
  const on = await state(page);
  expect(on.fed).toBe(1);

  await setControl(page, 'fed', 0);
  await expect.poll(async () => (await state(page)).fed).toBe(0);
  const off = await state(page);
  expect(off.forcedTotalBn).toBeGreaterThan(on.forcedTotalBn);
  expect(off.forcedToDateBn).toBeGreaterThan(on.forcedToDateBn);
  expect(off.finalBasis).toBeLessThan(on.finalBasis);
  expect(off.grossBasis).toBeLessThan(on.grossBasis);
  expect(off.cbToDateBn).toBe(0);
  // The run without the central bank is the one the "on" state drew dashed.
  expect(off.forcedTotalBn).toBe(on.noFedForcedTotalBn);
  await expect(page.locator(`${FIG} output[data-control-output="fed"]`)).toHaveText('关');
  await expect(page.locator(`${FIG} [data-figure-desc]`).first()).toContainText('这一次央行不出手');

  await setControl(page, 'fed', 1);
  await expect.poll(async () => (await state(page)).fed).toBe(1);
  expect((await state(page)).forcedTotalBn).toBe(on.forcedTotalBn);

  // A new step declares its own state and drops the reader's.
  await setControl(page, 'fed', 0);
  await scrollToStep(page, 'crisis-fed-buys');
  await expectStepDrawn(page, 'crisis-fed-buys');
  expect((await state(page)).fed).toBe(1);
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('dragging the shock slider through its range redraws without long tasks', async ({ page }) => {
  await page.goto(chapterUrl(SLUG, 'crisis-after'));
  await expectStepDrawn(page, 'crisis-after');
  const slider = page.locator(`${FIG} input[data-control="shockBp"]`);
  const range = { min: Number(await slider.getAttribute('min')), max: Number(await slider.getAttribute('max')) };

  const result = await page.evaluate(async ({ min, max }) => {
    const figure = document.querySelector('figure[data-figure="cascade"]') as HTMLElement;
    const input = figure.querySelector('input[data-control="shockBp"]') as HTMLInputElement;
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push(e.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });
    let redraws = 0;
    const mo = new MutationObserver((records) => {
      for (const r of records) if (r.attributeName === 'data-state') redraws++;
    });
    mo.observe(figure, { attributes: true, attributeFilter: ['data-state'] });

    const frames: number[] = [];
    let last = performance.now();
    let running = true;
    const tick = (now: number) => {
      frames.push(now - last);
      last = now;
      if (running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);

    // A drag: one input event per frame, up and back down through the whole range (two values per step).
    const values: number[] = [];
    for (let v = min; v <= max; v += 2) values.push(v);
    for (let v = max; v >= min; v -= 3) values.push(v);
    const startState = figure.dataset.state;
    for (const v of values) {
      input.value = String(v);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    }
    await new Promise((r) => setTimeout(r, 300));
    running = false;
    observer.disconnect();
    mo.disconnect();
    const sorted = frames.slice(1).sort((a, b) => a - b);
    const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    return {
      events: values.length,
      redraws,
      changed: figure.dataset.state !== startState,
      medianFrame: q(0.5),
      p95Frame: q(0.95),
      longTasks,
    };
  }, range);

  console.log(
    `cascade shock drag: ${result.events} input events, ${result.redraws} redraws, frame time median ${result.medianFrame.toFixed(1)} ms, p95 ${result.p95Frame.toFixed(1)} ms, long tasks ${result.longTasks.length}${result.longTasks.length ? ` (longest ${Math.max(...result.longTasks).toFixed(0)} ms)` : ''}`,
  );
  expect(result.redraws).toBeGreaterThan(10);
  expect(result.longTasks.filter((d) => d > 50)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every chapter-8 step prints its own static figure and text alternative', async ({ page }) => {
    await page.goto(chapterUrl(SLUG));
    for (const scrolly of chapter.scrollies) {
      for (const step of scrolly.steps) {
        await expect(page.locator(`#${step.id} svg`)).toHaveCount(1);
        await expect(page.locator(`#${step.id} .step-alt`)).not.toBeEmpty();
      }
    }
    await expect(page.locator('#crisis-fed-buys .step-alt')).toContainText('央行买入');
  });
});
