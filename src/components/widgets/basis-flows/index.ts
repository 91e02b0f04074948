/**
 * The basis-flows figure (chapter 3): the three legs of the basis trade as
 * flows of cash and bonds between a hedge fund and its counterparties, and
 * the fund's balance sheet with its leverage. The article's toy trade (buy
 * cash at 100, sell futures at 100.01) run through the engine's
 * `openBasisPosition`, `toyTrade` and `repoInterest`.
 */
import { openBasisPosition, repoInterest, TOY_FORCED_SALE, TOY_HAIRCUT, TOY_OPEN, toyTrade } from '../../../engine';
import { basisFlows as t } from '@strings/basis-flows';
import type { WidgetDefinition } from '../core/types';
import { params, type FlowsState } from './params';

export type { FlowsState } from './params';
export const MAX_HAIRCUT = params.haircut.max;
import { heightFor, layoutBasisFlows, type FlowsHighlight, type FlowsModel, type FlowsSheet, type FlowsView } from './layout';


/** Face of the toy trade: one unit of 100 dollars, as in the article. */
export const TOY_FACE = 100;
/**
 * Futures initial margin of the toy trade, dollars for the one toy contract
 * on 100 of face: 1% of the contract's value, an illustrative level in the
 * range CME sets for Treasury note futures (a few hundred to a few thousand
 * dollars per contract). The only input this figure adds to the engine's
 * toy scenario.
 */
export const TOY_INITIAL_MARGIN = 1;

function sheetFor(legs: number, haircut: number): FlowsSheet {
  if (legs < 2) {
    // Only the futures leg: the margin deposit is the fund's one asset, all its own money.
    const margin = legs >= 1 ? TOY_INITIAL_MARGIN : 0;
    return { bondValue: 0, repoLoan: 0, bondEquity: 0, marginEquity: margin, equity: margin, assets: margin, leverage: margin > 0 ? 1 : 0 };
  }
  // Without the repo leg the fund pays the whole price itself: a haircut of 100%.
  const bs = openBasisPosition({
    face: TOY_FACE,
    price: TOY_OPEN.buyCash,
    haircut: legs >= 3 ? haircut : 1,
    initialMargin: TOY_INITIAL_MARGIN,
    contracts: 1,
  });
  return {
    bondValue: bs.bondValue,
    repoLoan: bs.repoLoan,
    bondEquity: bs.haircutEquity,
    marginEquity: bs.marginEquity,
    equity: bs.equity,
    assets: bs.bondValue + bs.marginEquity + bs.cash,
    leverage: bs.leverage,
  };
}

export function computeFlows(state: FlowsState): FlowsModel {
  const sheet = sheetFor(state.legs, state.haircut);
  const withRepo = sheetFor(3, state.haircut);
  const repoRate = TOY_FORCED_SALE.repoRate;
  const night = repoInterest(withRepo.repoLoan, repoRate, 1);
  const toy = toyTrade({ ...TOY_OPEN, haircut: state.haircut, face: TOY_FACE });
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
    repoRate,
    repoLoanIfOn: withRepo.repoLoan,
    repoInterestNight: night,
    // Shown to 1/100,000: the buy-back price is the loan plus the interest as shown, so the two numbers a reader sees add up.
    repoInterestShown: Number(night.toFixed(5)),
    repurchase: withRepo.repoLoan + Number(night.toFixed(5)),
    repoLeverage: toy.leverage,
    paperGain: toy.paperGain,
    scaleMax: sheetFor(2, 0).assets,
    sheet,
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
    });
  },
  // The haircut slider belongs to the leverage steps; earlier steps have no repo leg to change.
  showControls: (s) => s.highlight === 'leverage',
};

export default definition;
