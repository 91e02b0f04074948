/**
 * The live figure's start and slider redraws are cut into short tasks (issue 11, 4× CPU smoothness):
 * a figure's computeParts are its engine runs, one per part, after which compute runs no engine; the
 * cascade's first parts on a page are small warm-up runs; and the first drawing planned ahead by
 * firstDrawingSteps is the drawing the figure would make at once.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/engine', async (importOriginal) => {
  const engine = await importOriginal<typeof import('../../../src/engine')>();
  return { ...engine, runCascade: vi.fn(engine.runCascade) };
});

const { runCascade, cascadeLiveScenario } = await import('../../../src/engine');
const { default: cascade } = await import('../../../src/components/widgets/cascade/index');
const { firstDrawingSteps } = await import('../../../src/components/widgets/core/widget');
const { stateOf } = await import('../../support/figures');
const calls = runCascade as unknown as ReturnType<typeof vi.fn>;

describe('cascade computeParts', () => {
  beforeEach(() => {
    calls.mockClear();
  });

  it('the first time on a page: small warm-up runs, growing, then the run and the run without the central bank, one engine run per part', () => {
    const state = stateOf(cascade, { shockBp: 41, fed: 1, day: 5 });
    const parts = cascade.computeParts!(state);
    expect(parts.length).toBeGreaterThan(2);
    const funds: number[] = [];
    for (const part of parts) {
      const before = calls.mock.calls.length;
      part();
      expect(calls.mock.calls.length - before).toBe(1);
      funds.push((calls.mock.lastCall as [{ funds: unknown[] }])[0].funds.length);
    }
    const warmUps = funds.slice(0, -2);
    expect(warmUps.every((n, i) => n < state.funds && (i === 0 || n > warmUps[i - 1]))).toBe(true);
    expect(funds.slice(-2)).toEqual([state.funds, state.funds]);
    calls.mockClear();
    const model = cascade.compute(state);
    expect(calls).not.toHaveBeenCalled();
    expect(model.noFed).not.toBeNull();
  });

  it('afterwards no warm-up; with the central bank off, one run, and compute then runs no engine and finds that run', () => {
    const off = stateOf(cascade, { shockBp: 77, fed: 0, day: 12 });
    const parts = cascade.computeParts!(off);
    expect(parts).toHaveLength(1);
    parts[0]();
    expect(calls).toHaveBeenCalledTimes(1);
    const model = cascade.compute(off);
    expect(calls).toHaveBeenCalledTimes(1);
    expect(model.noFed).toBeNull();
    // …and the run it found is the run of this state.
    const fresh = runCascade(cascadeLiveScenario({ shockBp: 77, fed: false, fedStartDay: off.fedStartDay, fedCapacity: off.fedCapacity * 1e8, funds: off.funds }));
    expect(Array.from(model.run.grossBasis)).toEqual(Array.from(fresh.grossBasis));
    expect(Array.from(model.run.forcedSales)).toEqual(Array.from(fresh.forcedSales));
  });
});

describe('firstDrawingSteps', () => {
  it('plans, step by step, exactly the drawing the figure would make at once', () => {
    // No SVG to measure (a hidden figure): the plan uses the static size, as a drawing would.
    const figure = { querySelector: () => null } as unknown as HTMLElement;
    const raw = { shockBp: 90, fed: 1, day: 20, highlight: 'compare' };
    const planned = firstDrawingSteps(figure, cascade, raw);
    expect(planned.plan()).toBeUndefined();
    for (const step of planned.steps) step();
    const plan = planned.plan()!;
    const state = stateOf(cascade, raw);
    const model = cascade.compute(state);
    expect(plan.size).toEqual({ width: cascade.staticSize.width, height: cascade.heightFor(cascade.staticSize.width) });
    expect(plan.cacheKey).toBe(JSON.stringify(state));
    expect(plan.marks).toEqual(cascade.layout(model, state, plan.size));
    expect(plan.summary).toBe(JSON.stringify(cascade.summarize(model, state)));
    expect(plan.text).toBe(cascade.describe(model, state));
  });
});
