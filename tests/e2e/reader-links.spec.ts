/**
 * Links a reader shares: the address bar follows the active step without a
 * history entry per step, every step's copy-link button copies its exact
 * address, term pop-ups lead to the glossary page, and an unknown address
 * gets a Chinese 404 page with the way back.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { chapterUrl, chapters, guard, scrollToStep } from '../support/browser';
import { ROOT } from '../support/pages';

const chapter = chapters().find((c) => c.scrollies.some((s) => s.steps.length >= 3))!;
const steps = chapter.scrollies.flatMap((s) => s.steps.map((st) => st.id));

test('while reading, the hash follows the active step with no history entry per step, and back leaves the page', async ({ page }) => {
  const { errors } = await guard(page);
  await page.goto('/');
  await page.goto(chapterUrl(chapter.slug));
  const before = await page.evaluate(() => history.length);
  for (const id of steps.slice(0, 3)) {
    await scrollToStep(page, id);
    await expect.poll(() => new URL(page.url()).hash).toBe(`#${id}`);
  }
  expect(await page.evaluate(() => history.length)).toBe(before);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  expect(new URL(page.url()).pathname).toBe('/');
  expect(errors).toEqual([]);
});

test('a step copy-link button copies the exact address of that step', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(chapterUrl(chapter.slug));
  const id = steps[1];
  const button = page.locator(`#${id} button[data-copy-step]`);
  await expect(button).toBeVisible();
  await button.click();
  await expect(button).toHaveText(/已复制/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(new URL(chapterUrl(chapter.slug, id), page.url()).href);
  // The copied address opens on that step.
  await page.goto(copied);
  await expect(page.locator(`[data-scrolly]:has(#${id}) figure[data-figure]`)).toHaveAttribute('data-active-step', id);
});

test('a term pop-up links to the term on the glossary page', async ({ page }) => {
  await page.goto(chapterUrl(chapter.slug));
  const term = page.locator('a.term').first();
  const id = (await term.getAttribute('data-term'))!;
  await term.click();
  const more = page.locator(`#${(await term.getAttribute('data-popover'))!} a.term-more`);
  await expect(more).toHaveAttribute('href', `/glossary/#${id}`);
  await more.click();
  await expect(page).toHaveURL(new RegExp(`/glossary/#${id}$`));
  await expect(page.locator(`[id="${id}"]`)).toBeVisible();
  expect(await page.locator(`[id="${id}"]`).evaluate((el) => el.matches(':target'))).toBe(true);
});

test('the glossary page lists every term, with its English name and definition, in pinyin order', async ({ page }) => {
  const ids = readdirSync(join(ROOT, 'src/content/glossary')).map((f) => f.replace(/\.yaml$/, ''));
  await page.goto('/glossary/');
  const listed = await page.locator('.glossary-list .gloss-entry').evaluateAll((els) => els.map((e) => e.id));
  expect([...listed].sort()).toEqual([...ids].sort());
  const terms = await page.locator('.glossary-list dt .gloss-anchor').allTextContents();
  expect(terms).toEqual([...terms].sort(new Intl.Collator('zh-CN').compare));
  for (const entry of await page.locator('.glossary-list .gloss-entry').all()) {
    await expect(entry.locator('.term-en')).not.toBeEmpty();
    await expect(entry.locator('dd')).not.toBeEmpty();
  }
});

test('an unknown address gets the Chinese 404 page with a link to every chapter', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('找不到这一页');
  const links = await page.locator('.not-found .chapter-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links).toEqual(chapters().map((c) => chapterUrl(c.slug)));
});
