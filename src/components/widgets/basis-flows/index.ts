/**
 * The basis-flows figure (chapter 3): the three legs of the basis trade as
 * flows of cash and bonds between a hedge fund and its counterparties, and
 * the fund's balance sheet with its leverage. The article's toy trade (buy
 * cash at 100, sell futures at 100.01) run through the engine's
 * `openBasisPosition`, `toyTrade` and `repoInterest`.
 */
import { TOY_FACE, TOY_INITIAL_MARGIN, TOY_OPEN, toyThreeLegs } from '../../../engine';
import { basisFlows as t } from '@strings/basis-flows';
import type { WidgetDefinition } from '../core/types';
import { params, type FlowsState } from './params';

export type { FlowsState } from './params';
export const MAX_HAIRCUT = params.haircut.max;
import { heightFor, layoutBasisFlows, type FlowsModel } from './layout';


export function computeFlows(state: FlowsState): FlowsModel {
  const toy = toyThreeLegs(state.legs, state.haircut);
  return {
    legs: state.legs,
    view: state.view,
    highlight: state.highlight,
    showBalanceSheet: state.showBalanceSheet,
    haircut: state.haircut,
    futuresPrice: TOY_OPEN.sellFutures,
    cashPrice: TOY_OPEN.buyCash,
    face: TOY_FACE,
    initialMargin: TOY_INITIAL_MARGIN,
    repoRate: toy.repoRate,
    repoLoanIfOn: toy.withRepo.repoLoan,
    repoInterestNight: toy.repoInterestNight,
    // Shown to 1/100,000: the buy-back price is the loan plus the interest as shown, so the two numbers a reader sees add up.
    repoInterestShown: toy.repoInterestShown,
    repurchase: toy.repurchase,
    repoLeverage: toy.repoLeverage,
    paperGain: toy.paperGain,
    returnOnCapital: toy.returnOnCapital,
    scaleMax: toy.largestAssets,
    sheet: toy.sheet,
  };
}

const definition: WidgetDefinition<FlowsState, FlowsModel> = {
  name: 'basis-flows',
  title: t.title,
  staticSize: { width: 560, height: heightFor(560) },
  heightFor,
  params,
  compute: computeFlows,
  layout: (model, _state, size) => layoutBasisFlows(model, size),
  summarize(m) {
    return {
      legs: m.legs,
      view: m.view,
      highlight: m.highlight,
      showBalanceSheet: m.showBalanceSheet,
      haircut: m.haircut,
      bondValue: m.sheet.bondValue,
      repoLoan: m.sheet.repoLoan,
      haircutEquity: m.legs >= 3 ? m.sheet.bondEquity : 0,
      initialMargin: m.sheet.marginEquity,
      equity: m.sheet.equity,
      assets: m.sheet.assets,
      leverage: m.sheet.leverage,
      repoLeverage: m.repoLeverage,
    };
  },
  describe(m) {
    return t.describe({
      legs: m.legs,
      net: m.view === 'net',
      showBalanceSheet: m.showBalanceSheet,
      futuresPrice: m.futuresPrice,
      cashPrice: m.cashPrice,
      face: m.face,
      initialMargin: m.initialMargin,
      haircut: m.haircut,
      repoLoan: m.repoLoanIfOn,
      repoRate: m.repoRate,
      repoInterestNight: m.repoInterestShown,
      repurchase: m.repurchase,
      bondEquity: m.sheet.bondEquity,
      equity: m.sheet.equity,
      assets: m.sheet.assets,
      leverage: m.sheet.leverage,
      repoLeverage: m.repoLeverage,
      paperGain: m.paperGain,
      returnOnCapital: m.returnOnCapital,
    });
  },
  // The haircut slider belongs to the leverage steps; earlier steps have no repo leg to change.
  showControls: (s) => s.highlight === 'leverage',
};

export default definition;
