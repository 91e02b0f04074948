/**
 * The live unwind cascade (chapter 8). Every state reruns the engine's
 * `runCascade` on the named scenario `cascadeLiveScenario` (engine/scenarios/
 * cascade-live.ts): hundreds of basis funds, a yield shock with margin hikes,
 * foreign official selling, and a central bank that buys from a given day.
 * The figure shows each fund's state on the chosen day, the cash and futures
 * prices, the basis, and the sales and purchases per day. When the central
 * bank is on, the same run without it is drawn as a dashed basis line.
 *
 * The widget does no finance arithmetic: prices, basis, sales, purchases,
 * fund states and the totals up to a day all come from the engine.
 */
import {
  CASCADE_LIVE,
  cascadeDayTotals,
  cascadeLiveMarginRise,
  cascadeLiveScenario,
  fundsOnDay,
  runCascade,
  type CascadeDayTotals,
  type CascadeResult,
} from '../../../engine';
import { cascade as t } from '@strings/cascade';
import type { Summary, WidgetDefinition } from '../core/types';
import { DEFAULT_SHOCK_BP, params, type CascadeState } from './params';
import { layoutCascade, type CascadeComparison, type CascadeModel } from './layout';

export { DEFAULT_CAPACITY_YI, DEFAULT_SHOCK_BP, HIGHLIGHTS, LAST_DAY } from './params';
export type { CascadeHighlight, CascadeState } from './params';
export type { CascadeComparison, CascadeModel } from './layout';

/**
 * Runs by everything but the day and the highlight, most recently used last: the steps of chapter 8
 * differ only in the day, so after the first step no step change runs the engine. Few are kept, since a
 * run holds every fund's state on every day (about 0.3 MB with 500 funds).
 */
const runs = new Map<string, CascadeResult>();
const RUNS_KEPT = 4;

const runKey = (state: CascadeState, fed: boolean) => `${state.shockBp}|${fed ? 1 : 0}|${state.fedStartDay}|${state.fedCapacity}|${state.funds}`;

function newRun(state: CascadeState, fed: boolean): CascadeResult {
  return runCascade(
    cascadeLiveScenario({
      shockBp: state.shockBp,
      fed,
      fedStartDay: state.fedStartDay,
      fedCapacity: state.fedCapacity * 1e8,
      funds: state.funds,
    }),
  );
}

function runOf(state: CascadeState, fed: boolean): CascadeResult {
  const key = runKey(state, fed);
  const run = runs.get(key) ?? newRun(state, fed);
  runs.delete(key);
  runs.set(key, run);
  if (runs.size > RUNS_KEPT) runs.delete(runs.keys().next().value!);
  return run;
}

/**
 * The comparison without the central bank, by shock and fund count: only what the figure reads of it
 * (a few numbers a day), so every shock can be kept and a drag of the shock slider runs the engine once
 * per input, not twice.
 */
const comparisons = new Map<string, CascadeComparison>();
const COMPARISONS_KEPT = 2000;

function comparisonOf(state: CascadeState): CascadeComparison {
  const key = `${state.shockBp}|${state.funds}`;
  let comparison = comparisons.get(key);
  if (!comparison) {
    const run = runs.get(runKey(state, false)) ?? newRun(state, false);
    comparison = {
      dayCount: run.dayCount,
      cashPrice: run.cashPrice,
      grossBasis: run.grossBasis,
      worstSpread: run.worstSpread,
      forcedToDate: new Float64Array(run.dayCount),
    };
    // Summed in the order cascadeDayTotals sums them, so the figures agree to the last digit.
    let sum = 0;
    for (let d = 0; d < run.dayCount; d++) comparison.forcedToDate[d] = sum += run.forcedSales[d];
    if (comparisons.size >= COMPARISONS_KEPT) comparisons.clear();
    comparisons.set(key, comparison);
    prepareComparisons(state);
  }
  return comparison;
}

/**
 * In the browser, once a comparison has been needed, the others for the same fund count are prepared
 * while the page is idle, one engine run per idle period, nearest shocks first (a drag of the shock
 * slider then finds them ready). Never at build time; never during a busy frame.
 */
let preparing: string | null = null;
function prepareComparisons(state: CascadeState): void {
  if (typeof requestIdleCallback !== 'function' || preparing === `${state.funds}`) return;
  preparing = `${state.funds}`;
  const queue: number[] = [];
  for (let d = 1; d <= CASCADE_LIVE.maxShockBp; d++) queue.push(state.shockBp + d, state.shockBp - d);
  const todo = queue.filter((v) => v >= 0 && v <= CASCADE_LIVE.maxShockBp);
  const next = (deadline: IdleDeadline) => {
    while (todo.length && deadline.timeRemaining() > 12) {
      const shockBp = todo.shift()!;
      if (!comparisons.has(`${shockBp}|${state.funds}`)) {
        comparisonOf({ ...state, shockBp });
        break; // one run per idle period: the page stays responsive on a slow phone
      }
    }
    if (todo.length && preparing === `${state.funds}`) requestIdleCallback(next, { timeout: 5000 });
  };
  requestIdleCallback(next);
}

/**
 * The engine's first runs on a page run code the browser has not compiled yet: the first 500-fund run
 * took 30–45 ms at a phone's speed (4× CPU slowdown), the tenth 2–4 ms. Small runs first, growing, one task
 * each, do that compiling in short tasks (their results are not used): with three (20, 60, 150 funds) the
 * first ones still took 35–56 ms at 4×; with these five, 21–36 ms.
 */
const WARM_UP_FUNDS = [4, 12, 36, 100, 250];
let warmed = false;
function warmUp(): (() => void)[] {
  if (warmed) return [];
  warmed = true;
  return WARM_UP_FUNDS.map((funds) => () => void runCascade(cascadeLiveScenario({ shockBp: DEFAULT_SHOCK_BP, fed: true, funds })));
}

export function compute(state: CascadeState): CascadeModel {
  const fed = state.fed >= 0.5;
  const run = runOf(state, fed);
  const noFed = fed ? comparisonOf(state) : null;
  return {
    run,
    noFed,
    fed,
    day: state.day,
    funds: fundsOnDay(run, state.day),
    totals: cascadeDayTotals(run, state.day),
    endTotals: cascadeDayTotals(run, run.dayCount - 1),
    marginRise: cascadeLiveMarginRise(state.shockBp),
  };
}

const bn = (dollars: number) => Math.round(dollars / 1e7) / 100;
const r4 = (v: number) => Math.round(v * 1e4) / 1e4;

function summarize(m: CascadeModel, state: CascadeState): Summary {
  const d = state.day;
  const r = m.run;
  const last = r.dayCount - 1;
  const s: Summary = {
    day: d,
    fed: m.fed ? 1 : 0,
    shockBp: state.shockBp,
    fedStartDay: state.fedStartDay,
    fedCapacityBn: state.fedCapacity / 10,
    funds: r.fundCount,
    highlight: state.highlight,
    cashPrice: r4(r.cashPrice[d]),
    futuresPrice: r4(r.futuresPrice[d]),
    grossBasis: r4(r.grossBasis[d]),
    forcedTodayBn: bn(r.forcedSales[d]),
    externalTodayBn: bn(r.externalSales[d]),
    cbTodayBn: bn(r.centralBankPurchases[d]),
    forcedToDateBn: bn(m.totals.forcedToDate),
    cbToDateBn: bn(m.totals.centralBankToDate),
    healthy: m.totals.healthy,
    called: m.totals.called,
    forced: m.totals.forced,
    out: m.totals.out,
    positionSharePct: Math.round(m.totals.positionShare * 1000) / 10,
    forcedTotalBn: bn(m.endTotals.forcedToDate),
    finalBasis: r4(r.grossBasis[last]),
    worstBasis: r4(-r.worstSpread),
    worstDay: r.worstDay,
    noFedForcedTotalBn: m.noFed ? bn(m.noFed.forcedToDate[last]) : null,
    noFedFinalBasis: m.noFed ? r4(m.noFed.grossBasis[last]) : null,
  };
  return s;
}

function describe(m: CascadeModel, state: CascadeState): string {
  const r = m.run;
  const d = state.day;
  const last = r.dayCount - 1;
  const tot: CascadeDayTotals = m.totals;
  return t.describe({
    day: d,
    lastDay: last,
    fundCount: r.fundCount,
    fed: m.fed,
    fedStartDay: state.fedStartDay,
    fedCapacity: state.fedCapacity * 1e8,
    shockBp: state.shockBp,
    marginRisePct: m.marginRise * 100,
    highlight: state.highlight,
    cashPrice: r.cashPrice[d],
    futuresPrice: r.futuresPrice[d],
    grossBasis: r.grossBasis[d],
    startBasis: r.grossBasis[0],
    forcedToday: r.forcedSales[d],
    externalToday: r.externalSales[d],
    cbToday: r.centralBankPurchases[d],
    forcedToDate: tot.forcedToDate,
    externalToDate: tot.externalToDate,
    cbToDate: tot.centralBankToDate,
    healthy: tot.healthy,
    called: tot.called,
    forced: tot.forced,
    out: tot.out,
    positionShare: tot.positionShare,
    forcedTotal: m.endTotals.forcedToDate,
    finalBasis: r.grossBasis[last],
    worstBasis: -r.worstSpread,
    worstDay: r.worstDay,
    noFed: m.noFed
      ? {
          forcedTotal: m.noFed.forcedToDate[last],
          finalBasis: m.noFed.grossBasis[last],
          worstBasis: -m.noFed.worstSpread,
          basisAtDay: m.noFed.grossBasis[d],
          forcedToDate: m.noFed.forcedToDate[d],
        }
      : null,
  });
}

const definition: WidgetDefinition<CascadeState, CascadeModel> = {
  name: 'cascade',
  title: t.title,
  source: t.source,
  staticSize: { width: 640, height: 400 },
  heightFor: (width) => (width < 500 ? 360 : 400),
  params,
  compute,
  // The run and, with the central bank on, the run without it: one task each in the browser (after the
  // page's warm-up runs, the first time).
  computeParts: (state) => {
    const fed = state.fed >= 0.5;
    const runs = fed ? [() => void runOf(state, true), () => void comparisonOf(state)] : [() => void runOf(state, false)];
    return [...warmUp(), ...runs];
  },
  layout: layoutCascade,
  summarize,
  describe,
  // A model holds a whole run (every fund, every day); compute keeps the runs it reuses itself.
  modelCacheSize: 8,
};

export { CASCADE_LIVE };
export default definition;
