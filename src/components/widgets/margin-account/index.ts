/**
 * The futures margin account figure (chapter 2): the 奶茶 example run
 * through the engine's margin model, one day at a time.
 */
import { marginLeverage, MILK_TEA, milkTeaAccount } from '../../../engine';
import { marginAccount as t } from '@strings/margin-account';
import type { WidgetDefinition } from '../core/types';
import { params, type MarginState } from './params';

export type { MarginState } from './params';
import { layoutMarginAccount, type MarginView } from './layout';



function compute(state: MarginState): MarginView {
  const account = milkTeaAccount(state.answer, state.day);
  return {
    rows: account.rows,
    day: state.day,
    answer: state.answer,
    callDay: MILK_TEA.callDay,
    openPrice: MILK_TEA.spec.openPrice,
    swing: MILK_TEA.typicalSwing,
    showSwing: state.showSwing,
    showLevels: state.showLevels,
    balances: account.ownBalance,
    totals: account.balance,
    paid: account.paidIn,
    calls: account.owed,
    closedFrom: account.closedFrom,
  };
}

const definition: WidgetDefinition<MarginState, MarginView> = {
  name: 'margin-account',
  title: t.title,
  staticSize: { width: 560, height: 400 },
  heightFor: (width) => Math.round(Math.min(420, Math.max(300, width * 0.72))),
  params,
  compute,
  layout: (view, _state, size) => layoutMarginAccount(view, size),
  summarize(view, state) {
    const row = view.rows[state.day];
    return {
      day: state.day,
      price: row.price,
      balance: view.totals[state.day],
      call: view.calls[state.day],
      paidIn: view.paid[state.day],
      answer: state.answer,
      closed: view.closedFrom !== null,
      contracts: row.account.contracts,
    };
  },
  describe(view, state) {
    const row = view.rows[state.day];
    const spec = MILK_TEA.spec;
    return t.describe({
      day: state.day,
      price: row.price,
      change: row.price - spec.openPrice,
      balance: view.totals[state.day],
      initial: spec.initialMargin,
      maintenance: spec.maintenanceMargin,
      call: view.calls[state.day],
      answer: state.answer,
      paidIn: view.paid[state.day],
      closed: view.closedFrom !== null,
      withdrawable: view.calls[state.day] > 0 || view.closedFrom !== null ? 0 : row.withdrawable,
      leverage: marginLeverage(spec.openPrice, spec.contractFace, spec.initialMargin),
    });
  },
};

export default definition;
