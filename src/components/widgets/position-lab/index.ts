/**
 * The sandbox's basis position (「沙盘推演」): one long cash bond in repo,
 * short futures, run to delivery under the reader's spread, haircut,
 * margin, repo path, yield shock and widening. Numbers: the engine's
 * position-lab scenario (src/engine/scenarios/position-lab.ts).
 */
import { runPositionLab, type PositionLabResult } from '../../../engine';
import { positionLab as t, type PositionLabFacts } from '@strings/position-lab';
import type { WidgetDefinition } from '../core/types';
import { layoutPositionLab } from './layout';
import { params, refine, type PositionLabState } from './params';

export { MAX_DAYS, params, type PositionLabState } from './params';

/** Dollars per unit of the `size` parameter (亿美元). */
const YI = 1e8;

let last: { key: string; result: PositionLabResult } | null = null;

/** The engine's run for a state (the last one is kept: a redraw at another width reuses it). */
export function computePositionLab(state: PositionLabState): PositionLabResult {
  const key = JSON.stringify(state);
  if (last?.key === key) return last.result;
  const result = runPositionLab({
    spreadBp: state.spreadBp,
    haircutPct: state.haircut,
    initialMarginPct: state.initialMargin,
    repoRatePct: state.repo,
    repoSpikePct: state.spike,
    spikeStartDay: state.spikeStart,
    spikeDays: state.spikeDays,
    yieldShockBp: state.shockBp,
    shockDays: state.shockDays,
    wideningBp: state.wideningBp,
    freeCashPct: state.freeCash,
    daysToDelivery: state.days,
    face: state.size * YI,
  });
  last = { key, result };
  return result;
}

/** Nights of the spike before delivery. */
function spikeNights(state: PositionLabState): number {
  return state.spike > 0 ? Math.max(0, Math.min(state.spikeStart + state.spikeDays, state.days) - state.spikeStart) : 0;
}

/** The engine's numbers for describe() (and the summary). */
export function factsOf(r: PositionLabResult, state: PositionLabState): PositionLabFacts {
  return {
    size: r.face,
    days: state.days,
    spreadBp: state.spreadBp,
    haircut: state.haircut,
    repo: state.repo,
    spike: state.spike,
    spikeStart: state.spikeStart,
    spikeNights: spikeNights(state),
    shockBp: state.shockBp,
    shockDays: state.shockDays,
    wideningBp: state.wideningBp,
    equity: r.openingEquity,
    openingCash: r.openingCash,
    tiedEquity: r.tiedEquity,
    contracts: r.contracts,
    leverage: r.leverage,
    maxLeverage: r.maxLeverage,
    lockedSpread: r.lockedSpread,
    repoInterest: r.repoInterest,
    spikeInterest: r.spikeInterest,
    peakVmPaid: r.peakVmPaid,
    vmPaid: r.vmPaid,
    callCount: r.callDays.length,
    firstCallDay: r.callDays.length > 0 ? r.callDays[0] : null,
    marginCalls: r.marginCalls,
    repoCashBack: r.repoMarginFlowsInShock,
    minFreeCash: r.minFreeCash,
    cutDays: r.cutDays,
    cutShare: r.cutShare,
    cutCost: r.cutCost,
    bust: r.bust,
    pnl: r.pnl,
    returnOnEquity: r.returnOnEquity,
  };
}

const definition: WidgetDefinition<PositionLabState, PositionLabResult> = {
  name: 'position-lab',
  title: t.title,
  source: t.source,
  staticSize: { width: 560, height: 540 },
  heightFor: (width) => (width < 500 ? 500 : 540),
  params,
  refine,
  compute: computePositionLab,
  layout: (r, state, size) => layoutPositionLab(r, state, size),
  summarize(r, state) {
    return {
      spreadBp: state.spreadBp,
      haircut: state.haircut,
      initialMargin: state.initialMargin,
      repo: state.repo,
      spike: state.spike,
      spikeStart: state.spikeStart,
      spikeDays: state.spikeDays,
      shockBp: state.shockBp,
      shockDays: state.shockDays,
      wideningBp: state.wideningBp,
      freeCash: state.freeCash,
      days: state.days,
      size: state.size,
      equity: Math.round(r.openingEquity),
      leverage: round(r.leverage, 2),
      maxLeverage: r.maxLeverage === null ? null : round(r.maxLeverage, 2),
      lockedSpread: Math.round(r.lockedSpread),
      repoInterest: Math.round(r.repoInterest),
      spikeInterest: Math.round(r.spikeInterest),
      peakVmPaid: Math.round(r.peakVmPaid),
      vmPaid: Math.round(r.vmPaid),
      marginCalls: r.callDays.length,
      marginCallPaid: Math.round(r.marginCalls),
      repoCashBack: Math.round(r.repoMarginFlowsInShock),
      firstCallDay: r.callDays.length > 0 ? r.callDays[0] : null,
      minFreeCash: Math.round(r.minFreeCash),
      forcedCuts: r.cutDays.length,
      firstCutDay: r.cutDays.length > 0 ? r.cutDays[0] : null,
      cutShare: round(r.cutShare, 4),
      cutCost: Math.round(r.cutCost),
      bust: r.bust,
      pnl: Math.round(r.pnl),
      returnOnEquity: round(r.returnOnEquity, 6),
    };
  },
  describe: (r, state) => t.describe(factsOf(r, state)),
};

function round(v: number, digits: number): number {
  const k = 10 ** digits;
  return Math.round(v * k) / k;
}

export default definition;
