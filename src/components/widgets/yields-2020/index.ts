/**
 * The `yields-2020` data figure: the 10-year Treasury yield (and the
 * 2-year, lighter) from February to April 2020, revealed up to a date: the
 * fall to the record low close on 9 March and the snapback while markets sold.
 *
 * State (all optional): to (ISO date, default the last day), highlight: 'none' | 'low' | 'snapback'.
 */
import yieldsJson from '../../../data/yields-2020.json';
import type { Yields2020 } from '../../../data/index';
import { yields2020 as t } from '@strings/yields-2020';
import { dataFigures as f } from '@strings/charts';
import type { WidgetDefinition } from '../core/types';
import { LAST_DAY, params, type YieldsState } from './params';

export { LAST_DAY };
export type { YieldsState, YieldsHighlight } from './params';
import { isoToMs } from '../timechart/common';
import { layoutYields, pointerYields, type YieldsModel } from './layout';

const data: Yields2020 = yieldsJson;


export const FIRST_DAY = data.date[0];
/** The snapback is looked for within this many calendar days after the low. */
const SNAPBACK_DAYS = 14;

function compute(state: YieldsState): YieldsModel {
  let shown = -1;
  data.date.forEach((d, i) => {
    if (d <= state.to) shown = i;
  });
  let lastValid = -1;
  let low = -1;
  for (let i = 0; i <= shown; i++) {
    const v = data.dgs10[i];
    if (v === null) continue;
    lastValid = i;
    if (low < 0 || v < (data.dgs10[low] as number)) low = i;
  }
  let snap = -1;
  if (low >= 0) {
    const limit = isoToMs(data.date[low]) + SNAPBACK_DAYS * 86_400_000;
    for (let i = low + 1; i <= shown; i++) {
      const v = data.dgs10[i];
      if (v === null || isoToMs(data.date[i]) > limit) continue;
      if (snap < 0 || v > (data.dgs10[snap] as number)) snap = i;
    }
  }
  return { data, shown, lastValid, low, snap };
}

function snapInfo(m: YieldsModel) {
  if (m.low < 0 || m.snap < 0) return null;
  const low = m.data.dgs10[m.low] as number;
  const value = m.data.dgs10[m.snap] as number;
  return {
    date: m.data.date[m.snap],
    value,
    days: Math.round((isoToMs(m.data.date[m.snap]) - isoToMs(m.data.date[m.low])) / 86_400_000),
    riseBp: Math.round((value - low) * 100),
  };
}

const definition: WidgetDefinition<YieldsState, YieldsModel> = {
  name: 'yields-2020',
  title: t.title,
  source: t.source,
  staticSize: { width: 640, height: 340 },
  heightFor: (width) => Math.round(Math.min(360, Math.max(280, width * 0.58))),
  params,
  compute,
  layout: layoutYields,
  summarize(m, state) {
    const snap = snapInfo(m);
    return {
      to: state.to,
      highlight: state.highlight,
      date: m.lastValid >= 0 ? m.data.date[m.lastValid] : null,
      dgs10: m.lastValid >= 0 ? m.data.dgs10[m.lastValid] : null,
      dgs2: m.lastValid >= 0 ? m.data.dgs2[m.lastValid] : null,
      lowDate: m.low >= 0 ? m.data.date[m.low] : null,
      low10: m.low >= 0 ? m.data.dgs10[m.low] : null,
      snapDate: snap?.date ?? null,
      snap10: snap?.value ?? null,
      snapRiseBp: snap?.riseBp ?? null,
    };
  },
  describe(m, state) {
    return t.describe({
      from: m.data.date[0],
      to: state.to,
      date: m.lastValid >= 0 ? m.data.date[m.lastValid] : null,
      dgs10: m.lastValid >= 0 ? m.data.dgs10[m.lastValid] : null,
      dgs2: m.lastValid >= 0 ? m.data.dgs2[m.lastValid] : null,
      highlight: state.highlight,
      low: m.low >= 0 ? { date: m.data.date[m.low], value: m.data.dgs10[m.low] as number } : null,
      snap: snapInfo(m),
    });
  },
  pointer: pointerYields,
  table(m) {
    const num = (v: number | null) => (v === null ? f.missing : v.toFixed(2));
    return { caption: t.tableCaption, columns: t.tableColumns, rows: m.data.date.map((d, i) => [d, num(m.data.dgs10[i]), num(m.data.dgs2[i])]) };
  },
};

export { snapInfo };
export default definition;
