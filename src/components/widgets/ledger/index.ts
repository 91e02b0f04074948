/**
 * The ledger figure (chapter 7): the toy trade held from entry to
 * "operation two". Above, the cash and futures prices day by day; below, a
 * two-leg ledger (cash leg, futures leg, their net, the repo interest night
 * by night and the net after it). Every number is a row of the engine's
 * `toyLedger` (scenarios/ledger.ts), itself `toyTrade` marked day by day.
 */
import { LEDGER, toyLedger, type LedgerResult } from '../../../engine';
import { ledger as t } from '@strings/ledger';
import type { WidgetDefinition } from '../core/types';
import { params, type LedgerState } from './params';
import { heightFor, layoutLedger, type LedgerView } from './layout';

export { HIGHLIGHTS, type LedgerState } from './params';
export type { LedgerView } from './layout';

const cache = new Map<string, LedgerResult>();
function ledgerFor(state: LedgerState): LedgerResult {
  const key = `${state.scenario}:${state.level}`;
  let r = cache.get(key);
  if (!r) {
    r = toyLedger({ scenario: state.scenario, exitLevel: state.level });
    cache.set(key, r);
  }
  return r;
}

export function computeLedger(state: LedgerState): LedgerView {
  const result = ledgerFor(state);
  const row = result.days[state.day];
  return {
    result,
    day: state.day,
    row,
    closed: state.day === LEDGER.days,
    showRepo: state.showRepo,
    highlight: state.highlight,
    repoRate: LEDGER.repoRate,
  };
}

const round = (v: number, digits = 9) => Math.round(v * 10 ** digits) / 10 ** digits;

const definition: WidgetDefinition<LedgerState, LedgerView> = {
  name: 'ledger',
  title: t.title,
  source: t.source,
  staticSize: { width: 560, height: heightFor(560) },
  heightFor,
  params,
  compute: computeLedger,
  layout: (view, _state, size) => layoutLedger(view, size),
  // The level slider belongs to the exit: it shows the identity "any common level, the same net".
  showControls: (state) => state.day === LEDGER.days && state.scenario === 'converge',
  summarize(view, state) {
    const p = view.row.pnl;
    return {
      scenario: state.scenario,
      day: view.day,
      level: state.level,
      closed: view.closed,
      showRepo: state.showRepo,
      highlight: state.highlight,
      cash: round(view.row.cash),
      futures: round(view.row.futures),
      spread: round(view.row.spread),
      cashLeg: round(p.cashLegPnl),
      futuresLeg: round(p.futuresLegPnl),
      net: round(p.beforeFinancing),
      interest: state.showRepo ? round(p.repoInterest) : 0,
      netAfter: state.showRepo ? round(p.total) : round(p.beforeFinancing),
    };
  },
  describe(view, state) {
    const p = view.row.pnl;
    const r = view.result;
    return t.describe({
      scenario: state.scenario,
      day: view.day,
      days: LEDGER.days,
      closed: view.closed,
      buyCash: LEDGER.buyCash,
      sellFutures: LEDGER.sellFutures,
      entrySpread: p.paperGain,
      cash: view.row.cash,
      futures: view.row.futures,
      spread: view.row.spread,
      cashLeg: p.cashLegPnl,
      futuresLeg: p.futuresLegPnl,
      net: p.beforeFinancing,
      showRepo: state.showRepo,
      interest: p.repoInterest,
      netAfter: p.total,
      nightly: r.nightlyInterest,
      nightsCovered: r.nightsCovered,
      repoRate: LEDGER.repoRate,
      breakevenRate: r.breakevenRate,
      level: r.exitLevel,
    });
  },
  table(view) {
    return {
      caption: t.title,
      columns: t.tableColumns,
      rows: view.result.days.map((d) => [
        d.day,
        t.price(d.cash),
        t.price(d.futures),
        t.price(d.spread),
        t.amount(d.pnl.cashLegPnl),
        t.amount(d.pnl.futuresLegPnl),
        t.amount(d.pnl.beforeFinancing),
        t.amount(-d.pnl.repoInterest),
        t.amount(d.pnl.total),
      ]),
    };
  },
};

export default definition;
