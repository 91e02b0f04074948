/**
 * Every chapter, every step: scrolling draws each declared state with no
 * console error and no foreign request; every step's deep link draws it.
 */
import { expect, test } from '@playwright/test';
import { chapterUrl, chapters, expectStepDrawn, guard, scrollToStep } from '../support/browser';

const all = chapters();

test('the home page lists every chapter in order, in Chinese', async ({ page }) => {
  const seen = await guard(page);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const links = page.locator('.chapter-list a');
  await expect(links).toHaveCount(all.length);
  for (const [i, c] of all.entries()) await expect(links.nth(i)).toHaveAttribute('href', new RegExp(`/chapters/${c.slug}/$`));
  expect(seen.foreign).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test('each chapter opens with a table of contents that marks the chapter being read', async ({ page }) => {
  for (const chapter of all) {
    await page.goto(chapterUrl(chapter.slug));
    const toc = page.locator('.toc');
    await toc.locator('summary').click();
    await expect(toc.locator('a')).toHaveCount(all.length);
    await expect(toc.locator('a[aria-current="page"]')).toHaveAttribute('href', new RegExp(`/chapters/${chapter.slug}/$`));
  }
});

for (const chapter of all) {
  test.describe(`chapter ${chapter.slug}`, () => {
    test('walks every step: each draws its declared state, no console error, no foreign request', async ({ page }) => {
      const seen = await guard(page);
      await page.goto(chapterUrl(chapter.slug));
      await expect(page.locator(`article[data-chapter="${chapter.slug}"]`)).toBeVisible();
      for (const scrolly of chapter.scrollies) {
        for (const step of scrolly.steps) {
          await scrollToStep(page, step.id);
          await expectStepDrawn(page, step.id);
        }
      }
      await expect(page.locator('[data-recap]')).toBeVisible();
      expect(seen.foreign).toEqual([]);
      expect(seen.errors).toEqual([]);
    });

    test('every step has a working deep link', async ({ page }) => {
      for (const scrolly of chapter.scrollies) {
        for (const step of scrolly.steps) {
          await page.goto(chapterUrl(chapter.slug, step.id));
          await expectStepDrawn(page, step.id);
          await expect(page.locator(`#${step.id} .step-body`)).toBeInViewport();
        }
      }
    });
  });
}
