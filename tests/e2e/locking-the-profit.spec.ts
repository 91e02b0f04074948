/**
 * Chapter 7 and its ledger figure in a browser: scrolling walks every step
 * and each draws the state the build declared for it; the toy numbers the
 * chapter states (0.01, +20, −19.99, 119.99) are in the step text and in the
 * figure or its text alternative; the exit-level slider moves both legs but
 * not the net, and the next step resets it; the figure is laid out at a
 * phone's width; without JavaScript every step prints its own drawing.
 */
import { expect, test, type Page } from '@playwright/test';
import { chapters, chapterUrl, expectStepDrawn, figureOf, guard, scrollToStep } from '../support/browser';

const SLUG = 'locking-the-profit';
const FIG = 'figure[data-figure="ledger"]';
const chapter = chapters().find((c) => c.slug === SLUG)!;
const stepIds = chapter.scrollies.flatMap((s) => s.steps.map((st) => st.id));
const state = async (page: Page) => JSON.parse((await page.locator(FIG).first().getAttribute('data-state')) ?? '{}');
/** Where each toy number is stated: the step whose text, figure and text alternative must all show it. */
const STATED: [string, string[]][] = [
  ['locking-paper', ['100.01', '0.01']],
  ['locking-converge', ['+20', '−19.99', '+0.01']],
  ['locking-forced-sale', ['119.99', '+19.99', '−19.99']],
];

test('scrolling walks every step and each draws its declared state', async ({ page }) => {
  const seen = await guard(page);
  expect(stepIds.length).toBeGreaterThanOrEqual(4);
  await page.goto(chapterUrl(SLUG));
  for (const id of stepIds) {
    await scrollToStep(page, id);
    await expectStepDrawn(page, id);
  }
  // And back up: a step reached from below draws the same state.
  await scrollToStep(page, stepIds[2]);
  await expectStepDrawn(page, stepIds[2]);
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('a deep link to each step draws that step at once', async ({ page }) => {
  for (const id of stepIds) {
    await page.goto(chapterUrl(SLUG, id));
    await expectStepDrawn(page, id);
  }
});

for (const [id, numbers] of STATED) {
  test(`${id}: ${numbers.join(', ')} in the text, the figure and its text alternative`, async ({ page }) => {
    await page.goto(chapterUrl(SLUG, id));
    await expectStepDrawn(page, id);
    const figure = figureOf(page, id);
    for (const n of numbers) {
      // The number itself, not the tail of a longer one (0.01 inside 100.01).
      const alone = new RegExp(`(^|[^0-9.])${n.replace(/[.+]/g, '\\$&')}($|[^0-9])`);
      await expect(page.locator(`#${id} .step-body`)).toContainText(alone);
      await expect(figure.locator('svg[data-figure-svg]')).toContainText(alone);
      await expect(figure.locator('[data-figure-desc]').first()).toContainText(alone);
    }
  });
}

test('the exit-level slider moves both legs, not the net; the next step resets it', async ({ page }) => {
  const seen = await guard(page);
  await page.goto(chapterUrl(SLUG, 'locking-converge'));
  await expectStepDrawn(page, 'locking-converge');
  const before = await state(page);
  const slider = page.locator(`${FIG} input[data-control="level"]`);
  await expect(slider).toBeVisible();
  await slider.fill('100');
  await slider.dispatchEvent('input');
  await expect.poll(async () => (await state(page)).level).toBe(100);
  const after = await state(page);
  expect(after.cashLeg).toBe(0);
  expect(after.futuresLeg).not.toBe(before.futuresLeg);
  expect(after.net).toBe(before.net);
  await expect(page.locator(`${FIG} [data-figure-desc]`).first()).toContainText('+0.01');
  await page.goto(chapterUrl(SLUG, 'locking-forced-sale'));
  await expectStepDrawn(page, 'locking-forced-sale');
  expect((await state(page)).level).toBe(before.level);
  // The slider belongs to the converged exit; a forced sale hides it.
  await expect(page.locator(`${FIG} [data-figure-controls]`)).toBeHidden();
  expect(seen.errors).toEqual([]);
});

test('the forced sale is exactly 0 before repo interest and a loss after it', async ({ page }) => {
  await page.goto(chapterUrl(SLUG, 'locking-forced-sale'));
  await expectStepDrawn(page, 'locking-forced-sale');
  const noRepo = await state(page);
  expect(noRepo.cash).toBe(119.99);
  expect(noRepo.net).toBe(0);
  await page.goto(chapterUrl(SLUG, 'locking-forced-repo'));
  await expectStepDrawn(page, 'locking-forced-repo');
  const withRepo = await state(page);
  expect(withRepo.interest).toBeGreaterThan(0);
  expect(withRepo.netAfter).toBeLessThan(0);
  await expect(page.locator(`${FIG} [data-figure-desc]`).first()).toContainText('扣除后 −');
});

test('on a phone the figure is laid out at the real width', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(chapterUrl(SLUG, 'locking-repo'));
  await expectStepDrawn(page, 'locking-repo');
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
    for (const id of stepIds) {
      await expect(page.locator(`#${id} svg`)).toHaveCount(1);
      await expect(page.locator(`#${id} .step-alt`)).toContainText(/[\u4e00-\u9fff]/);
    }
    await expect(page.locator('#locking-converge .step-alt')).toContainText('−19.99');
    await expect(page.locator('#locking-forced-sale svg')).toContainText('119.99');
    await expect(page.locator('#locking-forced-repo .step-alt')).toContainText('扣除后 −');
  });
});
