/**
 * The `fed-holdings` data figure: the Fed's Treasury holdings (H.4.1
 * TREAST, Wednesday level), weekly 2019–2021, drawn up to a date; the
 * March–April 2020 purchases shaded with their size and the peak daily pace.
 *
 * State (all optional): to (ISO date, default the last week), highlight: 'none' | 'purchases'.
 */
import fedJson from '../../../data/fed-holdings.json';
import type { FedHoldings } from '../../../data/index';
import { fact } from '../../../data/facts';
import { fedHoldings as t } from '@strings/fed-holdings';
import { dataFigures as f } from '@strings/charts';
import { formatNumber } from '@strings/format';
import type { WidgetDefinition } from '../core/types';
import { LAST_WEEK, params, type FedState } from './params';

export { LAST_WEEK };
export type { FedState, FedHighlight } from './params';
import { layoutFedHoldings, pointerFedHoldings, type FedModel } from './layout';

const data: FedHoldings = fedJson;


/** The purchases band: the Wednesdays before and after the March–April 2020 surge (the derived facts). */
export const PURCHASES = { from: fact('treast-2020-03-11').date, to: fact('treast-2020-04-29').date };
/** Peak daily pace of Treasury purchases, $bn per day (quoted fact). */
export const PEAK_PACE_BN = fact('fed-purchase-peak-2020-03-19').value;

function compute(state: FedState): FedModel {
  let shown = -1;
  data.date.forEach((d, i) => {
    if (d <= state.to) shown = i;
  });
  const pFrom = data.date.indexOf(PURCHASES.from);
  const pTo = data.date.indexOf(PURCHASES.to);
  return { data, shown, pFrom, pTo, paceBn: PEAK_PACE_BN };
}

function purchasesInfo(m: FedModel) {
  if (m.pFrom < 0 || m.pTo < 0 || m.data.treastBn[m.pFrom] === null || m.data.treastBn[m.pTo] === null) return null;
  return {
    from: m.data.date[m.pFrom],
    to: m.data.date[m.pTo],
    fromBn: m.data.treastBn[m.pFrom] as number,
    toBn: m.data.treastBn[m.pTo] as number,
    weeks: m.pTo - m.pFrom,
  };
}

const definition: WidgetDefinition<FedState, FedModel> = {
  name: 'fed-holdings',
  title: t.title,
  source: t.source,
  staticSize: { width: 640, height: 340 },
  heightFor: (width) => Math.round(Math.min(360, Math.max(280, width * 0.58))),
  params,
  compute,
  layout: layoutFedHoldings,
  summarize(m, state) {
    const p = purchasesInfo(m);
    return {
      to: state.to,
      highlight: state.highlight,
      week: m.shown >= 0 ? m.data.date[m.shown] : null,
      treastBn: m.shown >= 0 ? m.data.treastBn[m.shown] : null,
      firstBn: m.data.treastBn[0],
      purchasesFromBn: p?.fromBn ?? null,
      purchasesToBn: p?.toBn ?? null,
      purchasesChangeBn: p ? Math.round((p.toBn - p.fromBn) * 10) / 10 : null,
      peakPaceBnPerDay: m.paceBn,
    };
  },
  describe(m, state) {
    return t.describe({
      from: m.data.date[0],
      to: state.to,
      date: m.shown >= 0 ? m.data.date[m.shown] : null,
      bn: m.shown >= 0 ? m.data.treastBn[m.shown] : null,
      firstBn: m.data.treastBn[0],
      highlight: state.highlight,
      purchases: purchasesInfo(m),
      paceBn: m.paceBn,
    });
  },
  pointer: pointerFedHoldings,
  table(m) {
    return {
      caption: t.tableCaption,
      columns: t.tableColumns,
      rows: m.data.date.map((d, i) => [d, m.data.treastBn[i] === null ? f.missing : formatNumber((m.data.treastBn[i] as number) * 10, 0)]),
    };
  },
};

export { purchasesInfo };
export default definition;
