/**
 * Chapter 4 in a browser: the repo-rate slider of the repo-carry figure
 * changes the profit in data-state and flips its sign across the breakeven
 * (implied repo) rate; a new step resets it; both chapter-4 figures are
 * laid out at a phone's real width; without JavaScript every step carries
 * its own static drawing and text alternative.
 */
import { expect, test, type Page } from '@playwright/test';
import { chapterUrl, expectStepDrawn, guard } from '../support/browser';

const FIG = 'figure[data-figure="repo-carry"]';
const state = async (page: Page) => JSON.parse((await page.locator(FIG).first().getAttribute('data-state')) ?? '{}');

async function setRate(page: Page, value: number): Promise<void> {
  const slider = page.locator(`${FIG} input[data-control="rate"]`);
  await slider.fill(String(value));
  await slider.dispatchEvent('input');
}

test('dragging the repo rate changes the profit and crossing the breakeven flips its sign', async ({ page }) => {
  const seen = await guard(page);
  await page.goto(chapterUrl('risks', 'risk-repo-normal'));
  await expectStepDrawn(page, 'risk-repo-normal');
  const start = await state(page);
  expect(start.profit).toBeGreaterThan(0);
  const breakeven: number = start.breakeven;
  expect(breakeven).toBeGreaterThan(start.rate);

  await setRate(page, 1);
  await expect.poll(async () => (await state(page)).rate).toBe(1);
  const low = await state(page);
  expect(low.profit).toBeGreaterThan(start.profit);

  const below = Math.floor(breakeven / 0.05) * 0.05;
  const above = below + 0.1;
  await setRate(page, Number(below.toFixed(2)));
  await expect.poll(async () => (await state(page)).rate).toBeCloseTo(below, 6);
  expect((await state(page)).sign).toBe(1);
  expect((await state(page)).profit).toBeGreaterThan(0);

  await setRate(page, Number(above.toFixed(2)));
  await expect.poll(async () => (await state(page)).rate).toBeCloseTo(above, 6);
  const after = await state(page);
  expect(after.sign).toBe(-1);
  expect(after.profit).toBeLessThan(0);
  await expect(page.locator(`${FIG} output[data-control-output="rate"]`)).toHaveText(`${above.toFixed(2)}%`);
  await expect(page.locator(`${FIG} [data-figure-desc]`).first()).toContainText(`${above.toFixed(2)}%`);
  await expect(page.locator(`${FIG} [data-figure-desc]`).first()).toContainText('亏钱');

  // A new step declares its own rate and drops the reader's.
  await page.goto(chapterUrl('risks', 'risk-repo-spike'));
  await expectStepDrawn(page, 'risk-repo-spike');
  expect((await state(page)).rate).toBe(5.25);
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('on a phone both chapter-4 figures are laid out at the real width', async ({ page }) => {
  await page.setViewportSize({ width: 358, height: 740 });
  for (const [step, figure] of [['risk-call-arrives', 'basis-risk'], ['risk-repo-breakeven', 'repo-carry']] as const) {
    await page.goto(chapterUrl('risks', step));
    await expectStepDrawn(page, step);
    const svg = page.locator(`figure[data-figure="${figure}"] svg[data-figure-svg]`).first();
    const box = (await svg.boundingBox())!;
    const viewBox = (await svg.getAttribute('viewBox'))!.split(' ').map(Number);
    expect(viewBox[2]).toBe(Math.round(box.width));
    expect(box.height / viewBox[3]).toBeGreaterThan(0.8);
  }
});

test('the margin-call step shows the call in the figure and its text alternative', async ({ page }) => {
  await page.goto(chapterUrl('risks', 'risk-call-arrives'));
  await expectStepDrawn(page, 'risk-call-arrives');
  const s = JSON.parse((await page.locator('figure[data-figure="basis-risk"]').first().getAttribute('data-state')) ?? '{}');
  expect(s.marginCall).toBe(true);
  expect(s.cumulativeCashPaid).toBeGreaterThan(0);
  await expect(page.locator('figure[data-figure="basis-risk"] [data-figure-desc]').first()).toContainText('追加保证金通知');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every chapter-4 step prints its own static figure and text alternative', async ({ page }) => {
    await page.goto(chapterUrl('risks'));
    const ids = ['risk-cash-vs-paper', 'risk-call-arrives', 'risk-reduce', 'risk-top-up', 'risk-widening', 'risk-repo-normal', 'risk-repo-spike', 'risk-repo-breakeven'];
    for (const id of ids) await expect(page.locator(`#${id} svg`)).toHaveCount(1);
    await expect(page.locator('#risk-call-arrives')).toContainText('追加保证金通知');
    await expect(page.locator('#risk-repo-spike')).toContainText('5.25%');
    await expect(page.locator('#risk-repo-breakeven')).toContainText('隐含回购利率');
  });
});
