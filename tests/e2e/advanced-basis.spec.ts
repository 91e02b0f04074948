/**
 * Chapter 10 (appendix) in a browser: scrolling walks every step; editing a
 * note's price through the figure's sliders moves the cheapest to deliver
 * and the implied repo rates in data-state to exactly what the engine gives
 * for that edited price (computed here by calling the engine on the same
 * inputs); the figure fits a phone; without JavaScript every step prints
 * its own static table and text alternative.
 */
import { expect, test, type Page } from '@playwright/test';
import { cheapestToDeliver, DELIVERY_2013, formatQuote } from '../../src/engine';
import { chapterUrl, chapters, expectStepDrawn, guard, scrollToStep } from '../support/browser';

const FIG = 'figure[data-figure="delivery-calculator"]';
const chapter = chapters().find((c) => c.slug === 'advanced-basis')!;
const stepIds = chapter.scrollies.flatMap((s) => s.steps.map((st) => st.id));
const state = async (page: Page) => JSON.parse((await page.locator(FIG).first().getAttribute('data-state')) ?? '{}');

async function setControl(page: Page, key: string, value: number): Promise<void> {
  const slider = page.locator(`${FIG} input[data-control="${key}"]`);
  await slider.fill(String(value));
  await slider.dispatchEvent('input');
}

/** The engine's ranking for the basket with note `bond` moved by `shift32` 32nds. */
function expected(bond: number, shift32: number, futuresPrice: number, repoPct: number) {
  const basket = DELIVERY_2013.basket.map((b, i) => ({ id: b.id, bond: b.bond, price: b.price + (i === bond ? shift32 / 32 : 0) }));
  return cheapestToDeliver(basket, { futuresPrice, settle: DELIVERY_2013.settle, delivery: DELIVERY_2013.delivery, contract: 'TY', repoRate: repoPct / 100 });
}

test('walks every step of the appendix', async ({ page }) => {
  const seen = await guard(page);
  await page.goto(chapterUrl('advanced-basis'));
  expect(stepIds.length).toBeGreaterThanOrEqual(4);
  for (const id of stepIds) {
    await scrollToStep(page, id);
    await expectStepDrawn(page, id);
  }
  await expect(page.locator('[data-recap]')).toBeVisible();
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('editing a note\'s price through the sliders moves the CTD and implied repo exactly as the engine does', async ({ page }) => {
  const seen = await guard(page);
  await page.goto(chapterUrl('advanced-basis', 'adv-implied-repo'));
  await expectStepDrawn(page, 'adv-implied-repo');
  await expect(page.locator(`${FIG} [data-figure-controls]`).first()).toBeVisible();
  const start = await state(page);
  const startCtd = expected(start.bondIndex, 0, start.futures, start.repo * 100).ctd;
  expect(start.ctd).toBe(startCtd.id);
  expect(start.ctdIrr).toBeCloseTo(startCtd.impliedRepoRate, 6);

  // Pick a note that is not the CTD and cut its price by two points.
  const bond = start.ctdIndex === 0 ? 1 : 0;
  await setControl(page, 'bond', bond);
  await expect.poll(async () => (await state(page)).bondIndex).toBe(bond);
  const before = await state(page);
  await setControl(page, 'priceShift', -64);
  await expect.poll(async () => (await state(page)).priceShift).toBe(-64);
  const after = await state(page);
  const engine = expected(bond, -64, after.futures, after.repo * 100);
  const editedRow = engine.ranked.find((r) => r.index === bond)!;
  expect(after.ctd).toBe(engine.ctd.id);
  expect(after.ctdIrr).toBeCloseTo(engine.ctd.impliedRepoRate, 6);
  expect(after.editedIrr).toBeCloseTo(editedRow.impliedRepoRate, 6);
  expect(after.editedPrice).toBeCloseTo(DELIVERY_2013.basket[bond].price - 2, 6);
  // Cheaper note, higher implied repo: two points off makes it the cheapest to deliver.
  expect(after.editedIrr).toBeGreaterThan(before.editedIrr);
  expect(after.ctdIndex).toBe(bond);
  await expect(page.locator(`${FIG} output[data-control-output="priceShift"]`)).toHaveText('−64/32');
  await expect(page.locator(`${FIG} svg[data-figure-svg]`).first()).toContainText(formatQuote(DELIVERY_2013.basket[bond].price - 2, 'cash'));
  await expect(page.locator(`${FIG} [data-figure-desc]`).first()).toContainText('价格改动 −64/32');

  // Raising the futures price and the repo rate: the state follows the engine again.
  await setControl(page, 'futures', 132);
  await setControl(page, 'repo', 1);
  await expect.poll(async () => (await state(page)).repo).toBeCloseTo(0.01, 9);
  const moved = await state(page);
  const engine2 = expected(bond, -64, 132, 1);
  expect(moved.futures).toBe(132);
  expect(moved.ctd).toBe(engine2.ctd.id);
  expect(moved.ctdNetBasis).toBeCloseTo(engine2.ctd.netBasis, 6);

  // A new step declares its own state and drops the reader's edits.
  await page.goto(chapterUrl('advanced-basis', 'adv-futures-rich'));
  await expectStepDrawn(page, 'adv-futures-rich');
  expect((await state(page)).priceShift).toBe(0);
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('the sliders hide on the steps that point at one column', async ({ page }) => {
  await page.goto(chapterUrl('advanced-basis', 'adv-gross-basis'));
  await expectStepDrawn(page, 'adv-gross-basis');
  await expect(page.locator(`${FIG} [data-figure-controls]`).first()).toBeHidden();
});

test('on a phone the table is laid out at the real width', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(chapterUrl('advanced-basis', 'adv-ctd-switch'));
  await expectStepDrawn(page, 'adv-ctd-switch');
  const svg = page.locator(`${FIG} svg[data-figure-svg]`).first();
  const box = (await svg.boundingBox())!;
  const viewBox = (await svg.getAttribute('viewBox'))!.split(' ').map(Number);
  expect(viewBox[2]).toBe(Math.round(box.width));
  expect(box.height / viewBox[3]).toBeGreaterThan(0.8);
  // The whole figure, sliders included, fits on the screen.
  const fig = (await page.locator(`${FIG}`).first().boundingBox())!;
  expect(fig.y + fig.height).toBeLessThanOrEqual(844);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every step prints its own static table, text alternative and the data table', async ({ page }) => {
    await page.goto(chapterUrl('advanced-basis'));
    for (const id of stepIds) {
      await expect(page.locator(`#${id} svg`)).toHaveCount(1);
      await expect(page.locator(`#${id}`)).toContainText('最便宜可交割券');
    }
    await expect(page.locator(`#adv-ctd-switch`)).toContainText('−20/32');
    await expect(page.locator(`${FIG} [data-figure-table] table tbody tr`)).toHaveCount(DELIVERY_2013.basket.length);
  });
});
