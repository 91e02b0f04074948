/**
 * The foundation chapter (chapter 2, the 奶茶 margin account) end to end:
 * loads clean and offline, follows the scroll, deep links without replay,
 * keeps its state on reload and back, reads without JavaScript, honours
 * reduced motion and fits a phone.
 */
import { expect, test } from '@playwright/test';
import { chapterUrl, expectStepDrawn, figureOf, guard, scrollToStep } from '../support/browser';

const SLUG = 'where-the-spread-comes-from';
const STEPS = ['milk-tea-open', 'milk-tea-levels', 'milk-tea-call', 'milk-tea-top-up', 'milk-tea-close'];

test('the chapter loads with no console error and no request to another host', async ({ page }) => {
  const seen = await guard(page);
  await page.goto(chapterUrl(SLUG));
  await expect(page.locator(`article[data-chapter="${SLUG}"]`)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await scrollToStep(page, STEPS[1]);
  await expectStepDrawn(page, STEPS[1]);
  expect(seen.foreign).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test('scrolling through the steps changes the figure to each declared state', async ({ page }) => {
  await page.goto(chapterUrl(SLUG));
  const figure = figureOf(page, STEPS[0]);
  const states = new Set<string>();
  for (const id of STEPS) {
    await scrollToStep(page, id);
    await expectStepDrawn(page, id);
    states.add((await figure.getAttribute('data-state'))!);
  }
  expect(states.size).toBe(STEPS.length);
  // The call step: the balance fell below maintenance and a call restores the initial margin.
  await scrollToStep(page, 'milk-tea-call');
  await expectStepDrawn(page, 'milk-tea-call');
  const call = JSON.parse((await figure.getAttribute('data-state'))!);
  expect(call.call).toBeGreaterThan(0);
  expect(call.balance + call.call).toBe(10);
  // And scrolling back up goes back to an earlier state.
  await scrollToStep(page, STEPS[1]);
  await expectStepDrawn(page, STEPS[1]);
});

test('a deep link to step 4 draws step 4 at once, without replaying steps 1–3', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __steps: string[] }).__steps = seen;
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target as HTMLElement;
        if (r.attributeName === 'data-active-step' && el.dataset.activeStep) seen.push(el.dataset.activeStep);
      }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-active-step'] });
  });
  await page.goto(chapterUrl(SLUG, STEPS[3]));
  await expectStepDrawn(page, STEPS[3]);
  const history = await page.evaluate(() => (window as unknown as { __steps: string[] }).__steps);
  expect(history[0]).toBe(STEPS[3]);
  expect(history.filter((id) => STEPS.indexOf(id) < 3)).toEqual([]);
  await expect(page.locator(`#${STEPS[3]}`)).toBeInViewport();
});

test('reload and back keep the step the reader was on', async ({ page }) => {
  await page.goto(chapterUrl(SLUG));
  await scrollToStep(page, STEPS[4]);
  await expectStepDrawn(page, STEPS[4]);
  await page.reload();
  await expectStepDrawn(page, STEPS[4]);
  await page.goto('/');
  await page.goBack();
  await expectStepDrawn(page, STEPS[4]);
});

test('without JavaScript the text and a static figure for every step are there', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(chapterUrl(SLUG));
  await expect(page.locator('html')).toHaveClass(/no-js/);
  for (const id of STEPS) {
    const step = page.locator(`#${id}`);
    await expect(step.locator('.step-body')).toBeVisible();
    await expect(step.locator('.step-figure svg')).toBeVisible();
    expect(await step.locator('.step-figure svg [data-key]').count()).toBeGreaterThan(10);
    await expect(step.locator('.step-alt')).toHaveText(/^图：.*奶茶期货结算价 \d+ 美元/);
  }
  // The figure of the call step shows the call.
  // (The drawing itself: Playwright's text of the step-figure box skips the <noscript> it sits in.)
  await expect(page.locator('#milk-tea-call .step-figure svg')).toContainText('追加');
  await context.close();
});

test('with reduced motion the states still follow the steps, with no tweening', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(chapterUrl(SLUG));
  // An off-screen figure starts once the reader scrolls near it (controller.ts).
  await scrollToStep(page, STEPS[0]);
  await expectStepDrawn(page, STEPS[0]);
  for (const id of STEPS.slice(1, 4)) {
    await scrollToStep(page, id);
    await expectStepDrawn(page, id);
    // Drawn at once: the geometry read right now equals the geometry a moment later.
    const path = figureOf(page, id).locator('[data-key="price-panel"] > [data-key="path"]');
    const now = await path.getAttribute('d');
    await page.waitForTimeout(300);
    expect(await path.getAttribute('d')).toBe(now);
  }
});

test('with motion allowed the figure tweens between steps (so the reduced-motion test can fail)', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto(chapterUrl(SLUG));
  await scrollToStep(page, STEPS[1]);
  await expectStepDrawn(page, STEPS[1]);
  await page.waitForTimeout(800); // let ScrollTrigger and GSAP load and settle
  const path = figureOf(page, STEPS[2]).locator('[data-key="price-panel"] > [data-key="path"]');
  const before = await path.getAttribute('d');
  await scrollToStep(page, STEPS[2]);
  await expect(figureOf(page, STEPS[2])).toHaveAttribute('data-active-step', STEPS[2]);
  const during = await path.getAttribute('d');
  await expect.poll(() => path.getAttribute('d')).not.toBe(during);
  expect(before).not.toBeNull();
});

test('the motion toggle turns tweening off and is remembered', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto(chapterUrl(SLUG));
  const toggle = page.locator('[data-motion-toggle]');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-motion', 'off');
  await scrollToStep(page, STEPS[2]);
  await expectStepDrawn(page, STEPS[2]);
});

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('figure above the text, no horizontal scroll', async ({ page }) => {
    await page.goto(chapterUrl(SLUG, STEPS[3]));
    await expectStepDrawn(page, STEPS[3]);
    const figure = figureOf(page, STEPS[3]);
    const text = page.locator(`#${STEPS[3]} .step-body`);
    await expect(figure).toBeInViewport();
    await expect(text).toBeInViewport();
    const f = (await figure.boundingBox())!;
    const t = (await text.boundingBox())!;
    expect(f.y + f.height).toBeLessThanOrEqual(t.y + 1);
    expect(f.width).toBeGreaterThan(300);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
