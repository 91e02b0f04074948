/** The ledger figure's parameters, declared once (see core/params.ts). */
import { LEDGER, LEDGER_SCENARIOS } from '../../../engine';
import { ledger as t, ledgerParams as l } from '@strings/ledger';
import { choice, defineParams, flag, number, type StateOf } from '../core/params';

export const HIGHLIGHTS = ['none', 'cash', 'futures', 'net', 'repo'] as const;

export const params = defineParams({
  /** How operation two happens: both legs at one converged price, or a forced sale into selling pressure. */
  scenario: choice(LEDGER_SCENARIOS, { ...l.scenario, default: 'converge' }),
  /** Days since entry; the last day is the exit (operation two). */
  day: number({ ...l.day, default: LEDGER.days, min: 0, max: LEDGER.days, step: 1 }),
  /** The common price both legs reach at the exit (the reader drags it on the exit steps). */
  level: number({ ...l.level, default: LEDGER.exitLevel, min: 80, max: 140, step: 1, control: true, format: (v) => t.price(v) }),
  /** Add the repo interest, night by night, and the net after it. */
  showRepo: flag({ ...l.showRepo, default: false }),
  highlight: choice(HIGHLIGHTS, { ...l.highlight, default: 'none' }),
});

export type LedgerState = StateOf<typeof params>;
export type LedgerHighlight = LedgerState['highlight'];
