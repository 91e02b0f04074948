/**
 * Geometry of the cascade figure, top to bottom: a read-out, the fund
 * states' legend, one small square per fund (largest fund first; colour =
 * its state on the shown day, size = the share of its starting position it
 * still holds; drawn as one path per state), then three panels over the days of the run: cash and
 * futures prices, the basis (with the no-central-bank run dashed when the
 * central bank is on), and sales and purchases per day as bars.
 *
 * Pure: engine output + state + size → marks. Kept cheap because a slider
 * redraws it on every input event: one path per series with a constant
 * number of points (padded with the shown day's value), the funds as one
 * path per state and the bars as one path per series, no scales rebuilt
 * per element.
 */
import type { CascadeDayTotals, CascadeResult, FundTables } from '../../../engine';
import { cascade as t } from '@strings/cascade';
import type { Mark } from '../core/marks';
import type { Size } from '../core/types';
import type { CascadeState } from './params';

/** What the figure reads of the run without the central bank: a few numbers a day. */
export interface CascadeComparison {
  dayCount: number;
  cashPrice: Float64Array;
  grossBasis: Float64Array;
  worstSpread: number;
  /** Funds' forced sales from day 0 to each day, dollars. */
  forcedToDate: Float64Array;
}

export interface CascadeModel {
  run: CascadeResult;
  /** The same scenario without the central bank (only when it is on). */
  noFed: CascadeComparison | null;
  fed: boolean;
  day: number;
  /** Every fund on `day` (equity, position, status). */
  funds: FundTables;
  totals: CascadeDayTotals;
  endTotals: CascadeDayTotals;
  /** Rise of the futures margin rate over the run (0.3 = +30%). */
  marginRise: number;
}

const LEFT = 36;
const RIGHT = 10;
const STATUS_CLASS = ['s-healthy', 's-called', 's-forced', 's-out'] as const;
const STATUS_KEYS = ['healthy', 'called', 'forced', 'out'] as const;

/** Round to one decimal for short path strings. */
const r1 = (v: number) => Math.round(v * 10) / 10;

/** A linear map from [d0, d1] to [p0, p1]. */
function linear(d0: number, d1: number, p0: number, p1: number): (v: number) => number {
  const k = d1 === d0 ? 0 : (p1 - p0) / (d1 - d0);
  return (v) => p0 + (v - d0) * k;
}

/** A path through every day; days after `day` repeat the value of `day` (same point count in every state). */
function dayPath(values: Float64Array, day: number, x: (i: number) => number, y: (v: number) => number): string {
  let d = '';
  for (let i = 0; i < values.length; i++) {
    const v = values[i <= day ? i : day];
    d += `${i === 0 ? 'M' : 'L'}${r1(x(i))},${r1(y(v))}`;
  }
  return d;
}

function extent(arrays: (Float64Array | null)[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const a of arrays) {
    if (!a) continue;
    for (let i = 0; i < a.length; i++) {
      if (a[i] < lo) lo = a[i];
      if (a[i] > hi) hi = a[i];
    }
  }
  return [lo, hi];
}

/** Largest cell (≤ 10 px) that fits `count` squares in `width` × `maxHeight`. */
function gridCell(count: number, width: number, maxHeight: number): { cell: number; cols: number; rows: number } {
  for (let cell = 10; cell > 2; cell -= 0.25) {
    const cols = Math.max(1, Math.floor(width / cell));
    const rows = Math.ceil(count / cols);
    if (rows * cell <= maxHeight) return { cell, cols, rows };
  }
  const cols = Math.max(1, Math.floor(width / 2));
  return { cell: 2, cols, rows: Math.ceil(count / cols) };
}

export function layoutCascade(m: CascadeModel, state: CascadeState, size: Size): Mark[] {
  const { width: W, height: H } = size;
  const r = m.run;
  const D = r.dayCount;
  const K = r.fundCount;
  const day = Math.min(D - 1, Math.max(0, state.day));
  const hl = state.highlight;
  const narrow = W < 500;
  const x0 = LEFT;
  const x1 = W - RIGHT;
  const band = (x1 - x0) / D;
  const x = (i: number) => x0 + band * (i + 0.5);
  const marks: Mark[] = [];

  // Read-out and legend.
  const noFedBasis = m.noFed && day >= state.fedStartDay ? m.noFed.grossBasis[day] : null;
  marks.push({
    key: 'readout',
    tag: 'g',
    children: [
      { key: 'main', tag: 'text', attrs: { x: 8, y: 14, class: `value${m.totals.forced > 0 ? ' alert-text' : ''}` }, text: t.readout({ day, forced: m.totals.forced, forcedToday: r.forcedSales[day] }) },
      { key: 'basis', tag: 'text', attrs: { x: 8, y: 30, class: 'note' }, text: t.readoutBasis(r.grossBasis[day], noFedBasis) },
    ],
  });
  const counts = [m.totals.healthy, m.totals.called, m.totals.forced, m.totals.out];
  const strongStatus = hl === 'calls' ? 1 : hl === 'forced' || hl === 'spiral' ? 2 : -1;
  const legend: Mark[] = [];
  let lx = 8;
  for (let s = 0; s < 4; s++) {
    const label = `${t.status[STATUS_KEYS[s]]} ${counts[s]}`;
    legend.push({ key: `sw-${s}`, tag: 'rect', attrs: { x: lx, y: 38, width: 9, height: 9, class: `fund ${STATUS_CLASS[s]}` } });
    legend.push({ key: `lb-${s}`, tag: 'text', attrs: { x: lx + 12, y: 47, class: `note${s === strongStatus ? ' strong-note' : ''}` }, text: label });
    lx += 12 + label.length * 11 + (narrow ? 6 : 12);
  }
  marks.push({ key: 'legend', tag: 'g', children: legend });

  // Funds: one square each, in rows, largest fund first.
  const gridTop = 54;
  const gridWidth = W - 16;
  const { cell, cols, rows } = gridCell(K, gridWidth, narrow ? 80 : 70);
  const gx = 8 + (gridWidth - cols * cell) / 2;
  // One path per state, one square subpath per fund in that state: four elements to update on a
  // slider move instead of hundreds. The key changes with the day (and the width), so a step change
  // cross-fades the squares instead of tweening unrelated subpaths into each other; a slider, which
  // never animates, updates the four paths in place instead of replacing them on every input.
  const paths = ['', '', '', ''];
  for (let i = 0; i < K; i++) {
    const status = m.funds.status[i];
    const start = r.initial.position[i];
    const share = start > 0 ? m.funds.position[i] / start : 0;
    const side = r1(status === 3 ? cell * 0.45 : cell * 0.86 * Math.sqrt(Math.max(0.1, share)));
    const cx = gx + (i % cols) * cell + cell / 2;
    const cy = gridTop + Math.floor(i / cols) * cell + cell / 2;
    paths[status] += `M${r1(cx - side / 2)},${r1(cy - side / 2)}h${side}v${side}h${-side}z`;
  }
  const runKey = `${day}-${K}-${W}`;
  const fundMarks: Mark[] = paths.map((d, s) => ({ key: `${STATUS_KEYS[s]}-${runKey}`, tag: 'path', attrs: { d, class: `fund ${STATUS_CLASS[s]}` } }));
  marks.push({ key: 'funds', tag: 'g', children: fundMarks });

  // Panels.
  const axisH = 18;
  const gap = 8;
  const titleH = 13;
  const top = gridTop + rows * cell + gap;
  const room = H - top - axisH - 3 * titleH - 2 * gap;
  const hPrice = room * 0.38;
  const hBasis = room * 0.34;
  const hFlow = room - hPrice - hBasis;
  const pTop = top + titleH;
  const bTop = pTop + hPrice + gap + titleH;
  const fTop = bTop + hBasis + gap + titleH;
  const fBottom = fTop + hFlow;

  // Prices.
  const [pLo, pHi] = extent([r.cashPrice, r.futuresPrice, m.noFed ? m.noFed.cashPrice : null]);
  const pPad = Math.max(0.05, (pHi - pLo) * 0.1);
  const yP = linear(pLo - pPad, pHi + pPad, pTop + hPrice, pTop);
  const headX = x(day);
  const labelRight = headX < x0 + (x1 - x0) * 0.62;
  const lAnchor = labelRight ? '' : ' end';
  const lx2 = labelRight ? headX + 6 : headX - 6;
  marks.push({
    key: 'prices',
    tag: 'g',
    children: [
      { key: 'title', tag: 'text', attrs: { x: 8, y: pTop - 3, class: 'axis-title' }, text: t.priceTitle },
      { key: 'hi', tag: 'text', attrs: { x: x0 - 4, y: yP(pHi) + 4, class: 'tick end' }, text: t.priceTick(pHi) },
      { key: 'lo', tag: 'text', attrs: { x: x0 - 4, y: yP(pLo) + 4, class: 'tick end' }, text: t.priceTick(pLo) },
      { key: 'cash', tag: 'path', attrs: { d: dayPath(r.cashPrice, day, x, yP), class: 'line cash' } },
      { key: 'futures', tag: 'path', attrs: { d: dayPath(r.futuresPrice, day, x, yP), class: 'line futures' } },
      { key: 'futures-label', tag: 'text', attrs: { x: lx2, y: yP(r.futuresPrice[day]) - 6, class: `note halo futures-text${lAnchor}` }, text: `${t.futures} ${t.priceTick2(r.futuresPrice[day])}` },
      { key: 'cash-label', tag: 'text', attrs: { x: lx2, y: yP(r.cashPrice[day]) + 13, class: `note halo cash-text${lAnchor}` }, text: `${t.cash} ${t.priceTick2(r.cashPrice[day])}` },
    ],
  });

  // Basis.
  const [bLo0, bHi0] = extent([r.grossBasis, m.noFed ? m.noFed.grossBasis : null]);
  const bLo = Math.min(bLo0, -0.1);
  const bHi = Math.max(bHi0, 0.02);
  const bPad = (bHi - bLo) * 0.08;
  const yB = linear(bLo - bPad, bHi + bPad, bTop + hBasis, bTop);
  const showNoFed = m.noFed !== null && day >= state.fedStartDay;
  const loTick = Math.floor(bLo * 10) / 10;
  // The basis title is about 12 px per character (CJK at the axis-title size, Latin narrower).
  const keyX = 8 + t.basisTitle.length * 10.5 + 10;
  const basisChildren: Mark[] = [
    { key: 'title', tag: 'text', attrs: { x: 8, y: bTop - 3, class: 'axis-title' }, text: t.basisTitle },
    { key: 'zero', tag: 'line', attrs: { x1: x0, x2: x1, y1: yB(0), y2: yB(0), class: 'rule' } },
    { key: 'zero-tick', tag: 'text', attrs: { x: x0 - 4, y: yB(0) + 4, class: 'tick end' }, text: t.basisTick(0) },
    { key: 'lo-tick', tag: 'text', attrs: { x: x0 - 4, y: yB(loTick) + 4, class: 'tick end' }, text: t.basisTick(loTick) },
    {
      key: 'no-fed',
      tag: 'path',
      attrs: { d: m.noFed ? dayPath(m.noFed.grossBasis, day, x, yB) : dayPath(r.grossBasis, day, x, yB), class: 'line basis dashed no-fed', opacity: showNoFed ? 1 : 0 },
    },
    { key: 'basis', tag: 'path', attrs: { d: dayPath(r.grossBasis, day, x, yB), class: `line basis${hl === 'spiral' ? ' strong-line' : ''}` } },
    { key: 'head', tag: 'circle', attrs: { cx: headX, cy: yB(r.grossBasis[day]), r: 3.5, class: 'dot basis-dot' } },
    {
      key: 'basis-label',
      tag: 'text',
      attrs: { x: lx2, y: yB(r.grossBasis[day]) + (showNoFed && m.noFed!.grossBasis[day] < r.grossBasis[day] ? -6 : 13), class: `note halo${lAnchor}${hl === 'compare' ? ' strong-note' : ''}` },
      text: `${m.fed && showNoFed ? t.withFed : t.basis} ${t.basisValue(r.grossBasis[day])}`,
    },
    // Legend of the dashed line, on the panel's title line right after the title (the right end is the labels' place).
    { key: 'no-fed-key', tag: 'line', attrs: { x1: keyX, x2: keyX + 18, y1: bTop - 7, y2: bTop - 7, class: 'line basis dashed no-fed', opacity: showNoFed ? 1 : 0 } },
    { key: 'no-fed-label', tag: 'text', attrs: { x: keyX + 22, y: bTop - 3, class: `tick${hl === 'compare' ? ' strong' : ''}`, opacity: showNoFed ? 1 : 0 }, text: t.noFed },
  ];
  marks.push({ key: 'basis', tag: 'g', children: basisChildren });

  // Sales and purchases per day: a stacked sales bar (outside sellers below, funds on top) and a purchases bar.
  let fMax = 1;
  for (let i = 0; i < D; i++) {
    fMax = Math.max(fMax, r.forcedSales[i] + r.externalSales[i], r.centralBankPurchases[i]);
  }
  const yF = linear(0, fMax * 1.05, fBottom, fTop);
  // A round tick at or below the largest bar (one significant digit: 400 亿, 2,000 亿 …).
  const mag = Math.pow(10, Math.floor(Math.log10(fMax)));
  const niceTick = Math.floor(fMax / mag) * mag;
  const bw = Math.max(1, band * 0.4);
  const bars: Mark[] = [
    { key: 'title', tag: 'text', attrs: { x: 8, y: fTop - 3, class: 'axis-title' }, text: t.flowTitle },
    { key: 'base', tag: 'line', attrs: { x1: x0, x2: x1, y1: fBottom, y2: fBottom, class: 'rule' } },
    { key: 'max-tick', tag: 'text', attrs: { x: x0 - 4, y: yF(niceTick) + 4, class: 'tick end' }, text: t.flowTick(niceTick / 1e9) },
    { key: 'max-rule', tag: 'line', attrs: { x1: x0, x2: x1, y1: yF(niceTick), y2: yF(niceTick), class: 'rule faint' } },
  ];
  // One path per series, one bar subpath per day (zero height after the shown day): constant point counts, so bars tween.
  let dExt = '';
  let dForced = '';
  let dCb = '';
  const wb = r1(bw);
  for (let i = 0; i < D; i++) {
    const shown = i <= day;
    const ext = shown ? r.externalSales[i] : 0;
    const forced = shown ? r.forcedSales[i] : 0;
    const cb = shown ? r.centralBankPurchases[i] : 0;
    const xs = r1(x(i) - bw);
    const yExt = r1(yF(ext));
    const yTop = r1(yF(ext + forced));
    const yC = r1(yF(cb));
    const base = r1(fBottom);
    dExt += `M${xs},${base}h${wb}V${yExt}h${-wb}z`;
    dForced += `M${xs},${yExt}h${wb}V${yTop}h${-wb}z`;
    dCb += `M${r1(x(i))},${base}h${wb}V${yC}h${-wb}z`;
  }
  bars.push({ key: 'external', tag: 'path', attrs: { d: dExt, class: 'bar external' } });
  bars.push({ key: 'forced', tag: 'path', attrs: { d: dForced, class: 'bar forced' } });
  bars.push({ key: 'cb', tag: 'path', attrs: { d: dCb, class: 'bar cb' } });
  // Bar legend, right-aligned on the panel's title line.
  const legendY = fTop - 3;
  const items: [string, string][] = [
    ['forced', t.forcedBar],
    ['external', t.externalBar],
    ['cb', t.cbBar],
  ];
  let bx = x1;
  for (let k = items.length - 1; k >= 0; k--) {
    const [cls, label] = items[k];
    const strong = (cls === 'cb' && (hl === 'fed' || hl === 'compare')) || (cls === 'forced' && (hl === 'forced' || hl === 'spiral'));
    bars.push({ key: `lg-${cls}-t`, tag: 'text', attrs: { x: bx, y: legendY, class: `tick end${strong ? ' strong' : ''}` }, text: label });
    bx -= label.length * 11 + 2;
    bars.push({ key: `lg-${cls}-s`, tag: 'rect', attrs: { x: bx - 8, y: legendY - 8, width: 8, height: 8, class: `bar ${cls}` } });
    bx -= 14;
  }
  marks.push({ key: 'flows', tag: 'g', children: bars });

  // The central bank's first day across the three panels, and the day axis.
  const fx = x(state.fedStartDay) - band / 2;
  marks.push({
    key: 'fed-start',
    tag: 'g',
    attrs: { opacity: m.fed ? 1 : 0 },
    children: [
      { key: 'rule', tag: 'line', attrs: { x1: fx, x2: fx, y1: pTop, y2: fBottom, class: 'rule fed-start' } },
      { key: 'label', tag: 'text', attrs: { x: fx + 3, y: bTop + 10, class: `note halo fed-text${hl === 'fed' ? ' strong-note' : ''}` }, text: t.fedStart },
    ],
  });
  const ticks: Mark[] = [];
  for (let i = 0; i < D; i += 5) ticks.push({ key: `t${i}`, tag: 'text', attrs: { x: x(i), y: fBottom + 13, class: 'tick middle' }, text: t.dayTick(i) });
  ticks.push({ key: 'title', tag: 'text', attrs: { x: x1, y: fBottom + 13, class: 'tick end' }, text: t.daysAxis });
  ticks.push({ key: 'cursor', tag: 'line', attrs: { x1: headX, x2: headX, y1: pTop, y2: fBottom, class: 'rule cursor-rule' } });
  marks.push({ key: 'axis', tag: 'g', children: ticks });
  return marks;
}
