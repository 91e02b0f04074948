/**
 * The four data figures on /data/: they draw without JavaScript, follow
 * the steps, read out the right value on hover, and their data tables hold
 * the datasets' rows. Expected values are computed here from src/data.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectStepDrawn, figureOf, guard, scrollToStep } from '../support/browser';
import { pages } from '../support/pages';

const DATA_URL = '/data/';
const json = (name: string) => JSON.parse(readFileSync(resolve(process.cwd(), 'src/data', name), 'utf8'));
const p10 = json('positions-10y.json') as { date: string[]; levShortBn: number[]; amLongBn: number[] };
const rates = json('rates-stress.json') as { windows: { id: string; date: string[]; sofr: (number | null)[] }[] };
const yields = json('yields-2020.json') as { date: string[]; dgs10: (number | null)[] };
const fed = json('fed-holdings.json') as { date: string[]; treastBn: (number | null)[] };

/** Step ids of the data page, per figure, in order (read from its MDX by the build's own reader). */
function dataSteps(): { figure: string; ids: string[] }[] {
  const page = pages().find((p) => p.url === '/data/')!;
  return page.scrollies.map((s) => ({ figure: s.figure, ids: s.steps.map((step) => step.id) }));
}
const SCROLLIES = dataSteps();
const FIGURES = ['positions', 'repo-rates', 'yields-2020', 'fed-holdings'];
const yi = (bn: number) => `${Math.round(bn * 10).toLocaleString('en-US')} 亿美元`;

test('the data page has one scrolly per data figure, 3 to 5 steps each', () => {
  expect(SCROLLIES.map((s) => s.figure)).toEqual(FIGURES);
  for (const s of SCROLLIES) {
    expect(s.ids.length).toBeGreaterThanOrEqual(3);
    expect(s.ids.length).toBeLessThanOrEqual(5);
  }
});

test('without JavaScript every data figure and every step prints its SVG with data paths', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(DATA_URL);
  for (const name of FIGURES) {
    const figure = page.locator(`figure[data-figure="${name}"]`);
    await expect(figure).toHaveCount(1);
    const ds = await figure.locator('svg[data-figure-svg] path').evaluateAll((els) => els.map((e) => e.getAttribute('d') ?? ''));
    expect(ds.filter((d) => d.length > 200).length, name).toBeGreaterThan(0);
    // The source line and the data table are printed at build.
    await expect(figure.locator('.figure-source')).not.toBeEmpty();
    expect(await figure.locator('[data-figure-table] tbody tr').count()).toBeGreaterThan(10);
  }
  for (const s of SCROLLIES) {
    for (const id of s.ids) {
      const paths = await page.locator(`#${id} .step-figure svg path`).evaluateAll((els) => els.filter((e) => (e.getAttribute('d') ?? '').length > 200).length);
      expect(paths, id).toBeGreaterThan(0);
      await expect(page.locator(`#${id} .step-alt`)).not.toBeEmpty();
    }
  }
  await context.close();
});

test('each step draws its declared state, and every step changes the figure', async ({ page }) => {
  const seen = await guard(page);
  await page.goto(DATA_URL);
  for (const s of SCROLLIES) {
    let previous = '';
    for (const id of s.ids) {
      await scrollToStep(page, id);
      await expectStepDrawn(page, id);
      const state = (await figureOf(page, id).getAttribute('data-state'))!;
      expect(state, `${id} changes the figure`).not.toBe(previous);
      previous = state;
    }
  }
  // Declared fields reach the figure's state.
  await scrollToStep(page, 'data-positions-unwind');
  await expectStepDrawn(page, 'data-positions-unwind');
  const st = JSON.parse((await figureOf(page, 'data-positions-unwind').getAttribute('data-state'))!);
  expect(st).toMatchObject({ dataset: '10y', highlight: 'unwind', week: '2020-03-03', levShortBn: p10.levShortBn[p10.date.indexOf('2020-03-03')] });
  expect(seen.foreign).toEqual([]);
  expect(seen.errors).toEqual([]);
});

/** Binary-search the pointer along the figure (dates grow left to right) until the read-out names `iso`; return it. */
async function hoverUntil(page: Page, stepId: string, iso: string): Promise<string> {
  const figure = figureOf(page, stepId);
  const box = (await figure.locator('svg[data-figure-svg]').boundingBox())!;
  const tip = figure.locator('[data-figure-tip]');
  const y = box.y + box.height / 2;
  const readAt = async (x: number): Promise<{ text: string; date: string | null }> => {
    await page.mouse.move(x, y);
    const text = (await tip.isVisible()) ? ((await tip.textContent()) ?? '') : '';
    const m = /^(\d+) 年 (\d+) 月 (\d+) 日/.exec(text);
    return { text, date: m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : null };
  };
  let lo = box.x + 1;
  let hi = box.x + box.width - 1;
  for (let k = 0; k < 24 && hi - lo > 0.5; k++) {
    const mid = (lo + hi) / 2;
    const { text, date } = await readAt(mid);
    if (date === iso) return text;
    if (date === null || date < iso) lo = mid;
    else hi = mid;
  }
  return (await readAt(hi)).date === iso ? (await readAt(hi)).text : '';
}

test('hover read-outs show the dataset values of a known day', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(DATA_URL);

  await scrollToStep(page, 'data-positions-unwind');
  await expectStepDrawn(page, 'data-positions-unwind');
  const i = p10.date.indexOf('2020-03-03');
  const posText = await hoverUntil(page, 'data-positions-unwind', '2020-03-03');
  expect(posText).toContain(`杠杆基金空头 ${yi(p10.levShortBn[i])}`);
  expect(posText).toContain(`资产管理人多头 ${yi(p10.amLongBn[i])}`);

  await scrollToStep(page, 'data-repo-sep-spike');
  await expectStepDrawn(page, 'data-repo-sep-spike');
  const sep = rates.windows.find((w) => w.id === 'sep2019')!;
  const repoText = await hoverUntil(page, 'data-repo-sep-spike', '2019-09-17');
  expect(repoText).toContain(`SOFR ${sep.sofr[sep.date.indexOf('2019-09-17')]!.toFixed(2)}%`);

  await scrollToStep(page, 'data-yields-april');
  await expectStepDrawn(page, 'data-yields-april');
  const yText = await hoverUntil(page, 'data-yields-april', '2020-03-18');
  expect(yText).toContain(`10 年期 ${yields.dgs10[yields.date.indexOf('2020-03-18')]!.toFixed(2)}%`);

  await scrollToStep(page, 'data-fed-after');
  await expectStepDrawn(page, 'data-fed-after');
  const fText = await hoverUntil(page, 'data-fed-after', '2020-04-29');
  expect(fText).toContain(yi(fed.treastBn[fed.date.indexOf('2020-04-29')]!));
});

test('the data tables hold the datasets: row counts and values', async ({ page }) => {
  await page.goto(DATA_URL);
  const rows = (name: string) => page.locator(`figure[data-figure="${name}"] [data-figure-table] tbody tr`);
  const cells = async (name: string, date: string) =>
    rows(name)
      .filter({ has: page.locator('th', { hasText: new RegExp(`^${date}$`) }) })
      .locator('th, td')
      .allTextContents();

  // positions: the first step shows 2010-01-01 … latest week of the 10-year file.
  await expect(rows('positions')).toHaveCount(p10.date.filter((d) => d >= '2010-01-01').length);
  for (const d of ['2010-01-05', '2020-03-03', p10.date.at(-1)!]) {
    const k = p10.date.indexOf(d);
    expect(await cells('positions', d)).toEqual([d, Math.round(p10.levShortBn[k] * 10).toLocaleString('en-US'), Math.round(p10.amLongBn[k] * 10).toLocaleString('en-US')]);
  }
  // repo-rates: the first step shows the September 2019 window.
  const sep = rates.windows.find((w) => w.id === 'sep2019')!;
  await expect(rows('repo-rates')).toHaveCount(sep.date.length);
  expect((await cells('repo-rates', '2019-09-17'))[1]).toBe(sep.sofr[sep.date.indexOf('2019-09-17')]!.toFixed(2));
  // yields and Fed holdings: every day / week of the file.
  await expect(rows('yields-2020')).toHaveCount(yields.date.length);
  expect((await cells('yields-2020', '2020-03-09'))[1]).toBe(yields.dgs10[yields.date.indexOf('2020-03-09')]!.toFixed(2));
  await expect(rows('fed-holdings')).toHaveCount(fed.date.length);
  expect((await cells('fed-holdings', '2020-03-11'))[1]).toBe(Math.round(fed.treastBn[fed.date.indexOf('2020-03-11')]! * 10).toLocaleString('en-US'));
});

test('the footer links to /sources/, which lists every dataset and links back to /data/', async ({ page }) => {
  await page.goto('/');
  await page.locator('.site-footer a.footer-link[href$="/sources/"]').click();
  await expect(page).toHaveURL(/\/sources\/$/);
  await expect(page.locator('[data-dataset]')).toHaveCount(5);
  expect(await page.locator('[data-fact]').count()).toBeGreaterThan(40);
  await expect(page.locator(`a[href$="/data/"]`).first()).toBeVisible();
});
