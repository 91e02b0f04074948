/**
 * The futures premium figure (chapter 2): long-only asset managers buy
 * futures round after round and lift them above cash, up to the article's
 * 100 vs 100.01; then an arbitrageur sells futures and buys cash, and the
 * spread narrows. Every number comes from the engine's FUTURES_PREMIUM scenario.
 */
import { FUTURES_PREMIUM, futuresPremiumPath, type PremiumRound } from '../../../engine';
import { futuresPremium as t } from '@strings/futures-premium';
import type { WidgetDefinition } from '../core/types';
import { params, type PremiumState } from './params';

export type { PremiumState } from './params';
import { layoutFuturesPremium, pointerFuturesPremium, type PremiumView } from './layout';


const SCENARIO = FUTURES_PREMIUM.input;

/** Both paths are fixed by the scenario; compute each once. */
const paths = new Map<boolean, PremiumRound[]>();
function pathFor(showArbitrageur: boolean): PremiumRound[] {
  let rows = paths.get(showArbitrageur);
  if (!rows) {
    rows = futuresPremiumPath({ ...SCENARIO, arbitrageFrom: showArbitrageur ? SCENARIO.arbitrageFrom : null });
    paths.set(showArbitrageur, rows);
  }
  return rows;
}

/** Round prices for display and data-state (the engine keeps full precision). */
const r6 = (v: number) => Math.round(v * 1e6) / 1e6;

function arbitrageRounds(view: PremiumView): number {
  return view.showArbitrageur ? view.rows.slice(0, view.round + 1).filter((r) => r.arbitraged).length : 0;
}

function peakSpread(view: PremiumView): number {
  return Math.max(...view.rows.slice(0, view.round + 1).map((r) => r.spread));
}

const definition: WidgetDefinition<PremiumState, PremiumView> = {
  name: 'futures-premium',
  title: t.title,
  // Narrow enough that the no-JavaScript figure keeps readable text on a phone (it scales to the column width).
  staticSize: { width: 420, height: 336 },
  heightFor: (width) => Math.round(Math.min(440, Math.max(300, width * 0.8))),
  params,
  compute(state) {
    return {
      rows: pathFor(state.showArbitrageur),
      round: state.round,
      showArbitrageur: state.showArbitrageur,
      highlight: state.highlight,
      arbitrageFrom: SCENARIO.arbitrageFrom,
      demandPerRound: SCENARIO.demandPerRound,
      arbitragePerRound: SCENARIO.arbitragePerRound,
    };
  },
  layout: (view, _state, size) => layoutFuturesPremium(view, size),
  summarize(view, state) {
    const row = view.rows[state.round];
    return {
      round: state.round,
      showArbitrageur: state.showArbitrageur,
      highlight: state.highlight,
      futures: r6(row.futuresPrice),
      cash: r6(row.cashPrice),
      spread: r6(row.spread),
      spreadWithoutArbitrage: r6(row.spreadWithoutArbitrage),
      arbitrageRounds: arbitrageRounds(view),
    };
  },
  describe(view, state) {
    const row = view.rows[state.round];
    return t.describe({
      round: state.round,
      futures: r6(row.futuresPrice),
      cash: r6(row.cashPrice),
      spread: r6(row.spread),
      showArbitrageur: state.showArbitrageur,
      arbitrageFrom: view.arbitrageFrom,
      arbitrageRounds: arbitrageRounds(view),
      peakSpread: r6(peakSpread(view)),
      spreadWithoutArbitrage: r6(row.spreadWithoutArbitrage),
      demandRounds: FUTURES_PREMIUM.demandRounds,
    });
  },
  pointer(view, _state, size, at) {
    const hit = pointerFuturesPremium(view, size, at);
    if (!hit) return null;
    const r = view.rows[hit.round];
    return { marks: hit.marks, text: t.readout(hit.round, r6(r.futuresPrice), r6(r.cashPrice), r6(r.spread)) };
  },
  table() {
    // The whole scenario, whatever the step: the arbitrageur's path next to the demand-only spread.
    return {
      caption: t.tableCaption(SCENARIO.arbitrageFrom),
      columns: [...t.tableColumns],
      rows: pathFor(true).map((r) => [
        r.round === 0 ? t.startRound : String(r.round),
        t.tick(r6(r.futuresPrice)),
        t.tick(r6(r.cashPrice)),
        t.tick(r6(r.spread)),
        t.tick(r6(r.spreadWithoutArbitrage)),
      ]),
    };
  },
};

export default definition;
