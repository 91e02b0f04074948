/**
 * Load stays light (Lighthouse's blocking time): a figure below the screen does not start while
 * the page loads (its build drawing already shows its first step); the reader's first scroll
 * starts it, and it then draws that step as usual. GSAP and ScrollTrigger, which every figure
 * needs, load once the page is idle after loading, before the reader's first scroll.
 */
import { expect, test } from '@playwright/test';
import { chapterUrl, chapters, expectStepDrawn, figureOf, guard, scrollToStep } from '../support/browser';

const chapter = chapters().find((c) => c.slug === 'risks')!;
const first = chapter.scrollies[0].steps[0].id;

test.use({ viewport: { width: 390, height: 844 } });

test('an off-screen figure waits for the first scroll, then draws its step', async ({ page }) => {
  const seen = await guard(page);
  const scripts: string[] = [];
  page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
  await page.goto(chapterUrl(chapter.slug));
  const figure = page.locator(`[data-scrolly]:has(#${first}) figure[data-figure]`);
  expect((await figure.boundingBox())!.y).toBeGreaterThan(844); // below the screen at load
  await page.waitForLoadState('networkidle');
  await expect(figure).not.toHaveAttribute('data-active-step');
  // Loaded while idle, before any scroll: evaluating GSAP is a long task on a slow phone.
  await expect.poll(() => scripts.filter((p) => /\/(gsap|ScrollTrigger)\.[^/]+\.js$/.test(p)).length).toBe(2);
  await expect(figure).not.toHaveAttribute('data-active-step');
  await page.mouse.wheel(0, 200);
  await expectStepDrawn(page, first);
  expect(seen.errors).toEqual([]);
});

test.describe('on a desktop (1280 × 720)', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the build draws a figure at its live width, so starting it moves no mark and lays out no text again', async ({ page }) => {
    const seen = await guard(page);
    const crisis = chapters().find((c) => c.slug === 'liquidity-crisis')!;
    await page.goto(chapterUrl(crisis.slug));
    await page.waitForLoadState('networkidle');
    for (const scrolly of crisis.scrollies) {
      const step = scrolly.steps[0].id;
      const figure = figureOf(page, step);
      await expect(figure).not.toHaveAttribute('data-active-step'); // not started yet
      // Every change the start makes to the build's drawing, recorded from before it starts.
      await figure.evaluate((el) => {
        const changes: string[] = [];
        const svg = el.querySelector('svg[data-figure-svg]')!;
        new MutationObserver((records) => {
          for (const r of records) changes.push(r.type === 'attributes' ? `${(r.target as Element).getAttribute('data-key')} ${r.attributeName}` : r.type);
        }).observe(svg, { subtree: true, attributes: true, childList: true, characterData: true });
        (el as HTMLElement & { changes?: string[] }).changes = changes;
      });
      await scrollToStep(page, step);
      await expectStepDrawn(page, step);
      await page.waitForTimeout(300);
      const changes = await figure.evaluate((el) => (el as HTMLElement & { changes?: string[] }).changes);
      expect(changes, `${scrolly.figure}: changes to the build's drawing at start`).toEqual([]);
    }
    expect(seen.errors).toEqual([]);
  });
});
