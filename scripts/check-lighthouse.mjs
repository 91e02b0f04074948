#!/usr/bin/env node
/**
 * Lighthouse gate (issue 11): Lighthouse 12, mobile emulation with simulated
 * throttling (its default config), headless Debian Chromium, on the built site
 * served gzip-compressed by scripts/serve-dist.mjs, as a real host would.
 *
 *   node scripts/check-lighthouse.mjs            (serves DIST_DIR or ./dist on a free port)
 *   GATE_BASE_URL=http://127.0.0.1:4321 node scripts/check-lighthouse.mjs   (reuse a running server)
 *   LIGHTHOUSE_PAGES=/chapters/risks/ node scripts/check-lighthouse.mjs     (one page, while working on it)
 *
 * Every page must reach performance ≥ 98, accessibility, best practices and SEO
 * 100, total blocking time ≤ 100 ms, and pass the back/forward-cache audit.
 * Simulated scores move on a loaded machine, so a page whose performance or TBT
 * misses gets one more run and the better of the two counts for those two only;
 * both runs are printed. Pages run one after another (2 cores). Writes
 * test-results/lighthouse.json; exit 1 when any page misses.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServer } from './serve-dist.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// LIGHTHOUSE_PAGES="/a/ /b/" narrows the run while working on a page; the gate itself uses all five.
const PAGES = process.env.LIGHTHOUSE_PAGES?.split(/[\s,]+/).filter(Boolean) ?? ['/', '/chapters/risks/', '/chapters/liquidity-crisis/', '/sandbox/', '/teach/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const MIN = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
const MAX_TBT_MS = 100;
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

async function serve() {
  if (process.env.GATE_BASE_URL) return { origin: process.env.GATE_BASE_URL.replace(/\/$/, ''), close() {} };
  const dir = resolve(root, process.env.DIST_DIR ?? 'dist');
  const server = await startServer({ dir, port: Number(process.env.LIGHTHOUSE_PORT ?? 0) });
  const { port } = server.address();
  // Lighthouse keeps a connection open until Chrome exits; do not wait for it on close.
  return { origin: `http://127.0.0.1:${port}`, close: () => server.closeAllConnections?.() ?? server.close() };
}

/** One Lighthouse run → the figures the gate reads. */
async function audit(url, chromePort) {
  const result = await lighthouse(url, { port: chromePort, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
  const { categories, audits, runtimeError, runWarnings } = result.lhr;
  const score = (id) => (categories[id]?.score == null ? null : Math.round(categories[id].score * 100));
  const num = (id) => audits[id]?.numericValue ?? null;
  const bf = audits['bf-cache'];
  // What failed, and the longest main-thread tasks (the usual cause of blocking time), for the log.
  const failing = Object.values(audits)
    .filter((a) => a.score !== null && a.score < 0.9 && !a.id.endsWith('-insight'))
    .filter((a) => ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
    .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
  const longTasks = (audits['long-tasks']?.details?.items ?? [])
    .slice(0, 5)
    .map((t) => `${Math.round(t.duration)} ms @${Math.round(t.startTime)} ${String(t.url).replace(/^https?:\/\/[^/]+/, '')}`);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    tbt: num('total-blocking-time'),
    lcp: num('largest-contentful-paint'),
    cls: num('cumulative-layout-shift'),
    fcp: num('first-contentful-paint'),
    domSize: num('dom-size'),
    bfcache: bf ? bf.score === 1 : false,
    bfcacheReasons: (bf?.details?.items ?? []).map((i) => i.reason ?? JSON.stringify(i)),
    failing,
    longTasks,
    version: result.lhr.lighthouseVersion,
    runtimeError: runtimeError?.message ?? null,
    warnings: runWarnings ?? [],
  };
}

function problems(best, first) {
  const out = [];
  if (first.runtimeError) out.push(`runtime error: ${first.runtimeError}`);
  if (!(best.performance >= MIN.performance)) out.push(`performance ${best.performance} < ${MIN.performance}`);
  if (!(best.tbt <= MAX_TBT_MS)) out.push(`TBT ${Math.round(best.tbt)} ms > ${MAX_TBT_MS} ms`);
  for (const id of ['accessibility', 'best-practices', 'seo']) if (!(first[id] >= MIN[id])) out.push(`${id} ${first[id]} < ${MIN[id]}`);
  if (!first.bfcache) out.push(`bfcache not allowed: ${first.bfcacheReasons.join('; ') || 'audit failed'}`);
  return out;
}

const ms = (v) => (v == null ? '—' : `${Math.round(v)}`);
const row = (cells, widths) => cells.map((c, i) => String(c).padStart(widths[i])).join('  ');
const WIDTHS = [30, 4, 5, 4, 4, 4, 6, 6, 6, 6, 5, 4];
const HEAD = ['page (run)', 'perf', 'a11y', 'bp', 'seo', 'TBT', 'LCP', 'CLS', 'FCP', 'DOM', 'bfc', 'secs'];
const line = (label, r, secs) =>
  row([label, r.performance, r.accessibility, r['best-practices'], r.seo, ms(r.tbt), ms(r.lcp), r.cls?.toFixed(3) ?? '—', ms(r.fcp), ms(r.domSize), r.bfcache ? 'yes' : 'NO', secs], WIDTHS);

const started = Date.now();
const server = await serve();
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? CHROMIUM_PATH,
  chromeFlags: CHROME_FLAGS,
  logLevel: 'error',
});
const summary = { gate: { ...MIN, maxTbtMs: MAX_TBT_MS, bfcache: true }, pages: [] };
let failed = 0;
try {
  console.log(`Lighthouse, mobile, simulated throttling, ${server.origin} (gzip)`);
  console.log(row(HEAD, WIDTHS) + '   (TBT, LCP, FCP in ms; DOM = elements)');
  for (const path of PAGES) {
    const runs = [];
    for (let i = 0; i < 2; i += 1) {
      const t0 = Date.now();
      const r = await audit(server.origin + path, chrome.port);
      r.seconds = Math.round((Date.now() - t0) / 1000);
      runs.push(r);
      console.log(line(`${path} (${i + 1})`, r, r.seconds));
      // A second run only for performance/TBT, which simulated throttling lets fluctuate.
      if (r.performance >= MIN.performance && r.tbt <= MAX_TBT_MS) break;
    }
    const best = runs.reduce((a, b) => (b.performance > a.performance || (b.performance === a.performance && b.tbt < a.tbt) ? b : a));
    const miss = problems(best, runs[0]);
    if (miss.length) {
      failed += 1;
      console.log(`  FAIL ${path}: ${miss.join('; ')}`);
      for (const r of runs) {
        if (r.failing.length) console.log(`    failing audits: ${r.failing.join(', ')}`);
        if (r.longTasks.length) console.log(`    long tasks (simulated): ${r.longTasks.join(', ')}`);
      }
    }
    summary.pages.push({ path, pass: miss.length === 0, problems: miss, best: { performance: best.performance, tbt: best.tbt }, runs });
  }
} finally {
  await chrome.kill();
  server.close();
}
summary.seconds = Math.round((Date.now() - started) / 1000);
mkdirSync(join(root, 'test-results'), { recursive: true });
writeFileSync(join(root, 'test-results/lighthouse.json'), JSON.stringify(summary, null, 2));
const version = summary.pages[0]?.runs[0]?.version ?? '?';
console.log(`lighthouse ${version}: ${PAGES.length - failed}/${PAGES.length} pages pass in ${summary.seconds} s (test-results/lighthouse.json)`);
process.exit(failed ? 1 : 0);
