/**
 * The teacher's guide: every chapter with its objectives and key terms; every
 * exercise links to a sandbox preset that exists (it opens with no notice)
 * and keeps its answer behind a disclosure; lesson plans and misconceptions.
 */
import { expect, test } from '@playwright/test';
import { chapters } from '../support/browser';

test('lists every chapter with its objectives, in order, and the lesson plans', async ({ page }) => {
  await page.goto('/teach/');
  const sections = page.locator('.teach-chapter');
  await expect(sections).toHaveCount(chapters().length);
  const links = await page.locator('.teach-chapter h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links).toEqual(chapters().map((c) => `/chapters/${c.slug}/`));
  for (const s of await sections.all()) expect(await s.locator('ul li').count()).toBeGreaterThanOrEqual(2);
  await expect(page.locator('#lesson-plans h2').first()).toBeVisible();
});

test('every exercise opens an existing sandbox preset, and its answer is behind a disclosure', async ({ page }) => {
  await page.goto('/teach/');
  const presetLinks = await page.locator('.teach-chapter a[href*="/sandbox/?example="]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  for (const details of await page.locator('.teach-chapter details').all()) await expect(details).not.toHaveAttribute('open', /.*/);
  for (const href of [...new Set(presetLinks)]) {
    await page.goto(href);
    const id = new URL(href, page.url()).searchParams.get('example');
    await expect(page.locator('[data-sandbox-preset]')).toHaveValue(id!);
    await expect(page.locator('[data-sandbox-notice]')).toBeHidden();
  }
});

test('key terms link to their glossary entries', async ({ page }) => {
  await page.goto('/teach/');
  const hrefs = await page.locator('.teach-terms a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  await page.goto('/glossary/');
  for (const href of hrefs) await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toHaveCount(1);
});
