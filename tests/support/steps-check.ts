/**
 * An in-page checker for the scroll steps (installed with page.addInitScript): for every scrolly whose
 * figure has started, the active step must be the step at the trigger line — the step the line crosses,
 * the first step while the line is above the scrolly, the last once it is below — with exactly that step
 * marked `is-active`, the figure's `data-active-step` naming it and its `data-state` equal to the state
 * the build computed for it (the step's `data-step-summary`). Also scrolls a whole pass in the page, so a
 * pass costs one round trip.
 */
import type { Page } from '@playwright/test';

/** Where the controller's step triggers sit (src/components/scrolly/controller.ts, TRIGGER_LINE). */
export const TRIGGER_LINE = 0.62;

export interface StepProblem {
  at: number;
  scrolly: string;
  expected: string;
  active: string;
  problem: string;
}

declare global {
  interface Window {
    __steps: {
      problems(): StepProblem[];
      settle(timeoutMs?: number): Promise<StepProblem[]>;
      pass(direction: 'down' | 'up', stride: number, timeoutMs?: number): Promise<{ stops: number; problems: StepProblem[] }>;
      jump(by: number, timeoutMs?: number): Promise<{ stops: number; problems: StepProblem[] }>;
      started(): number;
    };
  }
}

function install(line: number): void {
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const problems = (): StepProblem[] => {
    const out: StepProblem[] = [];
    const y = window.innerHeight * line;
    for (const section of document.querySelectorAll<HTMLElement>('[data-scrolly]')) {
      const figure = section.querySelector<HTMLElement>('figure[data-figure]');
      if (!figure?.dataset.activeStep) continue; // not started yet (figures start when they come near)
      const steps = [...section.querySelectorAll<HTMLElement>('.scrolly-steps .step[id]')];
      if (!steps.length) continue;
      const rects = steps.map((s) => s.getBoundingClientRect());
      // The step under the line; within 2 px of a boundary either neighbour is right.
      const ok = new Set<number>();
      if (y < rects[0].top + 2) ok.add(0);
      if (y > rects[rects.length - 1].bottom - 2) ok.add(steps.length - 1);
      rects.forEach((r, i) => {
        if (y >= r.top - 2 && y <= r.bottom + 2) ok.add(i);
      });
      if (!ok.size) {
        // In a gap between steps: the step above or the one below.
        const i = rects.findIndex((r) => r.top > y);
        ok.add(i - 1).add(i);
      }
      const active = figure.dataset.activeStep;
      const marked = steps.filter((s) => s.classList.contains('is-active')).map((s) => s.id);
      const expected = [...ok].map((i) => steps[i].id);
      const base = { at: Math.round(window.scrollY), scrolly: `${section.dataset.scrolly}#${steps[0].id}`, expected: expected.join('|'), active };
      if (!expected.includes(active)) {
        out.push({ ...base, problem: 'wrong active step' });
        continue;
      }
      if (marked.length !== 1 || marked[0] !== active) out.push({ ...base, problem: `is-active on [${marked.join(' ')}]` });
      const summary = section.querySelector(`#${CSS.escape(active)} [data-step-summary]`)?.getAttribute('data-step-summary');
      if (summary !== figure.dataset.state) out.push({ ...base, problem: `figure state ${figure.dataset.state?.slice(0, 120)} ≠ ${summary?.slice(0, 120)}` });
    }
    return out;
  };
  /** Wait until the checker is satisfied (or the time is up) and return what is still wrong. */
  const settle = async (timeoutMs = 2000): Promise<StepProblem[]> => {
    await frame();
    await frame();
    const end = performance.now() + timeoutMs;
    let now = problems();
    while (now.length && performance.now() < end) {
      await frame();
      now = problems();
    }
    return now;
  };
  const go = async (next: () => number | null, timeoutMs?: number) => {
    const all: StepProblem[] = [];
    let stops = 0;
    for (let to = next(); to !== null; to = next()) {
      window.scrollTo({ top: to, behavior: 'instant' });
      stops++;
      all.push(...(await settle(timeoutMs)));
    }
    return { stops, problems: all };
  };
  const max = () => document.documentElement.scrollHeight - window.innerHeight;
  window.__steps = {
    problems,
    settle,
    pass: (direction, stride, timeoutMs) =>
      go(() => {
        const y = window.scrollY;
        const step = Math.round(window.innerHeight * stride);
        if (direction === 'down') return y >= max() - 1 ? null : Math.min(max(), y + step);
        return y <= 0 ? null : Math.max(0, y - step);
      }, timeoutMs),
    jump: (by, timeoutMs) =>
      go(() => {
        const y = window.scrollY;
        if ((by > 0 && y >= max() - 1) || (by < 0 && y <= 0)) return null;
        return Math.max(0, Math.min(max(), y + by));
      }, timeoutMs),
    started: () => document.querySelectorAll('[data-scrolly] figure[data-active-step]').length,
  };
}

export async function installStepChecker(page: Page): Promise<void> {
  await page.addInitScript(install, TRIGGER_LINE);
}

/** One line per problem, for an assertion message. */
export function describeProblems(problems: StepProblem[]): string[] {
  return problems.map((p) => `y=${p.at} ${p.scrolly}: ${p.problem} (active ${p.active}, expected ${p.expected})`);
}
