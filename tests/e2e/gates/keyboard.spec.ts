/**
 * Keyboard gate. On a page of each kind (a chapter with sliders, terms, copy-link buttons and a quiz;
 * the sandbox; the teacher's guide; the glossary; the home, data and sources pages) Tab reaches every
 * shown control, in order, and every stop shows a focus ring (:focus-visible with an outline or a box
 * shadow). Then each kind of control is worked with the keyboard alone: arrow keys, Home and End move a
 * slider and the figure's data-state follows; Enter and Space flip the header toggles; Enter opens a
 * term's definition, Escape closes it and focus returns to the term; Enter copies a step's address;
 * Space and the arrows answer the quiz; the sandbox's selects, number fields and buttons; Enter opens a
 * summary. Prints one line per page: tab stops by kind.
 */
import { expect, test, type Page } from '@playwright/test';
import { chapterUrl, expectStepDrawn, guard } from '../../support/browser';
import { reachableControls, stopSummary, tabThrough, unreached } from '../../support/keyboard';

const CHAPTER = 'liquidity-crisis';
const FIG = 'figure[data-figure="cascade"]';

async function figureState(page: Page, selector = FIG): Promise<Record<string, unknown>> {
  return JSON.parse((await page.locator(selector).first().getAttribute('data-state')) ?? '{}');
}

/**
 * Scrolling can make another step active, and its state replaces the figure's (reader's slider values
 * included) in a task after the next frame: wait until the page has stopped scrolling and that has
 * landed, before a key changes a control (else the step's state undoes the key).
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = -1;
        let still = 0;
        const tick = () => {
          still = window.scrollY === last ? still + 1 : 0;
          last = window.scrollY;
          if (still >= 3) setTimeout(resolve, 100);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/** Focus an element the way Tab does (so :focus-visible applies), starting from the element before it. */
async function tabTo(page: Page, selector: string): Promise<void> {
  const target = page.locator(selector).first();
  await target.scrollIntoViewIfNeeded();
  await target.evaluate((el) => {
    // Focus the previous focusable element in document order without scrolling to it (it can be far
    // above, in the prose before the figure), then Tab onto the target.
    const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].filter(
      (e) => e.tabIndex >= 0 && e.checkVisibility(),
    );
    const i = all.indexOf(el as HTMLElement);
    (i > 0 ? all[i - 1] : (el as HTMLElement)).focus({ preventScroll: true });
  });
  await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
  await settle(page);
}

for (const path of [chapterUrl(CHAPTER), '/sandbox/', '/teach/', '/glossary/', '/', '/data/', '/sources/']) {
  test(`keyboard: on ${path} Tab reaches every control, each with a visible focus ring`, async ({ page }) => {
    test.setTimeout(60_000);
    const seen = await guard(page);
    await page.goto(path);
    await page.locator('main').waitFor();
    await page.waitForLoadState('networkidle');
    const expected = await reachableControls(page);
    const stops = await tabThrough(page);
    console.log(`keyboard ${path.padEnd(28)} ${stops.length} tab stops: ${stopSummary(stops)}`);
    expect(unreached(expected, stops), 'controls Tab never reached').toEqual([]);
    expect(stops.filter((s) => !s.ring).map((s) => s.label), 'stops without a visible focus ring').toEqual([]);
    expect(stops.filter((s) => !s.visible).map((s) => s.label), 'stops on something not shown').toEqual([]);
    expect(seen.errors).toEqual([]);
  });
}

test.describe(`keyboard on chapter ${CHAPTER}`, () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(chapterUrl(CHAPTER, 'crisis-after'));
    await expectStepDrawn(page, 'crisis-after');
  });

  test('the shock slider moves with the arrow keys, Home and End, and the figure follows', async ({ page }) => {
    const slider = `${FIG} input[data-control="shockBp"]`;
    await tabTo(page, slider);
    const start = (await figureState(page)).shockBp as number;
    const { min, max } = await page.locator(slider).evaluate((el) => ({ min: Number((el as HTMLInputElement).min), max: Number((el as HTMLInputElement).max) }));
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await figureState(page)).shockBp).toBe(start + 1);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await figureState(page)).shockBp).toBe(start - 1);
    await page.keyboard.press('End');
    await expect.poll(async () => (await figureState(page)).shockBp).toBe(max);
    await page.keyboard.press('Home');
    await expect.poll(async () => (await figureState(page)).shockBp).toBe(min);
    await expect(page.locator(`${FIG} output[data-control-output="shockBp"]`)).toContainText(String(min));
  });

  test('the central-bank switch turns off and on with the arrow keys', async ({ page }) => {
    await tabTo(page, `${FIG} input[data-control="fed"]`);
    expect((await figureState(page)).fed).toBe(1);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await figureState(page)).fed).toBe(0);
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await figureState(page)).fed).toBe(1);
  });

  test('a term opens with Enter, focus moves into its definition, Escape closes it and focus returns to the term', async ({ page }) => {
    const term = page.locator('#crisis-after a.term, .step a.term').first();
    const id = (await term.getAttribute('data-popover'))!;
    await tabTo(page, `a.term[data-popover="${id}"]`);
    await page.keyboard.press('Enter');
    const card = page.locator(`#${id}`);
    await expect(card).toBeVisible();
    await expect(card.locator('.term-close')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await expect(page.locator(`a.term[data-popover="${id}"]`)).toBeFocused();
    // And the close button works with the keyboard too.
    await page.keyboard.press('Enter');
    await expect(card).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(card).toBeHidden();
    await expect(page.locator(`a.term[data-popover="${id}"]`)).toBeFocused();
  });

  test("a step's copy-link button copies its address with Enter", async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const button = 'button[data-copy-step="crisis-after"]';
    await tabTo(page, button);
    const label = await page.locator(button).textContent();
    await page.keyboard.press('Enter');
    await expect(page.locator(button)).not.toHaveText(label!);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).hash).toBe('#crisis-after');
  });

  test('the quiz answers to Tab, Space and the arrow keys', async ({ page }) => {
    const item = page.locator('[data-quiz-item]').first();
    await tabTo(page, '[data-quiz-item] input[type=radio]');
    await page.keyboard.press('Space');
    await expect(item.locator('[data-quiz-feedback]')).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(item.locator('input[type=radio]').nth(1)).toBeChecked();
    await expect(item.locator('[data-quiz-feedback]')).toBeVisible();
  });

  test('the header toggles flip with Enter and Space', async ({ page }) => {
    const html = page.locator('html');
    await tabTo(page, '[data-theme-toggle]');
    const before = await html.getAttribute('data-theme');
    await page.keyboard.press('Enter');
    await expect(html).not.toHaveAttribute('data-theme', before ?? '');
    const after = await html.getAttribute('data-theme');
    await page.keyboard.press('Space');
    await expect(html).not.toHaveAttribute('data-theme', after!);

    const motion = page.locator('[data-motion-toggle]');
    await tabTo(page, '[data-motion-toggle]');
    const pressed = await motion.getAttribute('aria-pressed');
    await page.keyboard.press('Enter');
    await expect(motion).not.toHaveAttribute('aria-pressed', pressed!);
    await page.keyboard.press('Space');
    await expect(motion).toHaveAttribute('aria-pressed', pressed!);
  });

  test('the table of contents opens with Enter', async ({ page }) => {
    await tabTo(page, '.toc summary');
    await page.keyboard.press('Enter');
    await expect(page.locator('.toc')).toHaveAttribute('open', '');
    await page.keyboard.press('Tab');
    await expect(page.locator('.toc a').first()).toBeFocused();
  });
});

test('keyboard: the sandbox works from the keyboard alone', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/sandbox/');
  const panel = (name: string) => `[data-sandbox-panel="${name}"]`;
  const model = page.locator('[data-sandbox-model]');
  await expect(model).toBeEnabled();
  const first = await model.inputValue();
  const figure = `${panel(first)} figure[data-figure]`;

  // A number field: ArrowUp changes the figure and the address.
  const field = `[data-sandbox-form="${first}"] input[type=number]`;
  await tabTo(page, field);
  const before = await page.locator(figure).getAttribute('data-state');
  const url = page.url();
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(figure)).not.toHaveAttribute('data-state', before!);
  expect(page.url()).not.toBe(url);

  // Reset with Enter brings the default back.
  await tabTo(page, '[data-sandbox-reset]');
  await page.keyboard.press('Enter');
  await expect(page.locator(figure)).toHaveAttribute('data-state', before!);

  // Copy link with Space.
  await tabTo(page, '[data-sandbox-copy]');
  await page.keyboard.press('Space');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

  // The model select: an arrow key shows another model.
  await tabTo(page, '[data-sandbox-model]');
  await page.keyboard.press('ArrowDown');
  const second = await model.inputValue();
  expect(second).not.toBe(first);
  await expect(page.locator(panel(second))).toBeVisible();
  await expect(page.locator(panel(first))).toBeHidden();

  // A preset, chosen with the arrow keys, loads its model and state.
  await tabTo(page, '[data-sandbox-preset]');
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/example=/);
});

test('keyboard: a summary of the teacher guide opens with Enter and Space closes it', async ({ page }) => {
  await page.goto('/teach/');
  const summary = page.locator('main details summary').first();
  const details = page.locator('main details').first();
  await tabTo(page, 'main details summary');
  const open = await details.evaluate((d) => (d as HTMLDetailsElement).open);
  await page.keyboard.press('Enter');
  await expect.poll(() => details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(!open);
  await page.keyboard.press('Space');
  await expect.poll(() => details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(open);
  await expect(summary).toBeFocused();
});
