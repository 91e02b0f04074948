/**
 * Geometry of the spread-closing figure (chapter 6): above, the futures and
 * cash prices each repetition of operation one traded at, against the
 * repetition count on a log scale, with the gap between them shaded; below,
 * the fund's account after the last repetition and the two multiples side
 * by side. Pure: engine numbers + state + size → marks. Words come from
 * @strings/spread-closing.
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import { spreadClosing as t } from '@strings/spread-closing';
import type { Mark } from '../core/marks';
import type { Size } from '../core/types';
import type { SpreadClosingHighlight } from './params';

export interface SpreadClosingModel {
  highlight: SpreadClosingHighlight;
  haircut: number;
  requested: number;
  done: number;
  stopped: boolean;
  closesAfter: number | null;
  maxRepetitions: number;
  cashStart: number;
  futuresStart: number;
  cashImpact: number;
  futuresImpact: number;
  firstSpread: number;
  lastSpread: number;
  gap: number;
  face: number;
  haircutEquity: number;
  marginEquity: number;
  equity: number;
  repoLoan: number;
  assets: number;
  repoMultiple: number | null;
  assetsToEquity: number;
  paperProfit: number;
  /** Prices each repetition traded at, along the whole run (index k = repetition k + 1). */
  pathCash: Float64Array;
  pathFutures: Float64Array;
}

const PAD = 10;
/** Repetition counts sampled for the lines: log-spaced, the same for every state so the lines tween. */
const SAMPLES = 72;

export function sampleCounts(max: number): number[] {
  const out: number[] = [];
  for (let j = 0; j < SAMPLES; j++) {
    const n = Math.round(Math.pow(max, j / (SAMPLES - 1)));
    out.push(Math.max(1, Math.min(max, n)));
  }
  return out;
}

interface Frame {
  narrow: boolean;
  x0: number;
  x1: number;
  plotTop: number;
  plotBottom: number;
  noteY: number;
  panelTop: number;
  rowH: number;
  boxTop: number;
  boxH: number;
}

export function frame(width: number): Frame {
  const narrow = width < 520;
  const plotTop = 44;
  const plotH = narrow ? 150 : 176;
  const plotBottom = plotTop + plotH;
  const noteY = plotBottom + 50;
  const panelTop = noteY + 22;
  const rowH = 36;
  const boxTop = panelTop + 18 + rowH * 2 + 4;
  return { narrow, x0: 54, x1: width - 16, plotTop, plotBottom, noteY, panelTop, rowH, boxTop, boxH: 46 };
}

export function heightFor(width: number): number {
  const f = frame(width);
  return f.boxTop + f.boxH + 8;
}

export function layoutSpreadClosing(m: SpreadClosingModel, _state: unknown, size: Size): Mark[] {
  const { width } = size;
  const f = frame(width);
  const x = scaleLog().domain([1, m.maxRepetitions]).range([f.x0, f.x1]);
  const lo = m.cashStart;
  const hi = m.futuresStart;
  const padY = (hi - lo) * 0.12;
  const y = scaleLinear().domain([lo - padY, hi + padY]).range([f.plotBottom, f.plotTop]);
  const pathLen = m.pathCash.length;
  const counts = sampleCounts(m.maxRepetitions);
  const at = (n: number) => Math.max(1, Math.min(n, pathLen));
  const point = (n: number, leg: 'cash' | 'futures'): [number, number] => {
    const k = at(n) - 1;
    return [x(at(n)), y(leg === 'cash' ? m.pathCash[k] : m.pathFutures[k])];
  };
  // Lines up to the last repetition done; points beyond it sit on the last one (constant count for tweening).
  const upTo = (leg: 'cash' | 'futures', last: number) => counts.map((n) => point(Math.min(n, last), leg));
  const ahead = (leg: 'cash' | 'futures', first: number) => counts.map((n) => point(Math.max(n, first), leg));
  const d = (pts: [number, number][]) => 'M' + pts.map(([a, b]) => `${a.toFixed(2)},${b.toFixed(2)}`).join('L');
  const cashPts = upTo('cash', m.done);
  const futPts = upTo('futures', m.done);
  const band = 'M' + [...futPts, ...[...cashPts].reverse()].map(([a, b]) => `${a.toFixed(2)},${b.toFixed(2)}`).join('L') + 'Z';
  const showAhead = (m.highlight === 'gap' || m.highlight === 'closed') && m.done < pathLen;
  const marks: Mark[] = [];

  // Axes.
  const yTicks = [lo, (lo + hi) / 2, hi];
  marks.push({
    key: 'y-axis',
    tag: 'g',
    children: [
      { key: 'title', tag: 'text', attrs: { x: PAD, y: 14, class: 'axis-title' }, text: t.axisY },
      ...yTicks.flatMap((v, i): Mark[] => [
        { key: `grid-${i}`, tag: 'line', attrs: { x1: f.x0, x2: f.x1, y1: y(v), y2: y(v), class: 'rule' } },
        { key: `tick-${i}`, tag: 'text', attrs: { x: f.x0 - 6, y: y(v) + 4, class: 'tick end' }, text: t.tickY(v) },
      ]),
    ],
  });
  const xTicks: number[] = [];
  for (let n = 1; n <= m.maxRepetitions; n *= 10) xTicks.push(n);
  marks.push({
    key: 'x-axis',
    tag: 'g',
    children: [
      ...xTicks.map((n, i): Mark => ({ key: `tick-${i}`, tag: 'text', attrs: { x: x(n), y: f.plotBottom + 16, class: `tick ${i === 0 ? '' : i === xTicks.length - 1 ? 'end' : 'middle'}`.trim() }, text: t.tickX(n) })),
      { key: 'title', tag: 'text', attrs: { x: (f.x0 + f.x1) / 2, y: f.plotBottom + 30, class: 'axis-title middle' }, text: t.axisX },
    ],
  });

  // The gap, the road ahead (faint), the two price lines, the start labels.
  marks.push(
    { key: 'gap', tag: 'path', attrs: { d: band, class: 'spread-band', opacity: m.highlight === 'gap' ? 1 : 0.7 } },
    { key: 'ahead-futures', tag: 'path', attrs: { d: d(ahead('futures', m.done)), class: 'line futures ghost', opacity: showAhead ? 0.45 : 0 } },
    { key: 'ahead-cash', tag: 'path', attrs: { d: d(ahead('cash', m.done)), class: 'line cash ghost', opacity: showAhead ? 0.45 : 0 } },
    { key: 'line-futures', tag: 'path', attrs: { d: d(futPts), class: 'line futures' } },
    { key: 'line-cash', tag: 'path', attrs: { d: d(cashPts), class: 'line cash' } },
    { key: 'start-futures', tag: 'text', attrs: { x: f.x0 + 4, y: y(hi) - 7, class: 'futures-text' }, text: t.futuresStart(m.futuresStart) },
    { key: 'start-cash', tag: 'text', attrs: { x: f.x0 + 4, y: y(lo) + 16, class: 'cash-text' }, text: t.cashStart(m.cashStart) },
  );

  // Marker at the last repetition done: a rule, two dots, its count and the gap it locked in.
  const [mx, fy] = point(m.done, 'futures');
  const [, cy] = point(m.done, 'cash');
  const right = mx > (f.x0 + f.x1) / 2;
  const labelX = right ? mx - 6 : mx + 6;
  const anchor = right ? 'end' : '';
  const midY = (fy + cy) / 2;
  marks.push({
    key: 'marker',
    tag: 'g',
    children: [
      { key: 'rule', tag: 'line', attrs: { x1: mx, x2: mx, y1: f.plotTop, y2: f.plotBottom, class: 'cursor-rule' } },
      { key: 'dot-futures', tag: 'circle', attrs: { cx: mx, cy: fy, r: 4, class: 'dot futures' } },
      { key: 'dot-cash', tag: 'circle', attrs: { cx: mx, cy: cy, r: 4, class: 'dot cash' } },
      { key: 'count', tag: 'text', attrs: { x: labelX, y: f.plotTop - 8, class: `value ${anchor}`.trim() }, text: t.marker(m.done) },
      {
        key: 'gap-label',
        tag: 'text',
        attrs: { x: labelX, y: m.stopped ? midY - 10 : midY + 4, class: `note halo ${anchor}${m.highlight === 'gap' ? ' strong' : ''}`.trim() },
        text: t.markerGap(m.lastSpread),
      },
      {
        key: 'next-label',
        tag: 'text',
        attrs: { x: labelX, y: midY + 22, class: `note halo ${anchor}${m.highlight === 'closed' ? ' strong' : ''}`.trim(), opacity: m.stopped ? 1 : 0 },
        text: t.nextLoses(m.gap),
      },
    ],
  });

  // Under the plot: the stylised impact, or (when the run stopped) what was asked and what was done.
  marks.push({
    key: 'note',
    tag: 'text',
    attrs: { x: PAD, y: f.noteY, class: `note${m.stopped ? ' strong' : ''}` },
    text: m.stopped ? `${t.stoppedNote(m.requested, m.done)} · ${t.closedAt(m.done)}` : t.impactNote(m.cashImpact, m.futuresImpact),
  });

  // The fund's account.
  const colW = (width - 2 * PAD) / 2;
  const cell = (key: string, col: number, row: number, label: string, value: string, cls: string, strong: boolean): Mark => ({
    key,
    tag: 'g',
    children: [
      { key: 'label', tag: 'text', attrs: { x: PAD + col * colW, y: f.panelTop + 18 + row * f.rowH + 12, class: 'note' }, text: label },
      { key: 'value', tag: 'text', attrs: { x: PAD + col * colW, y: f.panelTop + 18 + row * f.rowH + 29, class: `sc-value ${cls}${strong ? ' strong' : ''}` }, text: value },
    ],
  });
  marks.push({
    key: 'panel',
    tag: 'g',
    children: [
      { key: 'title', tag: 'text', attrs: { x: PAD, y: f.panelTop + 8, class: 'axis-title' }, text: t.panelTitle },
      cell('count', 0, 0, t.labelCount, t.valueCount(m.done), '', m.highlight === 'closed'),
      cell('face', 1, 0, t.labelFace, t.money(m.face), '', false),
      cell('equity', 0, 1, t.labelEquity, t.valueEquity(m.equity, m.haircutEquity, m.marginEquity), 'hedge-text', m.highlight === 'multiples'),
      cell('profit', 1, 1, t.labelProfit, t.profit(m.paperProfit), 'cash-text', m.highlight === 'paper'),
    ],
  });

  // The two multiples, side by side and labelled.
  const boxW = (width - 2 * PAD - 8) / 2;
  const box = (key: string, col: number, label: string, value: string): Mark => {
    const bx = PAD + col * (boxW + 8);
    return {
      key,
      tag: 'g',
      children: [
        { key: 'box', tag: 'rect', attrs: { x: bx, y: f.boxTop, width: boxW, height: f.boxH, rx: 6, class: `sc-box${m.highlight === 'multiples' ? ' is-hl' : ''}` } },
        { key: 'label', tag: 'text', attrs: { x: bx + 8, y: f.boxTop + 17, class: 'note' }, text: label },
        { key: 'value', tag: 'text', attrs: { x: bx + 8, y: f.boxTop + 37, class: 'sc-value' }, text: value },
      ],
    };
  };
  marks.push(
    box('multiple-repo', 0, t.labelRepoMultiple(m.haircut), t.valueRepoMultiple(m.repoMultiple)),
    box('multiple-assets', 1, t.labelAssetsMultiple, t.times(m.assetsToEquity)),
  );
  return marks;
}
