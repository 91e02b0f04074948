/**
 * Geometry of the `repo-rates` figure: the FOMC target range as a band,
 * SOFR (repo, orange) and EFFR (dark) per business day, the spike and cut
 * annotations, and SOFR's excess over the top of the range shaded.
 */
import { scaleLinear } from 'd3-scale';
import { area } from 'd3-shape';
import type { RatesWindow } from '../../../data/index';
import { repoRates as t } from '@strings/repo-rates';
import { dataFigures as f } from '@strings/charts';
import type { Mark } from '../core/marks';
import type { PointerReadout, Size } from '../core/types';
import { isoToMs, legend, nearestIndex, seriesPath, timeAxis, timeScale, valueAxis } from '../timechart/common';
import type { RepoRatesState } from './index';

export interface RepoRatesModel {
  w: RatesWindow;
  /** Index of the highest SOFR. */
  maxI: number;
  /** Index of the largest SOFR excess over the top of the range (-1 if never above). */
  aboveI: number;
  daysAbove: number;
  cuts: { date: string; effective: string; cutBp: number; lower: number; upper: number }[];
}

const PAD = { left: 44, right: 14, top: 40, bottom: 26 };
const r1 = (v: number) => Math.round(v * 10) / 10;

function scales(m: RepoRatesModel, size: Size) {
  const w = m.w;
  const x = timeScale(w.from, w.to, PAD.left, size.width - PAD.right);
  const values = [...w.sofr, ...w.effr, ...w.targetUpper, ...w.targetLower].filter((v): v is number => v !== null);
  const y = scaleLinear()
    .domain([Math.max(0, Math.min(...values) - 0.25), Math.max(...values) + 0.3])
    .nice(5)
    .range([size.height - PAD.bottom, PAD.top]);
  return { x, y };
}

export function layoutRepoRates(m: RepoRatesModel, state: RepoRatesState, size: Size): Mark[] {
  const { width, height } = size;
  const { x, y } = scales(m, size);
  const w = m.w;
  const xs = (ms: number) => x(ms);
  const last = w.date.length - 1;
  const marks: Mark[] = [];

  marks.push({ key: 'y-axis', tag: 'g', children: valueAxis(y, PAD.left, width - PAD.right, f.tickPct, 5) });
  marks.push({ key: 'x-axis', tag: 'g', children: timeAxis(x, height - PAD.bottom, width) });

  // Target range: a step band (each day spans to the next business day).
  const steps = w.date.flatMap((d, i) => {
    const x0 = x(isoToMs(d));
    const x1 = i < last ? x(isoToMs(w.date[i + 1])) : x.range()[1];
    return [
      { x: x0, lo: w.targetLower[i], hi: w.targetUpper[i] },
      { x: x1, lo: w.targetLower[i], hi: w.targetUpper[i] },
    ];
  });
  const bandPath = area<{ x: number; lo: number; hi: number }>()
    .x((p) => r1(p.x))
    .y0((p) => r1(y(p.lo)))
    .y1((p) => r1(y(p.hi)))(steps) ?? '';

  // SOFR's excess over the top of the range.
  const excess = area<number>()
    .defined((i) => (w.sofrMinusTopBp[i] ?? 0) > 0)
    .x((i) => r1(x(isoToMs(w.date[i]))))
    .y0((i) => r1(y(w.targetUpper[i])))
    .y1((i) => r1(y(w.sofr[i] as number)))(w.date.map((_, i) => i)) ?? '';

  marks.push({
    key: `plot-${state.window}`,
    tag: 'g',
    children: [
      { key: 'range', tag: 'path', attrs: { d: bandPath, class: 'band policy' } },
      { key: 'excess', tag: 'path', attrs: { d: excess, class: 'band spread', opacity: state.highlight === 'spread' ? 1 : 0 } },
      { key: 'effr', tag: 'path', attrs: { d: seriesPath(w.date, w.effr, 0, last, xs, (v) => y(v)), class: 'line fed light' } },
      { key: 'sofr', tag: 'path', attrs: { d: seriesPath(w.date, w.sofr, 0, last, xs, (v) => y(v)), class: 'line repo' } },
    ],
  });

  marks.push({
    key: 'legend',
    tag: 'g',
    children: legend(
      [
        { key: 'sofr', label: t.sofr, cls: 'repo', shown: true },
        { key: 'effr', label: t.effr, cls: 'fed', shown: true },
      ],
      PAD.left,
      14,
    ),
  });
  // The range's name, in the band at the left.
  const lo0 = w.targetLower[0];
  marks.push({
    key: 'range-label',
    tag: 'text',
    attrs: { x: PAD.left + 4, y: Math.min(y(lo0) + 14, height - PAD.bottom - 4), class: 'note' },
    text: t.range,
  });

  // Spike annotation: the highest SOFR of the window (17 Sep 2019 in sep2019).
  const spikeShown = state.window === 'sep2019';
  const sx = x(isoToMs(w.date[m.maxI]));
  const sy = y(w.sofr[m.maxI] as number);
  const emphasis = state.highlight === 'spike';
  const flip = sx > width - 120;
  marks.push({
    key: 'spike',
    tag: 'g',
    attrs: { opacity: spikeShown ? 1 : 0 },
    children: [
      { key: 'ring', tag: 'circle', attrs: { cx: sx, cy: sy, r: emphasis ? 9 : 4, class: 'dot repo', opacity: emphasis ? 0.35 : 1 } },
      { key: 'dot', tag: 'circle', attrs: { cx: sx, cy: sy, r: 4, class: 'dot repo' } },
      {
        key: 'label',
        tag: 'text',
        attrs: { x: flip ? sx - 12 : sx + 12, y: sy + 4, class: `${emphasis ? 'value' : 'note'} halo repo-text${flip ? ' end' : ''}` },
        text: t.spikeLabel(w.date[m.maxI], w.sofr[m.maxI] as number),
      },
    ],
  });

  // Cut annotations (March 2020): a rule on each decision day, labels stacked from the top.
  const cutEmphasis = state.highlight === 'cuts';
  // In September 2019 the range's steps speak for themselves; the cut labels belong to March 2020 (or to the 'cuts' highlight).
  const cutsShown = state.window === 'mar2020' || cutEmphasis;
  marks.push({
    key: 'cuts',
    tag: 'g',
    // All rules first, then all labels: a later decision day's rule must not cross an earlier day's label.
    children: [
      ...m.cuts.map((c): Mark => {
        const cx = x(isoToMs(c.date));
        return {
          key: `cut-${c.date}`,
          tag: 'g',
          attrs: { opacity: cutsShown ? 1 : 0 },
          children: [{ key: 'rule', tag: 'line', attrs: { x1: cx, x2: cx, y1: PAD.top, y2: height - PAD.bottom, class: 'rule cursor-rule' } }],
        };
      }),
      ...m.cuts.map((c, k): Mark => {
        const cx = x(isoToMs(c.date));
        const right = cx < width * 0.55;
        return {
          key: `cut-label-${c.date}`,
          tag: 'text',
          attrs: {
            x: right ? cx + 5 : cx - 5,
            y: PAD.top + 12 + k * 16,
            class: `${cutEmphasis ? 'value' : 'note'} halo${right ? '' : ' end'}`,
            opacity: cutsShown ? 1 : 0,
          },
          text: t.cutLabel(c.date, c.cutBp),
        };
      }),
    ],
  });

  // Spread: label at the largest excess.
  const ai = m.aboveI;
  const ax = ai >= 0 ? x(isoToMs(w.date[ai])) : PAD.left;
  const ay = ai >= 0 ? y(w.sofr[ai] as number) : PAD.top;
  const aflip = ax > width - 150;
  marks.push({
    key: 'spread-label',
    tag: 'text',
    attrs: {
      x: aflip ? ax - 10 : ax + 10,
      y: Math.max(PAD.top + 10, ay - 8),
      class: `value halo repo-text${aflip ? ' end' : ''}`,
      opacity: state.highlight === 'spread' && ai >= 0 && !(spikeShown && ai === m.maxI) ? 1 : 0,
    },
    text: ai >= 0 ? t.spreadLabel(w.sofrMinusTopBp[ai] as number) : '',
  });
  return marks;
}

export function pointerRepoRates(m: RepoRatesModel, _state: RepoRatesState, size: Size, at: { x: number; y: number }): PointerReadout | null {
  if (at.x < PAD.left - 10 || at.x > size.width - PAD.right + 10) return null;
  const { x, y } = scales(m, size);
  const w = m.w;
  const i = nearestIndex(w.date, x.invert(at.x).getTime(), 0, w.date.length - 1);
  if (i < 0) return null;
  const px = x(isoToMs(w.date[i]));
  const marks: Mark[] = [{ key: 'rule', tag: 'line', attrs: { x1: px, x2: px, y1: PAD.top, y2: size.height - PAD.bottom, class: 'rule cursor-rule' } }];
  if (w.sofr[i] !== null) marks.push({ key: 'sofr', tag: 'circle', attrs: { cx: px, cy: y(w.sofr[i] as number), r: 4.5, class: 'dot repo' } });
  if (w.effr[i] !== null) marks.push({ key: 'effr', tag: 'circle', attrs: { cx: px, cy: y(w.effr[i] as number), r: 4, class: 'dot fed' } });
  return {
    marks,
    text: t.readout({ date: w.date[i], sofr: w.sofr[i], effr: w.effr[i], lower: w.targetLower[i], upper: w.targetUpper[i] }),
  };
}
