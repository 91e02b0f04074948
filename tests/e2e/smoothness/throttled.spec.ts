/**
 * Smoothness with the CPU slowed down 4× (Chrome DevTools Protocol, as a mid-range phone): chapter 8
 * (the live cascade, 500 funds) is scrolled step by step from the top to the end, every step left to
 * finish its transition, then its controls are dragged: the shock slider through its whole range and
 * back (one input event per frame, as a pointer drag delivers them), and the central-bank switch
 * flipped at several shocks. Long tasks (PerformanceObserver 'longtask') and frame times
 * (requestAnimationFrame) are recorded once the page has loaded (loading is Lighthouse's part: total
 * blocking time; GSAP and ScrollTrigger load while the page is idle after loading); the figures start
 * during the scroll, and that is measured. Prints the median and 95th-percentile frame times of the
 * scroll and of the drag and the longest task (the browser reports tasks of 50 ms and more only), and,
 * for a task over the limit, what its frame did (the browser's long-animation-frame entry: scripts,
 * forced layouts, rendering). Fails on a long task over 50 ms when the passes on fresh loads that follow
 * have one too (see PASSES). Runs in the `smoothness-4x` project of `npm test`, alone, after every other
 * browser test (`npm run gate:smoothness-4x` runs it alone).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { chapterUrl, chapters, guard } from '../../support/browser';

const SLUG = 'liquidity-crisis';
const RATE = 4;
const LIMIT_MS = 50;

/**
 * Wait, inside the page, until the step is active and its figure shows the state the build computed for
 * it. Not with Playwright's retrying assertions: they poll selectors (and, while not yet met, build an
 * accessibility snapshot) on the page's main thread, 20–85 ms tasks at this slowdown that are the test's,
 * not the site's, and would be counted as the site's long tasks.
 */
async function stepDrawn(page: Page, stepId: string): Promise<void> {
  const ok = await page.evaluate(
    (id) =>
      new Promise<boolean>((resolve) => {
        const step = document.getElementById(id)!;
        const figure = step.closest('[data-scrolly]')!.querySelector<HTMLElement>('figure[data-figure]')!;
        const expected = step.querySelector('[data-step-summary]')!.getAttribute('data-step-summary');
        const drawn = () => figure.dataset.activeStep === id && figure.dataset.state === expected;
        if (drawn()) return resolve(true);
        const timer = setTimeout(() => (observer.disconnect(), resolve(drawn())), 15_000);
        const observer = new MutationObserver(() => {
          if (!drawn()) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(true);
        });
        observer.observe(figure, { attributes: true, attributeFilter: ['data-state', 'data-active-step'] });
      }),
    stepId,
  );
  expect(ok, `step ${stepId} drawn`).toBe(true);
}

declare global {
  interface Window {
    __smooth: {
      mark(phase: string): void;
      stop(): { phases: { phase: string; frames: number[] }[]; longTasks: LongTask[] };
    };
  }
}

/** A long task, and what the browser's long-animation-frame entry says its frame did (scripts and rendering). */
interface LongTask {
  start: number;
  duration: number;
  phase: string;
  frame?: string;
}

interface Measured {
  longTasks: LongTask[];
  lines: string[];
  redraws: number;
}

/** One pass: load the chapter, scroll it step by step to the end, drag the controls; the figures of that pass. */
async function measure(page: Page, cdp: CDPSession): Promise<Measured> {
  const chapter = chapters().find((c) => c.slug === SLUG)!;
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  // Loading is not measured here (Lighthouse's total blocking time is): the page has loaded and the network
  // is quiet. The figures start as the reader scrolls towards them, and that is measured.
  await page.goto(chapterUrl(SLUG));
  await page.waitForLoadState('load');
  await page.waitForLoadState('networkidle');
  // Playwright's own scripts are injected into the page on their first use (a 40–60 ms parse at this
  // slowdown): use them once before measuring, so that nothing of the test's is counted as the site's.
  await page.locator('main').evaluate(() => 0);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  await page.waitForTimeout(1000);
  await page.evaluate(() => {
    let phase = 'idle';
    const phases: { phase: string; frames: number[] }[] = [];
    const longTasks: LongTask[] = [];
    const frames: PerformanceEntry[] = [];
    let current = { phase, frames: [] as number[] };
    phases.push(current);
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: Math.round(e.startTime), duration: Math.round(e.duration), phase });
    });
    observer.observe({ type: 'longtask', buffered: false });
    // Long animation frames, only to say what a long task was when there is one.
    const frameObserver = new PerformanceObserver((list) => frames.push(...list.getEntries()));
    frameObserver.observe({ type: 'long-animation-frame', buffered: false });
    let last = 0;
    let running = true;
    const tick = (now: number) => {
      if (last) current.frames.push(now - last);
      last = now;
      if (running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    window.__smooth = {
      mark(next) {
        phase = next;
        current = { phase, frames: [] };
        phases.push(current);
        last = 0;
      },
      stop() {
        running = false;
        observer.disconnect();
        frameObserver.disconnect();
        const ms = (v: number) => Math.round(v);
        for (const task of longTasks) {
          const f = frames.find((e) => e.startTime <= task.start + 1 && task.start < e.startTime + e.duration) as
            | (PerformanceEntry & { renderStart: number; styleAndLayoutStart: number; scripts: { invoker: string; duration: number; forcedStyleAndLayoutDuration: number }[] })
            | undefined;
          if (!f) continue;
          const end = f.startTime + f.duration;
          const scripts = f.scripts.map((x) => `${x.invoker.replace(/^https?:\/\/[^/]+/, '')} ${ms(x.duration)}${x.forcedStyleAndLayoutDuration >= 1 ? ` (forced layout ${ms(x.forcedStyleAndLayoutDuration)})` : ''}`);
          const render = f.renderStart ? `rendering ${ms(end - f.renderStart)} (style and layout ${ms(end - f.styleAndLayoutStart)})` : 'no rendering';
          task.frame = `frame ${ms(f.duration)} ms: ${[...scripts, render].join(', ')}`;
        }
        return { phases, longTasks };
      },
    };
  });

  // Scroll: every step of every figure in the chapter, in order, as a reader does (a smooth scroll to the
  // step, then a pause while its transition plays).
  const scrollTo = (id: string, behavior: ScrollBehavior) =>
    page.evaluate(([id, behavior]) => document.getElementById(id)!.scrollIntoView({ block: 'start', behavior }), [id, behavior] as const);
  await page.evaluate(() => window.__smooth.mark('scroll'));
  for (const scrolly of chapter.scrollies) {
    for (const step of scrolly.steps) {
      await page.evaluate((id) => window.__smooth.mark(`scroll ${id}`), step.id);
      await scrollTo(step.id, 'smooth');
      await stepDrawn(page, step.id);
      await page.waitForTimeout(700);
    }
  }
  // …and on to the end of the page.
  await page.evaluate(() => window.__smooth.mark('scroll to the end'));
  await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'smooth' }));
  await page.waitForTimeout(1000);

  // Drag: back at the figure's last step, where its controls are live.
  await scrollTo('crisis-after', 'instant');
  await stepDrawn(page, 'crisis-after');
  await page.waitForTimeout(700);
  await page.evaluate(() => window.__smooth.mark('drag'));
  const drag = await page.evaluate(async () => {
    const figure = document.querySelector<HTMLElement>('figure[data-figure="cascade"]')!;
    const shock = figure.querySelector<HTMLInputElement>('input[data-control="shockBp"]')!;
    const fed = figure.querySelector<HTMLInputElement>('input[data-control="fed"]')!;
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const set = async (input: HTMLInputElement, value: number) => {
      input.value = String(value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await frame();
    };
    let redraws = 0;
    const mo = new MutationObserver((records) => (redraws += records.filter((r) => r.attributeName === 'data-state').length));
    mo.observe(figure, { attributes: true, attributeFilter: ['data-state'] });
    const min = Number(shock.min);
    const max = Number(shock.max);
    const start = Number(shock.value);
    let events = 0;
    // The shock slider: from where it is down to the minimum, up to the maximum and back, one value a frame.
    for (let v = start; v >= min; v--, events++) await set(shock, v);
    for (let v = min; v <= max; v++, events++) await set(shock, v);
    for (let v = max; v >= start; v--, events++) await set(shock, v);
    // The central-bank switch, flipped off and on at a few shocks.
    for (const v of [min, Math.round((min + max) / 2), start, max]) {
      await set(shock, v);
      for (const on of [0, 1, 0, 1]) {
        await set(fed, on);
        events++;
      }
    }
    await set(shock, start);
    await new Promise((r) => setTimeout(r, 300));
    mo.disconnect();
    return { events, redraws };
  });
  const result = await page.evaluate(() => window.__smooth.stop());
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

  const stats = (frames: number[]) => {
    const sorted = [...frames].sort((a, b) => a - b);
    const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
    return { n: sorted.length, median: q(0.5), p95: q(0.95), max: sorted[sorted.length - 1] ?? NaN };
  };
  const lines = ['scroll', 'drag'].map((phase) => {
    const s = stats(result.phases.filter((p) => p.phase.startsWith(phase)).flatMap((p) => p.frames));
    const tasks = result.longTasks.filter((t) => t.phase.startsWith(phase));
    return (
      `${phase.padEnd(6)}: ${s.n} frames, median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, worst ${s.max.toFixed(0)} ms; ` +
      `${tasks.length} long tasks${tasks.length ? ` (longest ${Math.max(...tasks.map((t) => t.duration))} ms)` : ''}` +
      (phase === 'drag' ? `; ${drag.events} input events, ${drag.redraws} redraws` : '')
    );
  });
  return { longTasks: result.longTasks, lines, redraws: drag.redraws };
}

/**
 * The machine's CPU time so far, all of it and the part its host gave to others ("steal" in /proc/stat, a
 * virtual machine's), in clock ticks; null where there is no /proc/stat.
 */
function cpuTimes(): { steal: number; total: number } | null {
  try {
    const ticks = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return { steal: ticks[7] ?? 0, total: ticks.reduce((a, b) => a + b, 0) };
  } catch {
    return null;
  }
}

/*
 * At this slowdown the site's heaviest frames take 25–45 ms (the first frames of a step change; a redraw
 * after the central-bank switch). A moment when another process holds the CPU (this is a shared 2-core
 * machine), or a garbage collection landing in such a frame, now and then makes one of them a long task
 * that a fresh load does not repeat. So a pass with long tasks is followed by another on a fresh load, up
 * to three: the gate fails only when all three have one, which a long task the site makes every time does.
 * A pass during which the host took 1 % or more of the machine's CPU time for others (steal; 2.6 and 8.7 %
 * over the two runs in which all three passes had long tasks, while nothing else ran) is not counted
 * among the three, up to six passes in all. Every pass is printed, with the host's share and what each
 * long task's frame did.
 */
const PASSES = 3;
const MAX_PASSES = 6;
const DISTURBED = 0.01;

test(`chapter 8 at ${RATE}× CPU slowdown: scrolling every step and dragging the controls makes no long task over ${LIMIT_MS} ms`, async ({ page }) => {
  test.setTimeout(420_000);
  const seen = await guard(page);
  const cdp = await page.context().newCDPSession(page);
  let over: LongTask[] = [];
  let counted = 0;
  for (let pass = 1; pass <= MAX_PASSES && counted < PASSES; pass++) {
    const before = cpuTimes();
    const measured = await measure(page, cdp);
    const after = cpuTimes();
    for (const line of measured.lines) console.log(`throttled ${RATE}× ${SLUG} pass ${pass} ${line}`);
    const stolen = before && after ? (after.steal - before.steal) / Math.max(1, after.total - before.total) : 0;
    if (before && after) console.log(`throttled ${RATE}× ${SLUG} pass ${pass}: the host took ${(stolen * 100).toFixed(1)} % of this machine's CPU time (steal)`);
    over = measured.longTasks.filter((t) => t.duration > LIMIT_MS);
    const longest = measured.longTasks.reduce((a, t) => Math.max(a, t.duration), 0);
    if (over.length) {
      const worst = [...over].sort((a, b) => b.duration - a.duration).slice(0, 12);
      console.log(`throttled ${RATE}× ${SLUG} pass ${pass}: ${over.length} long tasks over ${LIMIT_MS} ms, longest: ${worst.map((t) => `${t.duration} ms (${t.phase})`).join(', ')}`);
      for (const t of worst) if (t.frame) console.log(`throttled ${RATE}× ${SLUG} pass ${pass}:   ${t.duration} ms task in a ${t.frame}`);
    }
    console.log(`throttled ${RATE}× ${SLUG} pass ${pass}: longest task ${longest ? `${longest} ms` : 'none of 50 ms or more'} (limit ${LIMIT_MS} ms)`);
    expect(measured.redraws).toBeGreaterThan(50);
    if (!over.length) break;
    if (stolen < DISTURBED) counted++;
    else console.log(`throttled ${RATE}× ${SLUG} pass ${pass}: not counted (the host took ${DISTURBED * 100} % or more of the CPU time)`);
  }
  expect(seen.errors).toEqual([]);
  expect(over.length, `long tasks over ${LIMIT_MS} ms in every pass (listed above)`).toBe(0);
});
