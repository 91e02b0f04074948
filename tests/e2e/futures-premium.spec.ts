import { expect, test } from '@playwright/test';

const CHAPTER = '/chapters/where-the-spread-comes-from/';
const figure = 'figure[data-figure="futures-premium"]';

async function stateAt(page: import('@playwright/test').Page, step: string) {
  await page.goto(`${CHAPTER}#${step}`);
  await expect(page.locator(figure)).toHaveAttribute('data-active-step', step);
  return JSON.parse((await page.locator(figure).getAttribute('data-state')) ?? '{}');
}

test('a deep link draws the step at once, and the arbitrageur narrows the spread', async ({ page }) => {
  const rich = await stateAt(page, 'premium-rich');
  expect(rich.cash).toBe(100);
  expect(rich.futures).toBe(100.01);
  const narrow = await stateAt(page, 'premium-narrow');
  expect(narrow.showArbitrageur).toBe(true);
  expect(narrow.spread).toBeLessThan(rich.spread);
  await expect(page.locator(`${figure} [data-figure-desc]`)).toContainText(String(narrow.spread));
});

test('without JavaScript every step keeps its own static figure and text alternative', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CHAPTER);
  const steps = page.locator('section.step[id^="premium-"]');
  const count = await steps.count();
  expect(count).toBeGreaterThanOrEqual(3);
  for (let i = 0; i < count; i++) {
    await expect(steps.nth(i).locator('.step-figure svg')).toHaveCount(1);
    await expect(steps.nth(i).locator('.step-alt')).toContainText('100');
  }
  await context.close();
});
