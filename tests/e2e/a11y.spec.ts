/** axe (WCAG 2.2 A and AA, including target size) over every page (home, chapters, data, sources, glossary, 404), light and dark. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { chapterUrl, chapters } from '../support/browser';

const pages = ['/', ...chapters().map((c) => chapterUrl(c.slug)), '/data/', '/sources/', '/glossary/', '/sandbox/', '/teach/', '/no-such-page/'];

for (const path of pages) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no WCAG 2.2 AA violation on ${path} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(path);
      await page.locator('main').waitFor();
      // Parts laid out only near the screen (content-visibility: auto) would leave axe's contrast check
      // incomplete there: lay the whole page out.
      await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
      expect(summary).toEqual([]);
    });
  }
}

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto(chapterUrl(chapters()[0].slug));
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
