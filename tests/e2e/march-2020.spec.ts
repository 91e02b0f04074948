/**
 * Chapter 6 in a browser: scrolling walks every step of its three figures
 * and each draws its declared state; the toy numbers the chapter states
 * (0.01, the repetition counts, the close) appear in the figure and its
 * text alternative; the haircut slider moves the multiples, not the prices;
 * without JavaScript every step carries its own static figure.
 */
import { expect, test, type Page } from '@playwright/test';
import { chapterUrl, chapters, expectStepDrawn, figureOf, guard, scrollToStep } from '../support/browser';

const SLUG = 'march-2020';
const chapter = chapters().find((c) => c.slug === SLUG)!;
const FIG = 'figure[data-figure="spread-closing"]';
const state = async (page: Page) => JSON.parse((await page.locator(FIG).first().getAttribute('data-state')) ?? '{}');

test('walks every step of the three figures; each draws its declared state', async ({ page }) => {
  const seen = await guard(page);
  await page.goto(chapterUrl(SLUG));
  expect(chapter.scrollies.map((s) => s.figure)).toEqual(['yields-2020', 'repo-rates', 'spread-closing']);
  for (const scrolly of chapter.scrollies) {
    for (const step of scrolly.steps) {
      await scrollToStep(page, step.id);
      await expectStepDrawn(page, step.id);
    }
  }
  expect(seen.foreign).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test('the toy numbers the chapter states appear in the figure and its text alternative', async ({ page }) => {
  // [step, repetitions asked, numbers in the figure and its text alternative, numbers in the step's prose]
  const cases: [string, number, string[], string[]][] = [
    ['mar2020-op1-once', 1, ['锁定 0.01'], ['0.01']],
    ['mar2020-op1-fifty', 50, ['5,000', '50 倍', '约 33.7 倍'], ['50 次', '5,000', '33.7 倍']],
    ['mar2020-op1-hundred', 100, ['0.009406'], ['第 100 次', '0.009406']],
    ['mar2020-op1-closed', 10_000, ['10,000', '1,667', '0.000004', '−0.000002'], ['1 万次', '1,667', '0.000004']],
  ];
  for (const [id, repetitions, shown, prose] of cases) {
    await page.goto(chapterUrl(SLUG, id));
    await expectStepDrawn(page, id);
    expect((await state(page)).repetitions).toBe(repetitions);
    const svg = figureOf(page, id).locator('svg[data-figure-svg]');
    const desc = figureOf(page, id).locator('[data-figure-desc]').first();
    for (const n of shown) {
      await expect(svg).toContainText(n);
      await expect(desc).toContainText(n);
    }
    for (const n of prose) await expect(page.locator(`#${id} .step-body`)).toContainText(n);
  }
  const closed = await state(page);
  expect(closed.done).toBe(closed.closesAfter);
  expect(closed.done).toBeLessThan(10_000);
  expect(closed.stopped).toBe(true);
});

test('the haircut slider changes own money and multiples, not the prices; the next step resets it', async ({ page }) => {
  const seen = await guard(page);
  await page.goto(chapterUrl(SLUG, 'mar2020-op1-fifty'));
  await expectStepDrawn(page, 'mar2020-op1-fifty');
  const before = await state(page);
  expect(before.repoMultiple).toBeCloseTo(50, 9);
  const slider = page.locator(`${FIG} input[data-control="haircut"]`);
  await expect(slider).toBeVisible();
  await slider.fill('0.1');
  await slider.dispatchEvent('input');
  await expect.poll(async () => (await state(page)).haircut).toBe(0.1);
  const after = await state(page);
  expect(after.repoMultiple).toBeCloseTo(10, 9);
  expect(after.equity).toBeGreaterThan(before.equity);
  expect(after.assetsToEquity).toBeLessThan(before.assetsToEquity);
  expect(after.lastSpread).toBe(before.lastSpread);
  expect(after.paperProfit).toBe(before.paperProfit);
  await expect(page.locator(`${FIG} output[data-control-output="haircut"]`)).toHaveText('10%');
  await expect(page.locator(`${FIG} [data-figure-desc]`).first()).toContainText('10 倍');
  await page.goto(chapterUrl(SLUG, 'mar2020-op1-hundred'));
  await expectStepDrawn(page, 'mar2020-op1-hundred');
  expect((await state(page)).haircut).toBe(0.02);
  await expect(page.locator(`${FIG} [data-figure-controls]`)).toBeHidden();
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('on a phone the new figure is laid out at the real width', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(chapterUrl(SLUG, 'mar2020-op1-closed'));
  await expectStepDrawn(page, 'mar2020-op1-closed');
  const svg = page.locator(`${FIG} svg[data-figure-svg]`).first();
  const box = (await svg.boundingBox())!;
  const viewBox = (await svg.getAttribute('viewBox'))!.split(' ').map(Number);
  expect(viewBox[2]).toBe(Math.round(box.width));
  expect(box.height / viewBox[3]).toBeGreaterThan(0.8);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every step prints its own static figure and text alternative', async ({ page }) => {
    await page.goto(chapterUrl(SLUG));
    const ids = chapter.scrollies.flatMap((s) => s.steps.map((st) => st.id));
    expect(ids.length).toBeGreaterThanOrEqual(4);
    expect(ids.length).toBeLessThanOrEqual(8);
    for (const id of ids) await expect(page.locator(`#${id} svg`)).toHaveCount(1);
    await expect(page.locator('#mar2020-op1-once .step-alt')).toContainText('0.01');
    await expect(page.locator('#mar2020-op1-closed .step-alt')).toContainText('1,667');
    await expect(page.locator('#mar2020-yields-fall .step-alt')).toContainText('0.54%');
    await expect(page.locator('#mar2020-repo-spread .step-alt')).toContainText('2020 年 3 月 17 日');
  });
});
