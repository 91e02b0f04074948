/**
 * The spread-closing figure (chapter 6): the article's "operation one"
 * (buy cash at 100, sell futures at 100.01) repeated. Every repetition
 * lifts the cash price and presses the futures price by the engine's
 * stylised impact, so the gap closes; the fund's position, own money,
 * locked-in paper profit and the two multiples (1 ÷ haircut, assets ÷ own
 * money) come from the engine's `spreadClosing` scenario.
 */
import { SPREAD_CLOSING, spreadClosing } from '../../../engine';
import { spreadClosing as t } from '@strings/spread-closing';
import type { WidgetDefinition } from '../core/types';
import { params, type SpreadClosingState } from './params';
import { heightFor, layoutSpreadClosing, type SpreadClosingModel } from './layout';

export type { SpreadClosingState } from './params';

export function computeSpreadClosing(state: SpreadClosingState): SpreadClosingModel {
  const r = spreadClosing({ repetitions: state.repetitions, haircut: state.haircut });
  return {
    highlight: state.highlight,
    haircut: state.haircut,
    requested: r.requested,
    done: r.done,
    stopped: r.stopped,
    closesAfter: r.closesAfter,
    maxRepetitions: SPREAD_CLOSING.maxRepetitions,
    cashStart: SPREAD_CLOSING.cashPrice,
    futuresStart: SPREAD_CLOSING.futuresPrice,
    cashImpact: SPREAD_CLOSING.cashImpact,
    futuresImpact: SPREAD_CLOSING.futuresImpact,
    firstSpread: r.firstSpread,
    lastSpread: r.lastSpread,
    gap: r.gap,
    face: r.face,
    haircutEquity: r.haircutEquity,
    marginEquity: r.marginEquity,
    equity: r.equity,
    repoLoan: r.repoLoan,
    assets: r.assets,
    repoMultiple: r.repoMultiple,
    assetsToEquity: r.assetsToEquity,
    paperProfit: r.paperProfit,
    pathCash: r.path.cash,
    pathFutures: r.path.futures,
  };
}

const definition: WidgetDefinition<SpreadClosingState, SpreadClosingModel> = {
  name: 'spread-closing',
  title: t.title,
  staticSize: { width: 560, height: heightFor(560) },
  heightFor,
  params,
  compute: computeSpreadClosing,
  layout: layoutSpreadClosing,
  summarize(m) {
    return {
      repetitions: m.requested,
      done: m.done,
      stopped: m.stopped,
      closesAfter: m.closesAfter,
      highlight: m.highlight,
      haircut: m.haircut,
      firstSpread: m.firstSpread,
      lastSpread: m.lastSpread,
      gap: m.gap,
      face: m.face,
      haircutEquity: m.haircutEquity,
      marginEquity: m.marginEquity,
      equity: m.equity,
      repoLoan: m.repoLoan,
      assets: m.assets,
      paperProfit: m.paperProfit,
      repoMultiple: m.repoMultiple,
      assetsToEquity: m.assetsToEquity,
    };
  },
  describe(m) {
    return t.describe({ ...m, cashStart: m.cashStart, futuresStart: m.futuresStart });
  },
  // The haircut changes the own money and the multiples: the slider belongs where the multiples are read.
  showControls: (s) => s.highlight === 'multiples',
};

export default definition;
