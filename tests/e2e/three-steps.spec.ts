/**
 * Chapter 3 and its basis-flows figure in a browser: the haircut slider
 * redraws the balance sheet and the text alternative, a new step resets it,
 * the figure fits a phone, and without JavaScript every step carries its
 * own static drawing with its numbers.
 */
import { expect, test } from '@playwright/test';
import { chapterUrl, expectStepDrawn, guard } from '../support/browser';
import { TOY_HAIRCUT, toyThreeLegs } from '../../src/engine';

const state = async (page: import('@playwright/test').Page) =>
  JSON.parse((await page.locator('figure[data-figure="basis-flows"]').first().getAttribute('data-state')) ?? '{}');

test('the haircut slider moves leverage; the next step resets it', async ({ page }) => {
  const seen = await guard(page);
  await page.goto(chapterUrl('three-steps', 'three-steps-leverage'));
  await expectStepDrawn(page, 'three-steps-leverage');
  expect((await state(page)).equity).toBeCloseTo(3, 9);
  const slider = page.locator('figure[data-figure="basis-flows"] input[data-control="haircut"]');
  await expect(slider).toBeVisible();
  await slider.fill('0.1');
  await expect.poll(async () => (await state(page)).haircut).toBe(0.1);
  const s = await state(page);
  expect(s.repoLoan).toBeCloseTo(90, 9);
  expect(s.leverage).toBeCloseTo(s.assets / s.equity, 9);
  await expect(page.locator('figure[data-figure="basis-flows"] [data-figure-desc]').first()).toContainText('扣减率 10%');
  await expect(page.locator('figure[data-figure="basis-flows"] output[data-control-output="haircut"]')).toHaveText('10%');
  await slider.fill('0');
  await expect.poll(async () => (await state(page)).repoLeverage).toBeNull();
  await expect(page.locator('figure[data-figure="basis-flows"] svg').first()).toContainText('超过 100 倍');
  await page.goto(chapterUrl('three-steps', 'three-steps-net'));
  await expectStepDrawn(page, 'three-steps-net');
  expect((await state(page)).haircut).toBe(0.02);
  // The slider only shows on the leverage steps, where there is a repo leg to change.
  await expect(page.locator('figure[data-figure="basis-flows"] [data-figure-controls]')).toBeHidden();
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('on a phone the figure is drawn at the real width and fits the sticky area', async ({ page }) => {
  await page.setViewportSize({ width: 358, height: 740 });
  await page.goto(chapterUrl('three-steps', 'three-steps-repo'));
  await expectStepDrawn(page, 'three-steps-repo');
  const svg = page.locator('.scrolly-figure svg[data-figure-svg]').first();
  const box = (await svg.boundingBox())!;
  const viewBox = (await svg.getAttribute('viewBox'))!.split(' ').map(Number);
  // Laid out at the phone's width (not a scaled-down desktop drawing), so 11 px text stays about 11 px.
  expect(viewBox[2]).toBe(Math.round(box.width));
  expect(box.height / viewBox[3]).toBeGreaterThan(0.8);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every step prints its own static figure and text alternative', async ({ page }) => {
    await page.goto(chapterUrl('three-steps'));
    const ids = ['three-steps-short-futures', 'three-steps-buy-cash', 'three-steps-repo', 'three-steps-net', 'three-steps-leverage', 'three-steps-zero-haircut'];
    for (const id of ids) await expect(page.locator(`#${id} svg`)).toHaveCount(1);
    // The buy-back price the engine gives for one night on 98 at the toy repo rate (scenarios/three-legs.ts).
    await expect(page.locator('#three-steps-repo')).toContainText(toyThreeLegs(3, TOY_HAIRCUT).repurchase.toFixed(5));
    await expect(page.locator('#three-steps-zero-haircut')).toContainText('超过 100 倍');
  });
});
