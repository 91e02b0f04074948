/**
 * Chapter 8 in a browser: every step draws its declared state; the
 * central-bank slider of the live cascade changes the run (off: more forced
 * sales, a lower basis). Dragging smoothness is measured alone, after all
 * other browser tests (tests/e2e/smoothness/).
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
