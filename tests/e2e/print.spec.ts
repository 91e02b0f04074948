/**
 * Printing a chapter gives a clean handout: every step's text with its own
 * static figure, no sticky figure and no controls, link addresses printed
 * after external links, light colours whatever the theme, figures kept whole.
 */
import { expect, test } from '@playwright/test';
import { chapterUrl, chapters, scrollToStep } from '../support/browser';

const chapter = chapters().find((c) => c.slug === 'risks') ?? chapters()[0];

test('print emulation shows every step with its figure, hides controls and prints link addresses, in light colours', async ({ page }) => {
  await page.goto(chapterUrl(chapter.slug));
  // A figure starts once the reader scrolls near it (controller.ts).
  await scrollToStep(page, chapter.scrollies[0].steps[0].id);
  await page.locator('[data-scrolly] figure[data-active-step]').first().waitFor({ state: 'attached' });
  // With JavaScript the steps' own drawings stay inert (<noscript>) until printing asks for them.
  await expect(page.locator('.step-figure svg')).toHaveCount(0);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const steps = page.locator('section.step');
  const count = await steps.count();
  expect(count).toBe(chapter.scrollies.reduce((n, s) => n + s.steps.length, 0));
  for (const step of await steps.all()) {
    await expect(step.locator('.step-body')).toBeVisible();
    await expect(step.locator('.step-figure svg')).toBeVisible();
    await expect(step.locator('.step-copy')).toBeHidden();
    expect(await step.locator('.step-figure').evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
  }
  await expect(page.locator('.scrolly-figure').first()).toBeHidden();
  await expect(page.locator('.figure-controls')).toHaveCount(await page.locator('.figure-controls').count());
  for (const c of await page.locator('.figure-controls').all()) await expect(c).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  const link = page.locator('.sources a[href^="http"]').first();
  const href = await link.getAttribute('href');
  expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toContain(href!);
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = bg.match(/\d+/g)!.map(Number);
  expect(Math.min(r, g, b)).toBeGreaterThan(230);
});
