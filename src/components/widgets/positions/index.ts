/**
 * The `positions` data figure: leveraged funds' shorts (red) against asset
 * managers' longs (blue) in Treasury futures, weekly, in billions of
 * dollars of face value (CFTC TFF). Used by chapters 1 and 5 and /data/.
 *
 * State (declared in params.ts; all optional):
 * - dataset: '10y' (10-year note, complete weekly history, default) | 'all' (six contracts, with gaps)
 * - from, to: ISO dates of the window (default 2010-01-01 … latest week; for 'all', no earlier than its first week)
 * - highlight: 'none' | 'buildup' | 'unwind' | 'record'
 * - series: 'both' (default) | 'hedge'
 * - cursor: ISO date or null; the nearest reported week is marked
 */
import { positions as t } from '@strings/positions';
import { dataFigures as f } from '@strings/charts';
import { formatNumber } from '@strings/format';
import type { WidgetDefinition } from '../core/types';
import { params } from './params';
import { isoToMs, nearestIndex, windowIndices } from '../timechart/common';
import {
  DEFAULT_FROM,
  LATEST_WEEK,
  MIN_SPAN_DAYS,
  seriesOf,
  type PositionsState,
} from './model';
import { layoutPositions, pointerPositions, type PositionsModel } from './layout';

/** Rules between keys: the window lies inside the dataset, starts before it ends and spans at least MIN_SPAN_DAYS. */
function refine(state: PositionsState): PositionsState {
  const min = state.dataset === 'all' ? seriesOf('all').date[0] : DEFAULT_FROM;
  const max = LATEST_WEEK;
  const clamp = (d: string) => (d < min ? min : d > max ? max : d);
  let from = clamp(state.from);
  let to = clamp(state.to);
  if (from > to) [from, to] = [to, from];
  if (isoToMs(to) - isoToMs(from) < MIN_SPAN_DAYS * 86_400_000) {
    const toMs = Math.min(isoToMs(max), isoToMs(from) + MIN_SPAN_DAYS * 86_400_000);
    to = new Date(toMs).toISOString().slice(0, 10);
    from = new Date(Math.min(isoToMs(from), toMs - MIN_SPAN_DAYS * 86_400_000)).toISOString().slice(0, 10);
  }
  return { ...state, from, to };
}

function compute(state: PositionsState): PositionsModel {
  const s = seriesOf(state.dataset);
  const { first, last } = windowIndices(s.date, state.from, state.to);
  const usable = (i: number) => s.levShortBn[i] !== null;
  // The week shown: the reported week nearest the cursor, or the last reported week in the window.
  const focus = state.cursor
    ? nearestIndex(s.date, isoToMs(state.cursor), first, last, usable)
    : nearestIndex(s.date, isoToMs(state.to), first, last, usable);
  let peak = -1;
  let gapWeeks = 0;
  let maxValue = 0;
  for (let i = first; i <= last && i >= 0; i++) {
    const lev = s.levShortBn[i];
    const am = s.amLongBn[i];
    if (lev === null) gapWeeks++;
    if (lev !== null && (peak < 0 || lev > (s.levShortBn[peak] as number))) peak = i;
    if (lev !== null) maxValue = Math.max(maxValue, lev);
    if (am !== null && state.series === 'both') maxValue = Math.max(maxValue, am);
  }
  return { series: s, first, last, focus, peak, gapWeeks, maxValue, latest: LATEST_WEEK };
}

export type { PositionsState, PositionsDataset, PositionsHighlight } from './model';

const definition: WidgetDefinition<PositionsState, PositionsModel> = {
  name: 'positions',
  title: t.title,
  source: t.source(LATEST_WEEK),
  staticSize: { width: 640, height: 380 },
  heightFor: (width) => Math.round(Math.min(400, Math.max(290, width * 0.62))),
  params,
  refine,
  compute,
  layout: layoutPositions,
  summarize(m, state) {
    const s = m.series;
    const at = (col: (number | null)[], i: number) => (i >= 0 ? col[i] : null);
    return {
      dataset: state.dataset,
      from: state.from,
      to: state.to,
      highlight: state.highlight,
      series: state.series,
      cursor: state.cursor,
      week: m.focus >= 0 ? s.date[m.focus] : null,
      levShortBn: at(s.levShortBn, m.focus),
      amLongBn: at(s.amLongBn, m.focus),
      peakLevShortBn: at(s.levShortBn, m.peak),
      peakWeek: m.peak >= 0 ? s.date[m.peak] : null,
      weeks: m.first >= 0 ? m.last - m.first + 1 : 0,
    };
  },
  describe(m, state) {
    const s = m.series;
    return t.describe({
      dataset: state.dataset,
      from: state.from,
      to: state.to,
      week: m.focus >= 0 ? s.date[m.focus] : null,
      levShortBn: m.focus >= 0 ? s.levShortBn[m.focus] : null,
      amLongBn: m.focus >= 0 ? s.amLongBn[m.focus] : null,
      showAm: state.series === 'both',
      peakLevShortBn: m.peak >= 0 ? s.levShortBn[m.peak] : null,
      peakWeek: m.peak >= 0 ? s.date[m.peak] : null,
      highlight: state.highlight,
      gapWeeks: m.gapWeeks,
      cursor: state.cursor !== null,
    });
  },
  pointer: pointerPositions,
  table(m, state) {
    const s = m.series;
    const rows: (string | number)[][] = [];
    const cell = (v: number | null) => (v === null ? f.missing : formatNumber(v * 10, 0));
    for (let i = m.first; i <= m.last && i >= 0; i++) rows.push([s.date[i], cell(s.levShortBn[i]), cell(s.amLongBn[i])]);
    return {
      caption: t.tableCaption(t.datasetName[state.dataset], state.from, state.to),
      columns: t.tableColumns,
      rows,
    };
  },
};

export default definition;
