/**
 * The first risk of a basis position (chapter 4): yields fall, futures
 * rise, the short futures leg pays variation margin in cash every day while
 * the long bond's matching gain stays on paper, until a margin call.
 * Numbers: the engine's basis-position model (scenarios-risk.ts) driven by
 * the 10-year Treasury yield of late February – early March 2020 (dataset).
 */
import { answerMarginCall, BASIS_RISK, runBasisRisk, yieldChangesBp, type BasisRiskPath } from '../../../engine';
import { basisRisk as t } from '@strings/basis-risk';
import type { WidgetDefinition } from '../core/types';
import { LAST_DAY, WINDOW_DATA } from './window';
import { params, type BasisRiskState, type Scenario } from './params';

export { LAST_DAY, WINDOW } from './window';
export { ANSWERS, SCENARIOS, type BasisRiskState, type Scenario } from './params';
import { layoutBasisRisk, type BasisRiskView } from './layout';



/** Daily yield changes in basis points for a scenario: the 2020 window's data, or the engine's calm path. */
export function scenarioChangesBp(scenario: Scenario): number[] {
  return scenario === 'calm' ? BASIS_RISK.calmChangesBp.slice(0, LAST_DAY) : yieldChangesBp(WINDOW_DATA.yields);
}

const pathCache = new Map<Scenario, BasisRiskPath>();
export function scenarioPath(scenario: Scenario): BasisRiskPath {
  let path = pathCache.get(scenario);
  if (!path) {
    path = runBasisRisk({ dates: WINDOW_DATA.dates, yieldChangesBp: scenarioChangesBp(scenario), widening: scenario === 'yield-fall-widening' });
    pathCache.set(scenario, path);
  }
  return path;
}

function compute(state: BasisRiskState): BasisRiskView {
  const path = scenarioPath(state.scenario);
  return {
    ...answerMarginCall(path, scenarioChangesBp(state.scenario), state.day, state.answer),
    path,
    scenario: state.scenario,
    showPaperGain: state.showPaperGain,
    answer: state.answer,
  };
}

const definition: WidgetDefinition<BasisRiskState, BasisRiskView> = {
  name: 'basis-risk',
  title: t.title,
  source: t.source,
  staticSize: { width: 560, height: 460 },
  heightFor: (width) => (width < 500 ? 372 : 460),
  params,
  compute,
  layout: (view, _state, size) => layoutBasisRisk(view, size),
  summarize(view, state) {
    const r = view.path.days[view.day];
    return {
      day: view.day,
      scenario: state.scenario,
      answer: state.answer,
      showPaperGain: state.showPaperGain,
      cashPrice: round(r.cashPrice, 4),
      futuresPrice: round(r.futuresPrice, 4),
      cashPaidToday: Math.round(r.cashPaid),
      cumulativeCashPaid: Math.round(r.cumulativeCashPaid),
      paperGain: Math.round(r.paperGain),
      balance: Math.round(view.balances[view.day]),
      maintenance: Math.round(view.maintenanceLevel),
      call: Math.round(view.calls[view.day]),
      marginCall: view.calls[view.day] > 0,
      firstCallDay: view.path.firstCallDay,
      freeCash: Math.round(view.freeCash[view.day]),
      cutShare: view.reduce ? round(view.reduce.cutShare, 4) : 0,
    };
  },
  describe(view, state) {
    const r = view.path.days[view.day];
    return t.describe({
      scenario: state.scenario,
      day: view.day,
      date: r.date,
      // Rebased to 100 on the opening day, as the figure draws them (raw prices differ by the conversion factor).
      cashPrice: view.cashRebased,
      futuresPrice: view.futuresRebased,
      cashChange: view.cashChangePct,
      futuresChange: view.futuresChangePct,
      paidToday: r.cashPaid,
      cumulativePaid: r.cumulativeCashPaid,
      paperGain: r.paperGain,
      showPaperGain: state.showPaperGain,
      balance: view.balances[view.day],
      maintenance: view.maintenanceLevel,
      initial: view.initialLevel,
      call: view.calls[view.day],
      answer: state.answer,
      paidIn: view.paidSoFar,
      freeCash: view.freeCash[view.day],
      openingCash: view.path.openingCash,
      cutShare: view.reduce?.cutShare ?? 0,
      contractsKept: view.contractsKept,
      contracts: view.path.contracts,
      faceSold: view.reduce?.faceSold ?? 0,
      cashFreed: view.reduce?.cashFreed ?? 0,
      yieldChangeBp: view.yieldChangeBp,
      face: BASIS_RISK.face,
    });
  },
  table(view) {
    return {
      caption: t.title,
      columns: t.tableColumns,
      rows: view.path.days.map((d, i) => [
        i === 0 ? `${t.openDay}（${t.tableDate(d.date)}）` : t.tableDate(d.date),
        round(d.cashPrice, 2),
        round(d.futuresPrice, 2),
        Math.round(d.cashPaid),
        Math.round(d.cumulativeCashPaid),
        Math.round(d.paperGain),
        Math.round(d.marginCall),
        Math.round(d.freeCash),
      ]),
    };
  },
};

function round(v: number, digits: number): number {
  const k = 10 ** digits;
  return Math.round(v * k) / k;
}

export default definition;
