/**
 * Chapter 9 (summary) in a browser: scrolling walks every step of its
 * recap figures with no console error and no foreign request; deep links
 * draw each step; without JavaScript each step prints its own static
 * figure; the links to the sandbox and the appendix resolve on this server.
 */
import { expect, test } from '@playwright/test';
import { chapterUrl, chapters, expectStepDrawn, guard, scrollToStep } from '../support/browser';

const chapter = chapters().find((c) => c.slug === 'summary')!;
const stepIds = chapter.scrollies.flatMap((s) => s.steps.map((st) => st.id));

test('walks every step of the summary', async ({ page }) => {
  const seen = await guard(page);
  await page.goto(chapterUrl('summary'));
  expect(stepIds.length).toBeGreaterThanOrEqual(4);
  expect(stepIds.length).toBeLessThanOrEqual(8);
  for (const id of stepIds) {
    await scrollToStep(page, id);
    await expectStepDrawn(page, id);
  }
  await expect(page.locator('[data-recap]')).toBeVisible();
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('every summary step has a working deep link', async ({ page }) => {
  for (const id of stepIds) {
    await page.goto(chapterUrl('summary', id));
    await expectStepDrawn(page, id);
  }
});

test('the "where next" links open the sandbox and the appendix', async ({ page }) => {
  await page.goto(chapterUrl('summary'));
  const sandbox = page.locator('article a[href="../../sandbox/"]');
  await expect(sandbox).toHaveCount(1);
  const href = await sandbox.evaluate((a) => (a as HTMLAnchorElement).href);
  expect(new URL(href).pathname).toBe('/sandbox/');
  expect((await page.request.get(href)).status()).toBe(200);
  const link = page.locator('article a[href="../advanced-basis/"]');
  await expect(link).toHaveCount(1);
  await link.click();
  await expect(page).toHaveURL(/\/chapters\/advanced-basis\/$/);
  await expect(page.locator('article[data-chapter="advanced-basis"]')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every summary step prints its own static figure and text alternative', async ({ page }) => {
    await page.goto(chapterUrl('summary'));
    for (const id of stepIds) await expect(page.locator(`#${id} svg`)).toHaveCount(1);
    await expect(page.locator('#summary-size-now')).toContainText('1.39 万亿美元');
    await expect(page.locator('#summary-fed-buys')).toContainText('1.45 万亿美元');
  });
});
