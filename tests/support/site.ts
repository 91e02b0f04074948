/**
 * Helpers for the quality gates (tests/e2e/gates/): the pages of the built
 * site read from dist/ (or DIST_DIR), a request recorder, and a scroll
 * through a whole page in steps so every scroll step activates and every
 * lazy chunk loads.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { ROOT } from './pages';

export const DIST = resolve(ROOT, process.env.DIST_DIR ?? 'dist');

function indexFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return indexFiles(path);
    return e.name === 'index.html' ? [path] : [];
  });
}

function urlOf(file: string): string {
  const rel = relative(DIST, file).split(sep).slice(0, -1).join('/');
  return rel ? `/${rel}/` : '/';
}

/**
 * Every page of the built site: each index.html except the embeds, then the 404 page (requested at an
 * address that does not exist, as a reader meets it), then `embedsPerFigure` embeds of every figure
 * (the first steps in name order). Fails loudly when dist/ has not been built.
 */
export function builtPages({ embedsPerFigure = 1 }: { embedsPerFigure?: number } = {}): string[] {
  const all = indexFiles(DIST).map(urlOf).sort();
  if (all.length === 0) throw new Error(`no pages in ${DIST}: build the site first (npx astro build)`);
  const embeds = all.filter((u) => u.startsWith('/embed/'));
  const perFigure = new Map<string, string[]>();
  for (const u of embeds) {
    const figure = u.split('/')[2];
    perFigure.set(figure, [...(perFigure.get(figure) ?? []), u]);
  }
  const sampled = [...perFigure.values()].flatMap((list) => list.slice(0, embedsPerFigure));
  const notFound = existsSync(join(DIST, '404.html')) ? ['/no-such-page/'] : [];
  return [...all.filter((u) => !u.startsWith('/embed/')), ...notFound, ...sampled];
}

export interface RequestLog {
  /** Every URL requested by the pages of the context (and their workers), in order. */
  urls: string[];
  /** Requests not to the local server's origin (the route aborts them before they leave). */
  foreign: string[];
  /** Resolves to the bytes received (headers + body) once every request has finished. */
  bytes(): Promise<number>;
  /** Resolves once no request has been in flight for `quietMs`. */
  settled(quietMs?: number, timeoutMs?: number): Promise<void>;
}

/**
 * Record every request of a browser context (pages, their dedicated workers, service workers) and abort
 * any request to another origin before it leaves. `origin` is the local server's origin.
 */
export async function recordRequests(context: BrowserContext, origin: string): Promise<RequestLog> {
  const urls: string[] = [];
  const foreign: string[] = [];
  const sizes: Promise<number>[] = [];
  let inFlight = 0;
  let lastChange = Date.now();
  const isLocal = (url: string) => {
    try {
      return new URL(url).origin === origin;
    } catch {
      return false;
    }
  };
  await context.route('**/*', (route) => {
    if (isLocal(route.request().url())) return route.continue();
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => {
    urls.push(request.url());
    // data: and blob: URLs never reach the network, but a page must not smuggle resources in that way either.
    if (!isLocal(request.url())) foreign.push(request.url());
    inFlight++;
    lastChange = Date.now();
  });
  const done = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastChange = Date.now();
  };
  context.on('requestfinished', (request) => {
    sizes.push(
      request
        .sizes()
        .then((s) => s.responseBodySize + s.responseHeadersSize)
        .catch(() => 0),
    );
    done();
  });
  context.on('requestfailed', done);
  return {
    urls,
    foreign,
    bytes: async () => (await Promise.all(sizes)).reduce((a, b) => a + b, 0),
    settled: async (quietMs = 300, timeoutMs = 10_000) => {
      const end = Date.now() + timeoutMs;
      while (Date.now() < end) {
        if (inFlight === 0 && Date.now() - lastChange >= quietMs) return;
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

/** Wait for two animation frames in the page (a scroll handled, then painted). */
export async function frames(page: Page, n = 2): Promise<void> {
  await page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        let left = count;
        const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    n,
  );
}

/**
 * Scroll a page from top to bottom in steps of `fraction` of the viewport (below 0.8, the height of a
 * scroll step, so every step crosses the trigger line), waiting two frames and `pauseMs` after each, so
 * every step activates and every figure starts. Runs inside the page (one round trip). Returns the stops.
 */
export function scrollThrough(page: Page, { fraction = 0.6, pauseMs = 20 } = {}): Promise<number> {
  return page.evaluate(
    async ({ fraction, pauseMs }) => {
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      let stops = 0;
      for (;;) {
        const max = document.documentElement.scrollHeight - window.innerHeight;
        if (window.scrollY >= max - 1 || stops > 500) return stops;
        window.scrollTo({ top: Math.min(max, window.scrollY + Math.max(100, Math.round(window.innerHeight * fraction))), behavior: 'instant' });
        await frame();
        await frame();
        if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
        stops++;
      }
    },
    { fraction, pauseMs },
  );
}
