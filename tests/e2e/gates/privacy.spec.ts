/**
 * Privacy gate: every page of the built site (all pages but the embeds, the 404 page and one embed per
 * figure) is loaded and scrolled end to end while every request of the browser context is recorded
 * (pages and workers; anything not to the local server is aborted and fails the test). Afterwards: no
 * resource timing entry or resource-loading element points elsewhere, no @font-face loads from
 * elsewhere (data: included), no cookie, nothing in localStorage or sessionStorage but the reader's
 * theme and motion choices, no IndexedDB database, no Cache Storage, no service worker.
 * Prints one line per page: requests, distinct URLs, bytes, hosts. (Routing every request turns off the
 * HTTP cache, so the favicon is fetched again at each step's address change: requests > URLs.)
 */
import { expect, test, type Page } from '@playwright/test';
import { builtPages, recordRequests, scrollThrough } from '../../support/site';

/** The only keys the site may store: the header's theme and motion toggles (src/components/toggles.ts, motion.ts, Base.astro). */
const ALLOWED_KEYS = ['basis-theme', 'basis-motion'];

interface PageFacts {
  resources: string[];
  elements: string[];
  fontFaces: string[];
  fontCount: number;
  idleFigures: string[];
  cookie: string;
  local: string[];
  session: string[];
  databases: string[];
  caches: string[];
  workers: number;
}

/** What the page itself knows about where its resources came from and what it stored. */
function pageFacts(page: Page): Promise<PageFacts> {
  return page.evaluate(async () => {
    const here = location.origin;
    const foreign = (url: string, base = location.href) => {
      try {
        return new URL(url, base).origin !== here;
      } catch {
        return true;
      }
    };
    const resources = performance
      .getEntriesByType('resource')
      .concat(performance.getEntriesByType('navigation'))
      .map((e) => e.name)
      .filter((name) => foreign(name));
    // Elements that make the browser fetch something (links to other sites in the text are fine: they load nothing).
    const selectors = [
      'script[src]',
      'link[href]:not([rel~="canonical"]):not([rel~="alternate"]):not([rel~="author"]):not([rel~="license"])',
      'img[src]',
      'img[srcset]',
      'source[src]',
      'source[srcset]',
      'iframe[src]',
      'video[src]',
      'video[poster]',
      'audio[src]',
      'object[data]',
      'embed[src]',
      'image[href]',
      'use[href]',
    ];
    const elements: string[] = [];
    for (const el of document.querySelectorAll(selectors.join(','))) {
      for (const attr of ['src', 'href', 'data', 'poster']) {
        const v = el.getAttribute(attr);
        if (v && !v.startsWith('#') && foreign(v)) elements.push(`<${el.tagName.toLowerCase()} ${attr}="${v}">`);
      }
      const srcset = el.getAttribute('srcset');
      if (srcset) for (const part of srcset.split(',')) if (foreign(part.trim().split(/\s+/)[0])) elements.push(`<${el.tagName.toLowerCase()} srcset="${srcset}">`);
    }
    const fontFaces: string[] = [];
    const walk = (rules: CSSRuleList, base: string) => {
      for (const rule of rules) {
        if (rule instanceof CSSImportRule && rule.styleSheet) walk(rule.styleSheet.cssRules, rule.styleSheet.href ?? base);
        else if (rule instanceof CSSFontFaceRule) {
          const src = rule.style.getPropertyValue('src');
          for (const m of src.matchAll(/url\(\s*["']?([^"')]+)/g)) if (foreign(m[1], base)) fontFaces.push(m[1].slice(0, 80));
        } else if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules, base);
      }
    };
    for (const sheet of document.styleSheets) {
      try {
        walk(sheet.cssRules, sheet.href ?? location.href);
      } catch {
        fontFaces.push(`unreadable stylesheet ${sheet.href}`);
      }
    }
    const idleFigures = [...document.querySelectorAll<HTMLElement>('[data-scrolly] figure[data-figure]:not([data-active-step])')].map(
      (f) => f.closest<HTMLElement>('[data-scrolly]')?.dataset.scrolly ?? f.dataset.figure ?? '?',
    );
    const databases = 'databases' in indexedDB ? (await indexedDB.databases()).map((d) => d.name ?? '?') : [];
    const cacheNames = typeof caches !== 'undefined' ? await caches.keys() : [];
    const workers = navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0;
    return {
      resources,
      elements,
      fontFaces,
      fontCount: document.fonts.size,
      idleFigures,
      cookie: document.cookie,
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
      databases,
      caches: cacheNames,
      workers,
    };
  });
}

for (const path of builtPages()) {
  test(`privacy: ${path} sends nothing elsewhere and stores nothing`, async ({ page, context }, info) => {
    const origin = new URL(info.project.use.baseURL!).origin;
    const log = await recordRequests(context, origin);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));

    await page.goto(path);
    await page.locator('main').first().waitFor();
    await scrollThrough(page);
    await log.settled();
    const facts = await pageFacts(page);
    const cookies = await context.cookies();
    const bytes = await log.bytes();
    const hosts = [...new Set(log.urls.map((u) => (u.startsWith('data:') || u.startsWith('blob:') ? u.slice(0, 5) : new URL(u).host)))];

    console.log(
      `privacy ${path.padEnd(44)} ${String(log.urls.length).padStart(3)} requests (${String(new Set(log.urls).size).padStart(2)} URLs) ${(bytes / 1024).toFixed(1).padStart(7)} kB  hosts ${hosts.join(' ')}` +
        `  fonts ${facts.fontCount}  storage [${[...facts.local, ...facts.session].join(' ')}]${workers.length ? `  workers ${workers.length}` : ''}`,
    );
    expect(log.foreign, 'requests to another origin').toEqual([]);
    expect(workers.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:')), 'workers from elsewhere').toEqual([]);
    expect(facts.resources, 'resource timing entries from another origin').toEqual([]);
    expect(facts.elements, 'elements that load from another origin').toEqual([]);
    expect(facts.fontFaces, '@font-face sources from another origin or data:').toEqual([]);
    expect(facts.idleFigures, 'scrolly figures that never started while scrolling').toEqual([]);
    expect(facts.cookie, 'document.cookie').toBe('');
    expect(cookies, 'cookies in the browser context').toEqual([]);
    expect(facts.local.filter((k) => !ALLOWED_KEYS.includes(k)), 'localStorage keys').toEqual([]);
    expect(facts.session.filter((k) => !ALLOWED_KEYS.includes(k)), 'sessionStorage keys').toEqual([]);
    expect(facts.databases, 'IndexedDB databases').toEqual([]);
    expect(facts.caches, 'Cache Storage').toEqual([]);
    expect(facts.workers, 'service worker registrations').toBe(0);
  });
}

test('privacy: the theme and motion choices are the only things kept, and only in localStorage', async ({ page, context }, info) => {
  const log = await recordRequests(context, new URL(info.project.use.baseURL!).origin);
  await page.goto('/');
  await page.locator('[data-theme-toggle]').click();
  await page.locator('[data-motion-toggle]').click();
  await page.reload();
  const facts = await pageFacts(page);
  console.log(`privacy toggles: localStorage [${facts.local.join(' ')}], sessionStorage [${facts.session.join(' ')}], ${(await context.cookies()).length} cookies`);
  expect(facts.local.sort()).toEqual([...ALLOWED_KEYS].sort());
  expect(facts.session).toEqual([]);
  expect(facts.cookie).toBe('');
  expect(await context.cookies()).toEqual([]);
  expect(log.foreign).toEqual([]);
});
