/**
 * The sandbox: every parameter is a labelled control, the URL holds the
 * whole state (a reload reproduces the view exactly), garbage in the URL is
 * clamped with a visible notice and no error, and presets reproduce the
 * chapters' figure states.
 */
import { expect, test, type Page } from '@playwright/test';
import { chapterUrl, chapters, guard } from '../support/browser';
import { declaredScrollies } from '../support/pages';

const figure = (page: Page, model: string) => page.locator(`[data-sandbox-panel="${model}"] figure[data-figure]`);

test('every parameter of every model is a labelled control with its unit', async ({ page }) => {
  await page.goto('/sandbox/');
  const models = await page.locator('[data-sandbox-model] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(models.length).toBeGreaterThan(0);
  for (const model of models) {
    const controls = page.locator(`[data-sandbox-form="${model}"] .sandbox-control`);
    expect(await controls.count()).toBeGreaterThan(0);
    for (const control of await controls.all()) {
      const label = control.locator('label');
      await expect(label).toHaveText(/[\u4e00-\u9fff]/);
      const forId = await label.getAttribute('for');
      await expect(page.locator(`[id="${forId}"]`)).toHaveCount(1);
    }
  }
});

test('the URL round trip: set a control, reload, same controls and same figure state', async ({ page }) => {
  const { errors } = await guard(page);
  await page.goto('/sandbox/?model=repo-carry');
  const rate = page.locator('[data-sandbox-form="repo-carry"] input[type=number][data-param="rate"]');
  await rate.fill('6.5');
  await expect(figure(page, 'repo-carry')).toHaveAttribute('data-state', /"rate":6\.5/);
  await expect(page).toHaveURL(/rate=6\.5/);
  const state = await figure(page, 'repo-carry').getAttribute('data-state');
  const url = page.url();
  await page.reload();
  expect(page.url()).toBe(url);
  await expect(figure(page, 'repo-carry')).toHaveAttribute('data-state', state!);
  await expect(rate).toHaveValue('6.5');
  await expect(page.locator('[data-sandbox-notice]')).toBeHidden();
  expect(errors).toEqual([]);
});

test('garbage in the URL is clamped to valid values with a notice naming each change, and no error', async ({ page }) => {
  const { errors } = await guard(page);
  await page.goto('/sandbox/?model=repo-carry&rate=1e9&example=nope&funds=-5&haircut=abc');
  const notice = page.locator('[data-sandbox-notice]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('回购利率');
  await expect(notice).toContainText('1e9');
  await expect(notice).toContainText('funds');
  await expect(notice).toContainText('nope');
  await expect(figure(page, 'repo-carry')).toHaveAttribute('data-state', /"rate":8\b/);
  await expect(page).toHaveURL(/rate=8(&|$)/);
  expect(errors).toEqual([]);
});

test('a preset reproduces the chapter figure state it names', async ({ page }) => {
  const scrolly = declaredScrollies().find((s) => s.figure === 'repo-carry' && s.steps.some((st) => st.state.preset === 'sofr-spike'))!;
  const step = scrolly.steps.find((st) => st.state.preset === 'sofr-spike')!;
  const chapter = chapters().find((c) => scrolly.page.endsWith(c.file))!;
  await page.goto(chapterUrl(chapter.slug));
  const expected = await page.locator(`#${step.id} [data-step-summary]`).getAttribute('data-step-summary');
  await page.goto('/sandbox/?example=sofr-spike-2019');
  await expect(figure(page, 'repo-carry')).toHaveAttribute('data-state', expected!);
  await expect(page.locator('[data-sandbox-preset]')).toHaveValue('sofr-spike-2019');
});

test('reset returns to the defaults and copy-link copies the exact address', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/sandbox/?model=repo-carry');
  const initial = await figure(page, 'repo-carry').getAttribute('data-state');
  await page.locator('[data-sandbox-form="repo-carry"] select[data-param="preset"]').selectOption('breakeven');
  await expect(figure(page, 'repo-carry')).not.toHaveAttribute('data-state', initial!);
  await page.locator('[data-sandbox-copy]').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  await page.locator('[data-sandbox-reset]').click();
  await expect(figure(page, 'repo-carry')).toHaveAttribute('data-state', initial!);
});

test('March 2020 with the Fed reproduces chapter 8’s last step; without it, more forced sales and a lower basis', async ({ page }) => {
  const step = declaredScrollies()
    .filter((s) => s.figure === 'cascade')
    .flatMap((s) => s.steps)
    .at(-1)!;
  const chapter = chapters().find((c) => c.scrollies.some((s) => s.steps.some((st) => st.id === step.id)))!;
  await page.goto(chapterUrl(chapter.slug));
  const expected = await page.locator(`#${step.id} [data-step-summary]`).getAttribute('data-step-summary');
  await page.goto('/sandbox/?example=march-2020-fed');
  await expect(figure(page, 'cascade')).toHaveAttribute('data-state', expected!);
  const withFed = JSON.parse((await figure(page, 'cascade').getAttribute('data-state'))!);
  await page.goto('/sandbox/?example=march-2020-no-fed');
  await expect(figure(page, 'cascade')).not.toHaveAttribute('data-state', expected!);
  const noFed = JSON.parse((await figure(page, 'cascade').getAttribute('data-state'))!);
  expect(noFed.fed).toBe(0);
  expect(noFed.forcedToDateBn).toBeGreaterThan(withFed.forcedToDateBn);
  expect(noFed.grossBasis).toBeLessThan(withFed.grossBasis);
});
