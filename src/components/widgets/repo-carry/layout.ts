/**
 * Geometry of the repo-carry figure: profit at delivery (y) against the
 * repo rate (x), a straight line through the breakeven (implied repo)
 * rate, the reader's rate as a dot, and SOFR before and on the 17 Sep 2019
 * spike as reference marks. Pure: engine output + size → marks.
 */
import { scaleLinear } from 'd3-scale';
import type { RepoCarryModel, RepoCarryPoint } from '../../../engine';
import { repoCarry as t } from '@strings/repo-carry';
import type { Mark } from '../core/marks';
import type { Size } from '../core/types';

export interface RepoCarryView {
  model: RepoCarryModel;
  ratePct: number;
  breakevenPct: number;
  /** Profit at the two ends of the rate axis (the line is straight). */
  curve: RepoCarryPoint[];
  sofrBefore: number;
  sofrSpike: number;
  preset: 'sofr-before' | 'sofr-spike' | 'breakeven';
  rateMin: number;
  rateMax: number;
}

const PAD = { left: 50, right: 16, top: 64, bottom: 40 };

export function layoutRepoCarry(v: RepoCarryView, size: Size): Mark[] {
  const { width, height } = size;
  const x0 = PAD.left;
  const x1 = width - PAD.right;
  const yTop = PAD.top;
  const yBottom = height - PAD.bottom;
  const x = scaleLinear().domain([v.rateMin, v.rateMax]).range([x0, x1]);
  const [a, b] = v.curve;
  const hi = Math.max(a.profit, b.profit, 1);
  const lo = Math.min(a.profit, b.profit, -1);
  const pad = (hi - lo) * 0.06;
  const y = scaleLinear().domain([lo - pad, hi + pad]).range([yBottom, yTop]);
  const at = v.model.at;
  const be = Math.min(v.rateMax, Math.max(v.rateMin, v.breakevenPct));
  const gain = at.profit >= 0;

  const gainArea = `${x(v.rateMin)},${y(0)} ${x(v.rateMin)},${y(a.profit)} ${x(be)},${y(0)}`;
  const lossArea = `${x(be)},${y(0)} ${x(v.rateMax)},${y(b.profit)} ${x(v.rateMax)},${y(0)}`;
  const ticks = [0, 2, 4, 6, 8].filter((r) => r >= v.rateMin && r <= v.rateMax);
  const ref = (key: string, pct: number, label: string, active: boolean, row: number): Mark => ({
    key,
    tag: 'g',
    children: [
      { key: 'line', tag: 'line', attrs: { x1: x(pct), x2: x(pct), y1: yTop - 4, y2: yBottom, class: `ref${active ? ' active' : ''}` } },
      {
        key: 'label',
        tag: 'text',
        attrs: { x: clamp(x(pct), x0 + 44, x1 - 44), y: yTop - 8 - row * 14, class: `note middle halo${active ? ' strong-note' : ''}` },
        text: label,
      },
    ],
  });

  return [
    {
      key: 'readout',
      tag: 'g',
      children: [
        { key: 'main', tag: 'text', attrs: { x: 4, y: 16, class: `value ${gain ? 'cash-text' : 'alert-text'}` }, text: t.readout(v.ratePct, at.profit) },
        { key: 'per100', tag: 'text', attrs: { x: 4, y: 34, class: 'note' }, text: t.readoutPer100(at.profitPer100) },
      ],
    },
    {
      key: 'plot',
      tag: 'g',
      children: [
        { key: 'gain-area', tag: 'polygon', attrs: { points: gainArea, class: 'area gain' } },
        { key: 'loss-area', tag: 'polygon', attrs: { points: lossArea, class: 'area loss' } },
        { key: 'zero', tag: 'line', attrs: { x1: x0, x2: x1, y1: y(0), y2: y(0), class: 'axis-line' } },
        { key: 'zero-label', tag: 'text', attrs: { x: x0 - 6, y: y(0) + 4, class: 'tick end' }, text: '0' },
        { key: 'hi-label', tag: 'text', attrs: { x: x0 - 6, y: y(a.profit) + 4, class: 'tick end' }, text: t.tick(a.profit) },
        { key: 'lo-label', tag: 'text', attrs: { x: x0 - 6, y: y(b.profit) + 4, class: 'tick end' }, text: t.tick(b.profit) },
        ...ticks.map(
          (r): Mark => ({ key: `xt-${r}`, tag: 'text', attrs: { x: x(r), y: yBottom + 16, class: 'tick middle' }, text: t.rateTick(r) }),
        ),
        { key: 'x-title', tag: 'text', attrs: { x: x1, y: yBottom + 33, class: 'axis-title end' }, text: t.rateAxis },
        ref('sofr-before', v.sofrBefore, t.sofrBefore(v.sofrBefore), v.preset === 'sofr-before', 0),
        ref('sofr-spike', v.sofrSpike, t.sofrSpike(v.sofrSpike), v.preset === 'sofr-spike', 0),
        { key: 'profit-line', tag: 'line', attrs: { x1: x(v.rateMin), y1: y(a.profit), x2: x(v.rateMax), y2: y(b.profit), class: 'line repo' } },
        { key: 'breakeven-dot', tag: 'circle', attrs: { cx: x(be), cy: y(0), r: 4, class: 'dot hollow' } },
        {
          key: 'breakeven-label',
          tag: 'text',
          attrs: { x: Math.max(x0 + 96, x(be) - 8), y: y(0) + 18, class: `note end halo${v.preset === 'breakeven' ? ' strong-note' : ''}` },
          text: t.breakeven(v.breakevenPct),
        },
        { key: 'guide', tag: 'line', attrs: { x1: x(v.ratePct), x2: x(v.ratePct), y1: y(0), y2: y(at.profit), class: `guide ${gain ? 'gain' : 'loss'}` } },
        { key: 'dot', tag: 'circle', attrs: { cx: x(v.ratePct), cy: y(at.profit), r: 6, class: `dot ${gain ? 'gain' : 'loss'}` } },
      ],
    },
  ];
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
