/**
 * Share cards, share tags and embeds (issue 10).
 * - Every page has a title, description, canonical URL, Open Graph and
 *   Twitter tags with absolute URLs; every chapter's og:image is its own
 *   1200×630 PNG (read from the PNG's IHDR), in dist/ and on the server.
 * - /embed/<figure>/<step>/ exists for every declared step; inside a 400×300
 *   iframe it draws the step's declared state (data-state equals the step's
 *   build-time summary), with no horizontal scroll, no request to another
 *   host, its text alternative in view and a link back to the step; without
 *   JavaScript it shows the build's drawing; axe finds no violation.
 * - No font file is in dist/; no page for readers links to an embed.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { guard } from '../support/browser';
import { pages, ROOT } from '../support/pages';

const DIST = join(ROOT, process.env.DIST_DIR ?? 'dist');
const CARD = { width: 1200, height: 630 };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Width and height from a PNG's IHDR chunk (after the 8-byte signature and the chunk's length). */
function pngSize(buf: Buffer): { width: number; height: number } {
  expect([...buf.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(buf.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** The site's pages for readers, as URL paths (every built HTML page except the embeds). */
function readerPages(): string[] {
  return files(DIST)
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${relative(DIST, f).split('\\').join('/')}`.replace(/index\.html$/, ''))
    .filter((p) => !p.startsWith('/embed/'))
    .sort();
}

async function head(page: Page) {
  return page.evaluate(() => {
    const meta = (sel: string) => document.head.querySelector(sel)?.getAttribute('content') ?? null;
    return {
      title: document.title,
      description: meta('meta[name="description"]'),
      canonical: document.head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
      robots: meta('meta[name="robots"]'),
      og: Object.fromEntries([...document.head.querySelectorAll('meta[property^="og:"]')].map((m) => [m.getAttribute('property')!, m.getAttribute('content')!])),
      twitter: Object.fromEntries([...document.head.querySelectorAll('meta[name^="twitter:"]')].map((m) => [m.getAttribute('name')!, m.getAttribute('content')!])),
      embedLinks: document.querySelectorAll('a[href*="/embed/"]').length,
    };
  });
}

const absolute = (url: string | null | undefined) => {
  expect(url, 'an absolute URL').toMatch(/^https?:\/\/[^/]+\//);
  return new URL(url!);
};

test.describe('share tags', () => {
  test.use({ javaScriptEnabled: false });

  test('every page for readers has title, description, canonical URL, Open Graph and Twitter tags with absolute URLs', async ({ page, request }) => {
    const paths = readerPages();
    expect(paths).toEqual(expect.arrayContaining(['/', '/404.html', ...pages().map((p) => p.url)]));
    const images = new Map<string, string>();
    for (const path of paths) {
      await page.goto(path, { waitUntil: 'domcontentloaded' });
      const h = await head(page);
      const where = `${path}: `;
      expect(h.title.trim().length, `${where}title`).toBeGreaterThan(1);
      expect(h.description?.trim().length ?? 0, `${where}description`).toBeGreaterThan(10);
      if (path === '/404.html') {
        // The not-found page answers for any address: no canonical URL, not indexed.
        expect(h.canonical).toBeNull();
        expect(h.robots).toBe('noindex');
      } else {
        expect(absolute(h.canonical).pathname, `${where}canonical`).toBe(path);
        expect(h.og['og:url']).toBe(h.canonical);
      }
      expect(h.og['og:title']).toBe(h.title);
      expect(h.og['og:description']).toBe(h.description);
      expect(h.og['og:locale']).toBe('zh_CN');
      expect(h.og['og:site_name']?.length).toBeGreaterThan(1);
      expect(['website', 'article']).toContain(h.og['og:type']);
      const image = absolute(h.og['og:image']);
      expect(image.pathname).toMatch(/^\/og\/[a-z0-9-]+\.png$/);
      expect([h.og['og:image:width'], h.og['og:image:height']]).toEqual([String(CARD.width), String(CARD.height)]);
      expect(h.og['og:image:alt']?.length).toBeGreaterThan(4);
      expect(h.twitter['twitter:card']).toBe('summary_large_image');
      expect(h.twitter['twitter:title']).toBe(h.title);
      expect(h.twitter['twitter:description']).toBe(h.description);
      expect(h.twitter['twitter:image']).toBe(h.og['og:image']);
      expect(h.embedLinks, `${where}links to an embed`).toBe(0);
      images.set(path, image.pathname);
    }

    // Each chapter shows its own card; every other page the site's card. Each image is served and is 1200×630.
    const chapters = pages().filter((p) => p.url.startsWith('/chapters/'));
    const chapterImages = chapters.map((c) => images.get(c.url)!);
    expect(new Set(chapterImages).size).toBe(chapters.length);
    for (const c of chapters) expect(images.get(c.url)).toBe(`/og/${c.url.split('/')[2]}.png`);
    const others = paths.filter((p) => !p.startsWith('/chapters/')).map((p) => images.get(p));
    expect(new Set(others).size).toBe(1);
    expect(chapterImages).not.toContain(others[0]);
    for (const image of new Set(images.values())) {
      const res = await request.get(image);
      expect(res.status(), image).toBe(200);
      expect(res.headers()['content-type']).toContain('image/png');
      expect(pngSize(await res.body())).toEqual(CARD);
    }
  });

  test('chapters are articles with their own card; other pages are the website', async ({ page }) => {
    const chapter = pages()[0];
    await page.goto(chapter.url, { waitUntil: 'domcontentloaded' });
    expect((await head(page)).og['og:type']).toBe('article');
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    expect((await head(page)).og['og:type']).toBe('website');
  });
});

test("every chapter's card is a 1200×630 PNG in dist/og/", () => {
  const chapters = pages().filter((p) => p.url.startsWith('/chapters/'));
  expect(chapters.length).toBeGreaterThan(0);
  for (const c of chapters) {
    const file = join(DIST, 'og', `${c.url.split('/')[2]}.png`);
    expect(existsSync(file), file).toBe(true);
    expect(pngSize(readFileSync(file))).toEqual(CARD);
  }
  expect(pngSize(readFileSync(join(DIST, 'og', 'site.png')))).toEqual(CARD);
});

test('no font file is in dist/ (the cards use the font at build time only)', () => {
  const fontExt = /\.(ttf|otf|ttc|woff2?|eot)$/i;
  const signatures = ['00010000', '4f54544f', '74727565', '774f4646', '774f4632', '74746366']; // TrueType, OTTO, true, wOFF, wOF2, ttcf
  const all = files(DIST);
  expect(all.filter((f) => fontExt.test(f))).toEqual([]);
  const fontLike = all.filter((f) => signatures.includes(readFileSync(f).subarray(0, 4).toString('hex')));
  expect(fontLike).toEqual([]);
  const css = all.filter((f) => /\.(css|html)$/.test(f)).filter((f) => readFileSync(f, 'utf8').includes('@font-face'));
  expect(css).toEqual([]);
});

// ── embeds ──────────────────────────────────────────────────────────────
const allSteps = pages().flatMap((p) => p.scrollies.flatMap((s) => s.steps.map((step) => ({ page: p.url, figure: s.figure, id: step.id }))));
const embedUrl = (s: { figure: string; id: string }) => `/embed/${s.figure}/${s.id}/`;

test('an embed page exists for every declared step of every page, marked noindex', async ({ request }) => {
  expect(allSteps.length).toBeGreaterThan(10);
  for (const s of allSteps) expect(existsSync(join(DIST, 'embed', s.figure, s.id, 'index.html')), embedUrl(s)).toBe(true);
  const res = await request.get(embedUrl(allSteps[0]));
  expect(await res.text()).toContain('<meta name="robots" content="noindex">');
});

/** One step per figure (its last declared step, where the state is furthest from the defaults). */
const perFigure = [...new Map(allSteps.map((s) => [s.figure, s])).values()];

/** The state the build computed for a step, as its page prints it beside the step. */
async function buildSummary(page: Page, s: { page: string; id: string }): Promise<string> {
  await page.goto(`${s.page}#${s.id}`, { waitUntil: 'domcontentloaded' });
  return (await page.locator(`#${s.id} [data-step-summary]`).getAttribute('data-step-summary'))!;
}

for (const s of perFigure) {
  test(`embed ${embedUrl(s)} draws its step in a 400×300 iframe without horizontal scroll or foreign requests`, async ({ page, baseURL }) => {
    const expected = await buildSummary(page, s);
    const seen = await guard(page);
    await page.setContent(
      `<!doctype html><html lang="en"><body style="margin:0"><iframe title="figure" src="${baseURL}${embedUrl(s)}" width="400" height="300" style="border:0;display:block"></iframe></body></html>`,
    );
    const frame = page.frameLocator('iframe');
    const figure = frame.locator('figure[data-figure]');
    // The live widget has taken over (it names the step) and shows the declared state.
    await expect(figure).toHaveAttribute('data-active-step', s.id);
    await expect(figure).toHaveAttribute('data-state', expected);
    await expect(figure).toHaveAttribute('data-figure', s.figure);

    const f = page.frame({ url: (u) => u.pathname.endsWith(embedUrl(s)) })!;
    const layout = await f.evaluate(() => {
      const svg = document.querySelector('svg[data-figure-svg]')!;
      const box = svg.getBoundingClientRect();
      const [, , vw, vh] = svg.getAttribute('viewBox')!.split(' ').map(Number);
      return {
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
        svgWidth: box.width,
        svgHeight: box.height,
        viewBoxRatio: vh / vw,
        viewBoxWidth: vw,
      };
    });
    expect(layout.clientWidth).toBeLessThanOrEqual(400);
    expect(layout.scrollWidth, 'horizontal scroll').toBeLessThanOrEqual(layout.clientWidth);
    // Fluid: the figure fills the frame's width and takes its height from its aspect, laid out at its real width.
    expect(layout.svgWidth).toBeGreaterThan(layout.clientWidth * 0.85);
    expect(layout.svgWidth).toBeLessThanOrEqual(layout.clientWidth);
    expect(layout.svgHeight / layout.svgWidth).toBeCloseTo(layout.viewBoxRatio, 2);
    expect(Math.abs(layout.viewBoxWidth - layout.svgWidth)).toBeLessThanOrEqual(1);

    // Its text alternative is in view and equals the figure's; the link goes back to the step.
    const alt = frame.locator('[data-embed-alt]');
    await expect(alt).toBeVisible();
    expect((await alt.textContent())?.trim()).toBe((await figure.locator('[data-figure-desc]').textContent())?.trim());
    const back = absolute(await frame.locator('.embed-back a').getAttribute('href'));
    expect(back.pathname + back.hash).toBe(`${s.page}#${s.id}`);

    expect(seen.foreign).toEqual([]);
    expect(seen.errors).toEqual([]);
  });
}

test('an embed reads without JavaScript: the build drawing of the step, its text alternative and the link back', async ({ browser }) => {
  const s = perFigure[0];
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const expected = await buildSummary(page, s);
  await page.setViewportSize({ width: 400, height: 300 });
  await page.goto(embedUrl(s));
  const figure = page.locator('figure[data-figure]');
  await expect(figure).toHaveAttribute('data-state', expected);
  await expect(figure.locator('svg[data-figure-svg] [data-key]').first()).toBeAttached();
  await expect(page.locator('[data-embed-alt]')).not.toBeEmpty();
  await expect(page.locator('.embed-back a')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await context.close();
});

test("an embed's slider works and its text alternative follows", async ({ page }) => {
  const s = allSteps.find((x) => x.figure === 'repo-carry');
  test.skip(!s, 'no repo-carry step declared');
  const seen = await guard(page);
  await page.setViewportSize({ width: 400, height: 700 });
  await page.goto(embedUrl(s!));
  const figure = page.locator('figure[data-figure]');
  await expect(figure).toHaveAttribute('data-active-step', s!.id);
  const before = JSON.parse((await figure.getAttribute('data-state'))!);
  const slider = figure.locator('input[data-control="rate"]');
  const target = Number(await slider.getAttribute('min'));
  expect(target).not.toBe(before.rate);
  await slider.fill(String(target));
  await slider.dispatchEvent('input');
  await expect.poll(async () => JSON.parse((await figure.getAttribute('data-state'))!).rate).toBe(target);
  await expect(page.locator('[data-embed-alt]')).toHaveText((await figure.locator('[data-figure-desc]').textContent())!);
  expect(seen.foreign).toEqual([]);
  expect(seen.errors).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.1 AA violation on an embed page (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    const s = perFigure.find((x) => x.figure === 'repo-carry') ?? perFigure[0];
    await page.goto(embedUrl(s));
    await expect(page.locator('figure[data-figure]')).toHaveAttribute('data-active-step', s.id);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`)).toEqual([]);
  });
}
