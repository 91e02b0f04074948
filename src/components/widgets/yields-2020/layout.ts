/**
 * Geometry of the `yields-2020` figure: 10-year (strong) and 2-year (light)
 * yields on a fixed February–April axis, drawn up to the state's date; the
 * record-low close and the snapback annotated.
 */
import { scaleLinear } from 'd3-scale';
import type { Yields2020 } from '../../../data/index';
import { yields2020 as t } from '@strings/yields-2020';
import { dataFigures as f } from '@strings/charts';
import type { Mark } from '../core/marks';
import type { PointerReadout, Size } from '../core/types';
import { isoToMs, legend, nearestIndex, seriesPath, timeAxis, timeScale, valueAxis } from '../timechart/common';
import type { YieldsState } from './index';

export interface YieldsModel {
  data: Yields2020;
  /** Last index on or before the state's date. */
  shown: number;
  /** Last index with a 10-year value, on or before the date. */
  lastValid: number;
  /** Index of the lowest 10-year close so far. */
  low: number;
  /** Index of the highest 10-year close within two weeks after the low (-1 if none yet). */
  snap: number;
}

const PAD = { left: 44, right: 14, top: 40, bottom: 26 };

function scales(m: YieldsModel, size: Size) {
  const d = m.data;
  const x = timeScale(d.date[0], d.date[d.date.length - 1], PAD.left, size.width - PAD.right);
  const values = [...d.dgs10, ...d.dgs2].filter((v): v is number => v !== null);
  const y = scaleLinear()
    .domain([0, Math.max(...values) + 0.1])
    .nice(4)
    .range([size.height - PAD.bottom, PAD.top]);
  return { x, y };
}

export function layoutYields(m: YieldsModel, state: YieldsState, size: Size): Mark[] {
  const { width, height } = size;
  const { x, y } = scales(m, size);
  const d = m.data;
  const last = d.date.length - 1;
  const xs = (ms: number) => x(ms);
  const marks: Mark[] = [];
  marks.push({ key: 'y-axis', tag: 'g', children: valueAxis(y, PAD.left, width - PAD.right, f.tickPct, 4) });
  marks.push({ key: 'x-axis', tag: 'g', children: timeAxis(x, height - PAD.bottom, width) });
  marks.push({
    key: 'legend',
    tag: 'g',
    children: legend(
      [
        { key: 'ten', label: t.tenYear, cls: 'cash', shown: true },
        { key: 'two', label: t.twoYear, cls: 'cash light', shown: true },
      ],
      PAD.left,
      14,
    ),
  });

  // Snapback band (behind the lines): from the low to the snapback high.
  const snapShown = state.highlight === 'snapback' && m.snap >= 0;
  const lx = m.low >= 0 ? x(isoToMs(d.date[m.low])) : PAD.left;
  const hx = m.snap >= 0 ? x(isoToMs(d.date[m.snap])) : lx;
  const lowV = m.low >= 0 ? (d.dgs10[m.low] as number) : 0;
  const snapV = m.snap >= 0 ? (d.dgs10[m.snap] as number) : lowV;
  const days = m.snap >= 0 ? Math.round((isoToMs(d.date[m.snap]) - isoToMs(d.date[m.low])) / 86_400_000) : 0;
  marks.push({
    key: 'snap-band',
    tag: 'rect',
    attrs: { x: lx, y: PAD.top, width: snapShown ? Math.max(2, hx - lx) : 0, height: height - PAD.top - PAD.bottom, class: 'band highlight', opacity: snapShown ? 1 : 0 },
  });

  const reveal = Math.max(0, m.shown);
  marks.push({
    key: 'lines',
    tag: 'g',
    children: [
      { key: 'two', tag: 'path', attrs: { d: seriesPath(d.date, d.dgs2, 0, last, xs, (v) => y(v), reveal), class: 'line cash light' } },
      { key: 'ten', tag: 'path', attrs: { d: seriesPath(d.date, d.dgs10, 0, last, xs, (v) => y(v), reveal), class: 'line cash' } },
    ],
  });

  // Head of the 10-year line: the last close shown.
  const hi = m.lastValid;
  const headX = hi >= 0 ? x(isoToMs(d.date[hi])) : PAD.left;
  const headY = hi >= 0 ? y(d.dgs10[hi] as number) : y(0);
  marks.push({ key: 'head', tag: 'circle', attrs: { cx: headX, cy: headY, r: 4, class: 'dot cash', opacity: hi >= 0 ? 1 : 0 } });

  const lowShown = (state.highlight === 'low' || state.highlight === 'snapback') && m.low >= 0;
  const lowFlip = lx > width - 130;
  const lowBeside = hi === m.low && !lowFlip;
  marks.push({
    key: 'low',
    tag: 'g',
    attrs: { opacity: lowShown ? 1 : 0 },
    children: [
      { key: 'dot', tag: 'circle', attrs: { cx: lx, cy: y(lowV), r: 5, class: 'dot alert' } },
      {
        key: 'label',
        tag: 'text',
        // Beside its dot while the lines end there (nothing to its right yet); once the V is drawn, under it by the axis.
        attrs: {
          x: lowFlip ? lx - 8 : lowBeside ? lx + 10 : lx + 8,
          y: lowBeside ? y(lowV) + 4 : height - PAD.bottom - 6,
          class: `value halo alert-text${lowFlip ? ' end' : ''}`,
        },
        text: m.low >= 0 ? t.lowLabel(d.date[m.low], lowV) : '',
      },
    ],
  });
  const snapFlip = hx > width - 130;
  marks.push({
    key: 'snap',
    tag: 'g',
    attrs: { opacity: snapShown ? 1 : 0 },
    children: [
      { key: 'dot', tag: 'circle', attrs: { cx: hx, cy: y(snapV), r: 5, class: 'dot alert' } },
      {
        key: 'label',
        tag: 'text',
        attrs: { x: snapFlip ? hx - 8 : hx + 8, y: y(snapV) - 8, class: `value halo alert-text${snapFlip ? ' end' : ''}` },
        text: m.snap >= 0 ? t.snapLabel(d.date[m.snap], snapV) : '',
      },
      {
        key: 'band-label',
        tag: 'text',
        attrs: { x: (lx + hx) / 2, y: PAD.top - 5, class: 'note middle band-label halo' },
        text: t.snapBand(days, Math.round((snapV - lowV) * 100)),
      },
    ],
  });
  return marks;
}

export function pointerYields(m: YieldsModel, _state: YieldsState, size: Size, at: { x: number; y: number }): PointerReadout | null {
  if (at.x < PAD.left - 10 || at.x > size.width - PAD.right + 10 || m.shown < 0) return null;
  const { x, y } = scales(m, size);
  const d = m.data;
  const i = nearestIndex(d.date, x.invert(at.x).getTime(), 0, m.shown, (k) => d.dgs10[k] !== null);
  if (i < 0) return null;
  const px = x(isoToMs(d.date[i]));
  const marks: Mark[] = [
    { key: 'rule', tag: 'line', attrs: { x1: px, x2: px, y1: PAD.top, y2: size.height - PAD.bottom, class: 'rule cursor-rule' } },
    { key: 'ten', tag: 'circle', attrs: { cx: px, cy: y(d.dgs10[i] as number), r: 4.5, class: 'dot cash' } },
  ];
  if (d.dgs2[i] !== null) marks.push({ key: 'two', tag: 'circle', attrs: { cx: px, cy: y(d.dgs2[i] as number), r: 3.5, class: 'dot cash' } });
  return { marks, text: t.readout({ date: d.date[i], dgs10: d.dgs10[i], dgs2: d.dgs2[i] }) };
}
