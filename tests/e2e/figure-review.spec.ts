/**
 * Figure review (phones): a tapped read-out stays on screen (a touch fires
 * pointerleave right after pointerup, which used to hide it at once) and
 * fits inside the figure; a tap elsewhere hides it. The static figures
 * printed for readers without JavaScript are drawn at about their shown
 * size on a phone, so their text is not shrunk below the drawn size.
 */
import { expect, test } from '@playwright/test';
import { expectStepDrawn, figureOf, guard } from '../support/browser';

test.describe('on a phone (390×844, touch)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const { url, step } of [
    { url: '/chapters/not-a-tug-of-war/', step: 'tugwar-mirror' },
    { url: '/data/', step: 'data-yields-snapback' },
  ]) {
    test(`a tap on ${step} keeps its read-out inside the figure until a tap elsewhere`, async ({ page }) => {
      const seen = await guard(page);
      await page.goto(`${url}#${step}`);
      await expectStepDrawn(page, step);
      const figure = figureOf(page, step);
      const svg = figure.locator('svg[data-figure-svg]');
      const tip = figure.locator('[data-figure-tip]');
      const box = (await svg.boundingBox())!;
      // Near the right edge, where a read-out placed to the right of the finger would leave the screen.
      await page.touchscreen.tap(box.x + box.width * 0.93, box.y + box.height * 0.5);
      await page.waitForTimeout(300);
      await expect(tip).toBeVisible();
      await expect(tip).toContainText('日');
      const t = (await tip.boundingBox())!;
      expect(t.x).toBeGreaterThanOrEqual(box.x - 1);
      expect(t.x + t.width).toBeLessThanOrEqual(box.x + box.width + 1);
      expect(t.y).toBeGreaterThanOrEqual(box.y - 1);
      // A tap outside the figure (the step text) hides it.
      const card = page.locator(`#${step}`).locator('xpath=ancestor::*[contains(@class,"step")][1]');
      const cardBox = (await card.boundingBox())!;
      await page.touchscreen.tap(cardBox.x + cardBox.width / 2, cardBox.y + Math.min(40, cardBox.height / 2));
      await page.waitForTimeout(200);
      await expect(tip).toBeHidden();
      expect(seen.errors).toEqual([]);
    });
  }
});

test.describe('without JavaScript on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });

  for (const url of ['/chapters/why-the-fed-worries/', '/chapters/where-the-spread-comes-from/', '/chapters/three-steps/', '/chapters/risks/', '/chapters/not-a-tug-of-war/', '/data/']) {
    test(`static step figures on ${url} are drawn near their shown width (text not shrunk)`, async ({ page }) => {
      await page.goto(url);
      const svgs = page.locator('.step-figure svg');
      const n = await svgs.count();
      expect(n).toBeGreaterThan(0);
      for (let i = 0; i < n; i++) {
        const svg = svgs.nth(i);
        const shown = (await svg.boundingBox())!.width;
        const drawn = Number((await svg.getAttribute('viewBox'))!.split(' ')[2]);
        // Scale of text = shown / drawn: at least 0.9, so 11-px notes stay near 10 px.
        expect(shown / drawn, `figure ${i} on ${url}`).toBeGreaterThan(0.9);
      }
    });
  }
});
