/**
 * The `repo-rates` data figure: SOFR and EFFR against the FOMC target range
 * around the September 2019 repo spike and the March 2020 cuts.
 *
 * State (all optional; normalize fills defaults):
 * - window: 'sep2019' (default) | 'mar2020'
 * - highlight: 'none' | 'spike' (17 Sep 2019) | 'cuts' (3 and 15 March 2020) | 'spread' (SOFR above the top of the range, shaded)
 */
import ratesJson from '../../../data/rates-stress.json';
import type { RatesStress, RatesWindow } from '../../../data/index';
import { repoRates as t } from '@strings/repo-rates';
import { dataFigures as f } from '@strings/charts';
import type { WidgetDefinition } from '../core/types';
import { params, type RepoRatesState } from './params';

export type { RepoRatesState } from './params';
export type RepoWindow = RepoRatesState['window'];
export type RepoHighlight = RepoRatesState['highlight'];
import { layoutRepoRates, pointerRepoRates, type RepoRatesModel } from './layout';

const rates: RatesStress = ratesJson;




export function windowData(id: RepoWindow): RatesWindow {
  return rates.windows.find((w) => w.id === id) ?? rates.windows[0];
}

/** FOMC decisions inside a window, with the size of the cut (from the target ranges in the data). */
export function cutsIn(w: RatesWindow): RepoRatesModel['cuts'] {
  const ranges = rates.meta.targetRanges;
  const cuts: RepoRatesModel['cuts'] = [];
  ranges.forEach((r, i) => {
    if (i === 0 || r.decided < w.from || r.decided > w.to) return;
    const before = ranges[i - 1];
    cuts.push({ date: r.decided, effective: r.from, cutBp: Math.round((before.upper - r.upper) * 100), lower: r.lower, upper: r.upper });
  });
  return cuts;
}

function compute(state: RepoRatesState): RepoRatesModel {
  const w = windowData(state.window);
  let maxI = -1;
  let aboveI = -1;
  let daysAbove = 0;
  w.sofr.forEach((v, i) => {
    if (v !== null && (maxI < 0 || v > (w.sofr[maxI] as number))) maxI = i;
    const a = w.sofrMinusTopBp[i];
    if (a !== null && a > 0) {
      daysAbove++;
      if (aboveI < 0 || a > (w.sofrMinusTopBp[aboveI] as number)) aboveI = i;
    }
  });
  return { w, maxI, aboveI, daysAbove, cuts: cutsIn(w) };
}

const definition: WidgetDefinition<RepoRatesState, RepoRatesModel> = {
  name: 'repo-rates',
  title: t.title,
  source: t.source,
  staticSize: { width: 640, height: 360 },
  heightFor: (width) => Math.round(Math.min(380, Math.max(290, width * 0.6))),
  params,
  compute,
  layout: layoutRepoRates,
  summarize(m, state) {
    const w = m.w;
    return {
      window: state.window,
      highlight: state.highlight,
      from: w.from,
      to: w.to,
      maxSofr: w.sofr[m.maxI],
      maxSofrDate: w.date[m.maxI],
      effrOnMaxSofr: w.effr[m.maxI],
      topOnMaxSofr: w.targetUpper[m.maxI],
      maxSofrMinusTopBp: m.aboveI >= 0 ? w.sofrMinusTopBp[m.aboveI] : null,
      maxSofrMinusTopDate: m.aboveI >= 0 ? w.date[m.aboveI] : null,
      daysAboveTop: m.daysAbove,
      cuts: m.cuts.map((c) => `${c.date}:${c.cutBp}`).join(','),
    };
  },
  describe(m, state) {
    const w = m.w;
    return t.describe({
      window: state.window,
      from: w.from,
      to: w.to,
      highlight: state.highlight,
      maxSofr: w.sofr[m.maxI] as number,
      maxSofrDate: w.date[m.maxI],
      effrOnMax: w.effr[m.maxI],
      rangeOnMax: [w.targetLower[m.maxI], w.targetUpper[m.maxI]],
      maxAboveTopBp: m.aboveI >= 0 ? w.sofrMinusTopBp[m.aboveI] : null,
      maxAboveTopDate: m.aboveI >= 0 ? w.date[m.aboveI] : null,
      daysAboveTop: m.daysAbove,
      cuts: m.cuts,
    });
  },
  pointer: pointerRepoRates,
  table(m, state) {
    const w = m.w;
    const num = (v: number | null, d = 2) => (v === null ? f.missing : v.toFixed(d));
    return {
      caption: t.tableCaption(t.windowName[state.window]),
      columns: t.tableColumns,
      rows: w.date.map((d, i) => [d, num(w.sofr[i]), num(w.effr[i]), t.rangeCell(w.targetLower[i], w.targetUpper[i]), num(w.sofrMinusTopBp[i], 0)]),
    };
  },
};

export default definition;
