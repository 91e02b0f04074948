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
import { params, type CascadeState } from './params';
import { layoutCascade, type CascadeModel } from './layout';

export { DEFAULT_CAPACITY_YI, DEFAULT_SHOCK_BP, HIGHLIGHTS, LAST_DAY } from './params';
export type { CascadeHighlight, CascadeState } from './params';
export type { CascadeModel } from './layout';

/** Runs without the central bank, by shock and fund count (the dashed comparison line; small, so a drag reuses it). */
const noFedRuns = new Map<string, CascadeResult>();

function runOf(state: CascadeState, fed: boolean): CascadeResult {
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

function noFedRun(state: CascadeState): CascadeResult {
  const key = `${state.shockBp}|${state.funds}`;
  let run = noFedRuns.get(key);
  if (!run) {
    run = runOf(state, false);
    if (noFedRuns.size > 40) noFedRuns.clear();
    noFedRuns.set(key, run);
  }
  return run;
}

export function compute(state: CascadeState): CascadeModel {
  const fed = state.fed >= 0.5;
  const run = fed ? runOf(state, true) : noFedRun(state);
  const noFed = fed ? noFedRun(state) : null;
  return {
    run,
    noFed,
    fed,
    day: state.day,
    funds: fundsOnDay(run, state.day),
    totals: cascadeDayTotals(run, state.day),
    noFedTotals: noFed ? cascadeDayTotals(noFed, state.day) : null,
    endTotals: cascadeDayTotals(run, run.dayCount - 1),
    noFedEndTotals: noFed ? cascadeDayTotals(noFed, noFed.dayCount - 1) : null,
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
    noFedForcedTotalBn: m.noFed && m.noFedEndTotals ? bn(m.noFedEndTotals.forcedToDate) : null,
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
    noFed:
      m.noFed && m.noFedTotals && m.noFedEndTotals
        ? {
            forcedTotal: m.noFedEndTotals.forcedToDate,
            finalBasis: m.noFed.grossBasis[last],
            worstBasis: -m.noFed.worstSpread,
            basisAtDay: m.noFed.grossBasis[d],
            forcedToDate: m.noFedTotals.forcedToDate,
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
  layout: layoutCascade,
  summarize,
  describe,
};

export { CASCADE_LIVE };
export default definition;
