/**
 * The chapter's tail (self-test, chapter terms, sources) is laid out ahead while the reader is idle
 * within five screens of it (tail-layout.ts), so a fling to the end does not lay it all out in the
 * frames of that scroll. Before the reader comes near, it stays unrendered (content-visibility: auto).
 */
import { expect, test, type Page } from '@playwright/test';
import { chapterUrl, chapters, guard } from '../support/browser';

const chapter = chapters().find((c) => c.slug === 'liquidity-crisis')!;
const lastScrolly = chapter.scrollies[chapter.scrollies.length - 1];
const lastStep = lastScrolly.steps[lastScrolly.steps.length - 1].id;

/** For each item of the tail: how far below the screen's bottom it starts (px), and whether its content is rendered. */
function tail(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.quiz-item, .gloss-entry, .sources li')].map((el) => ({
      below: el.getBoundingClientRect().top - window.innerHeight,
      rendered: (el.firstElementChild ?? el).checkVisibility({ contentVisibilityAuto: true }),
    })),
  );
}

test('near the end of a chapter, its tail is laid out ahead, also the part still screens away', async ({ page }) => {
  const seen = await guard(page);
  await page.goto(chapterUrl(chapter.slug));
  await page.waitForLoadState('networkidle');
  const atTop = await tail(page);
  expect(atTop.length).toBeGreaterThan(10);
  expect(atTop.every((item) => !item.rendered)).toBe(true); // far away: not rendered yet
  await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), lastStep);
  await expect.poll(async () => (await tail(page)).every((item) => item.rendered), { timeout: 10_000 }).toBe(true);
  // Some of it is still more than a screen below: the browser alone would not have rendered that yet.
  const viewport = page.viewportSize()!.height;
  expect((await tail(page)).filter((item) => item.below > viewport).length).toBeGreaterThan(3);
  expect(seen.errors).toEqual([]);
});
