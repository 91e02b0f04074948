/**
 * Glossary terms: with JavaScript a click opens the definition where the
 * reader is; without it the link leads to 「本章术语」 at the end of the page,
 * which lists every term the chapter marks.
 */
import { expect, test } from '@playwright/test';
import { chapterUrl, chapters } from '../support/browser';

const slug = chapters()[1].slug;

test('a click on a term opens its definition in place, and Escape closes it', async ({ page }) => {
  await page.goto(chapterUrl(slug));
  const term = page.locator('a.term').first();
  const id = (await term.getAttribute('data-popover'))!;
  await term.click();
  const card = page.locator(`#${id}`);
  await expect(card).toBeVisible();
  await expect(card.locator('.term-def')).not.toBeEmpty();
  expect(new URL(page.url()).hash).toBe('');
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
});

test('every chapter lists each term it marks in 本章术语, in order of first use', async ({ page }) => {
  for (const chapter of chapters()) {
    await page.goto(chapterUrl(chapter.slug));
    const used = await page.locator('a.term').evaluateAll((links) => [...new Set(links.map((a) => (a as HTMLElement).dataset.term))]);
    const listed = await page.locator('[data-chapter-glossary] .gloss-entry').evaluateAll((els) => els.map((e) => e.id.replace(/^gloss-/, '')));
    expect(listed).toEqual(used);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a term link leads to its entry in 本章术语', async ({ page }) => {
    await page.goto(chapterUrl(slug));
    const term = page.locator('a.term').first();
    const id = (await term.getAttribute('data-term'))!;
    await term.click();
    await expect(page).toHaveURL(new RegExp(`#gloss-${id}$`));
    await expect(page.locator(`#gloss-${id}`)).toBeInViewport();
    await expect(page.locator(`#gloss-${id} dd`)).not.toBeEmpty();
  });
});
