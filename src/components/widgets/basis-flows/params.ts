/** The basis-flows figure's parameters, declared once (see core/params.ts). */
import { TOY_HAIRCUT } from '../../../engine';
import { basisFlows as t, basisFlowsParams as l } from '@strings/basis-flows';
import { choice, defineParams, flag, number, type StateOf } from '../core/params';

export const params = defineParams({
  /** Legs built so far: 0 none, 1 short futures, 2 + long cash, 3 + repo. */
  legs: number({ ...l.legs, default: 3, min: 0, max: 3, step: 1 }),
  /** 'flows': every arrow as it happens; 'net': the borrowed cash and the bond pass straight through the fund. */
  view: choice(['flows', 'net'], { ...l.view, default: 'flows' }),
  /** Repo haircut as a decimal; the reader drags it on the leverage steps. */
  haircut: number({ ...l.haircut, label: t.haircutControl, default: TOY_HAIRCUT, min: 0, max: 0.2, step: 0.005, control: true, format: (v) => t.percent(v) }),
  showBalanceSheet: flag({ ...l.showBalanceSheet, default: true }),
  highlight: choice(['none', 'futures', 'cash', 'repo', 'cost', 'leverage'], { ...l.highlight, default: 'none' }),
});

export type FlowsState = StateOf<typeof params>;
