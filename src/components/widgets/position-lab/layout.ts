/**
 * Geometry of the position-lab figure: three panels sharing the day axis,
 * then a summary block.
 * 1. cash and futures prices converging at delivery (shock window shaded);
 * 2. cumulative variation margin paid and repo interest (spike shaded);
 * 3. the fund's free cash and equity, margin-call days ticked, forced cuts marked.
 * Pure: engine result + state + size → marks. Every path has MAX_DAYS + 1
 * points (padded with the last day) so it tweens between horizons.
 */
import type { PositionLabResult } from '../../../engine';
import { positionLab as t } from '@strings/position-lab';
import type { Mark } from '../core/marks';
import type { Size } from '../core/types';
import { MAX_DAYS, type PositionLabState } from './params';

const PAD = { left: 56, right: 12, top: 2 };
const HEAD = 20;
const GAP = 8;
const AXIS = 18;
const SUMMARY = 3 * 17 + 6;

/** Rough advance width of a label: CJK glyphs one em, others about 0.58 em. */
function approxWidth(text: string, px: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(ch) ? px : px * 0.58;
  return w;
}

function header(top: number, right: number, title: string, legends: { key: string; text: string; cls: string; opacity?: number }[]): Mark[] {
  const y = top + 14;
  const out: Mark[] = [{ key: 'title', tag: 'text', attrs: { x: 4, y, class: 'axis-title' }, text: title }];
  let end = right;
  for (let i = legends.length - 1; i >= 0; i--) {
    const l = legends[i];
    out.push({ key: l.key, tag: 'text', attrs: { x: end, y, class: `${l.cls} end`, opacity: l.opacity ?? 1 }, text: l.text });
    end -= approxWidth(l.text, 13) + 10;
  }
  return out;
}

/**
 * SVG path through (x(i), y(series[i])) for i = 0 … MAX_DAYS, padded with
 * the last day; `xs` are the day positions as text, made once per layout.
 */
function seriesPath(series: ArrayLike<number>, xs: readonly string[], y: (v: number) => number): string {
  const last = series.length - 1;
  let d = '';
  let seg = '';
  for (let i = 0; i <= last; i++) {
    seg = `${i === 0 ? 'M' : 'L'}${xs[i]},${round(y(series[i]))}`;
    d += seg;
  }
  return MAX_DAYS > last ? d + `L${seg.slice(1)}`.repeat(MAX_DAYS - last) : d;
}

/** A linear map from [d0, d1] onto [r0, r1] (plain arithmetic: it runs for every point on every redraw). */
function scaleLinear() {
  let d0 = 0;
  let d1 = 1;
  let r0 = 0;
  let r1 = 1;
  const f = (v: number) => r0 + ((v - d0) / (d1 - d0 || 1)) * (r1 - r0);
  f.domain = ([a, b]: [number, number]) => ((d0 = a), (d1 = b), f);
  f.range = ([a, b]: [number, number]) => ((r0 = a), (r1 = b), f);
  return f;
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

function extent(lists: ArrayLike<number>[], floor: [number, number]): [number, number] {
  let lo = floor[0];
  let hi = floor[1];
  for (const list of lists) {
    for (let i = 0; i < list.length; i++) {
      if (list[i] < lo) lo = list[i];
      if (list[i] > hi) hi = list[i];
    }
  }
  return [lo, hi];
}

export function layoutPositionLab(r: PositionLabResult, state: PositionLabState, size: Size): Mark[] {
  const { width, height } = size;
  const days = r.days;
  const T = days.length - 1;
  const x0 = PAD.left;
  const x1 = width - PAD.right;
  const overhead = PAD.top + 3 * HEAD + 2 * GAP + AXIS + SUMMARY;
  const avail = Math.max(180, height - overhead);
  const h1 = Math.round(avail * 0.3);
  const h2 = Math.round(avail * 0.32);
  const h3 = avail - h1 - h2;
  const top1 = PAD.top + HEAD;
  const top2 = top1 + h1 + GAP + HEAD;
  const top3 = top2 + h2 + GAP + HEAD;
  const bottom3 = top3 + h3;
  const x = scaleLinear().domain([0, T]).range([x0 + 4, x1 - 4]);
  const xs = days.map((_, i) => String(round(x(i))));
  const marks: Mark[] = [];

  // Panel 1: prices.
  const cash = days.map((d) => d.cashPrice);
  const fut = days.map((d) => d.futuresPrice);
  const [plo, phi] = extent([cash, fut], [Infinity, -Infinity]);
  const pad1 = Math.max(0.05, (phi - plo) * 0.12);
  const y1 = scaleLinear().domain([plo - pad1, phi + pad1]).range([top1 + h1, top1]);
  const shockEnd = Math.min(state.shockDays, T);
  const shocked = state.shockBp !== 0 || state.wideningBp > 0;
  marks.push({
    key: 'prices',
    tag: 'g',
    children: [
      ...header(PAD.top, x1, t.priceAxis, [
        { key: 'legend-spread', text: t.openSpread(days[0].gapBp), cls: 'value futures-text' },
      ]),
      { key: 'shock-band', tag: 'rect', attrs: { x: x(0), y: top1, width: shocked ? x(shockEnd) - x(0) : 0, height: h1, class: 'band highlight' } },
      {
        key: 'shock-label',
        tag: 'text',
        attrs: { x: x(0) + 4, y: top1 + h1 - 4, class: 'note halo', opacity: state.shockBp !== 0 ? 1 : 0 },
        text: t.shockBand(state.shockBp),
      },
      { key: 'hi', tag: 'text', attrs: { x: x0 - 6, y: y1(phi) + 4, class: 'tick end' }, text: t.price(phi) },
      { key: 'lo', tag: 'text', attrs: { x: x0 - 6, y: y1(plo) + 4, class: 'tick end', opacity: y1(plo) - y1(phi) > 18 ? 1 : 0 }, text: t.price(plo) },
      { key: 'hi-rule', tag: 'line', attrs: { x1: x0, x2: x1, y1: y1(phi), y2: y1(phi), class: 'grid' } },
      { key: 'lo-rule', tag: 'line', attrs: { x1: x0, x2: x1, y1: y1(plo), y2: y1(plo), class: 'grid' } },
      { key: 'cash', tag: 'path', attrs: { d: seriesPath(cash, xs, y1), class: 'line cash' } },
      { key: 'fut', tag: 'path', attrs: { d: seriesPath(fut, xs, y1), class: 'line futures' } },
      { key: 'fut-name', tag: 'text', attrs: { x: x(0) + 4, y: Math.max(top1 + 11, y1(fut[0]) - 6), class: 'note futures-text halo' }, text: t.futures },
      { key: 'cash-name', tag: 'text', attrs: { x: x(0) + 4, y: Math.min(top1 + h1 - 2, y1(cash[0]) + 14), class: 'note cash-text halo', opacity: state.shockBp !== 0 ? 0 : 1 }, text: t.cash },
      { key: 'converge', tag: 'circle', attrs: { cx: x(T), cy: y1(cash[T]), r: 4, class: 'dot cash' } },
    ],
  });

  // Panel 2: cumulative cash flows.
  const vm = days.map((d) => d.cumulativeVmPaid);
  const repo = days.map((d) => d.cumulativeRepoInterest);
  const [flo, fhi] = extent([vm, repo], [0, 1]);
  const y2 = scaleLinear().domain([flo, fhi + (fhi - flo) * 0.06]).range([top2 + h2, top2]);
  const spikeFrom = Math.min(state.spikeStart, T);
  const spikeTo = Math.min(state.spikeStart + state.spikeDays, T);
  const spiked = state.spike > 0 && spikeTo > spikeFrom;
  marks.push({
    key: 'flows',
    tag: 'g',
    children: [
      ...header(top2 - HEAD, x1, t.flowAxis, [
        { key: 'legend-vm', text: t.vmLegend, cls: 'note futures-text' },
        { key: 'legend-repo', text: t.repoLegend, cls: 'note repo-text' },
      ]),
      { key: 'spike-band', tag: 'rect', attrs: { x: x(spikeFrom), y: top2, width: spiked ? Math.max(3, x(spikeTo) - x(spikeFrom)) : 0, height: h2, class: 'band repo-band' } },
      {
        key: 'spike-label',
        tag: 'text',
        attrs: { x: Math.min(x(spikeTo) + 4, x1 - 70), y: top2 + 12, class: 'note repo-text halo', opacity: spiked ? 1 : 0 },
        text: t.spikeBand((state.repo + state.spike) / 100),
      },
      { key: 'zero', tag: 'line', attrs: { x1: x0, x2: x1, y1: y2(0), y2: y2(0), class: 'rule' } },
      { key: 'zero-label', tag: 'text', attrs: { x: x0 - 6, y: y2(0) + 4, class: 'tick end' }, text: '0' },
      { key: 'max-rule', tag: 'line', attrs: { x1: x0, x2: x1, y1: y2(fhi), y2: y2(fhi), class: 'grid' } },
      { key: 'max-label', tag: 'text', attrs: { x: x0 - 6, y: y2(fhi) + 4, class: 'tick end', opacity: y2(0) - y2(fhi) > 16 ? 1 : 0 }, text: t.tick(fhi) },
      { key: 'min-label', tag: 'text', attrs: { x: x0 - 6, y: y2(flo) + 4, class: 'tick end', opacity: y2(flo) - y2(0) > 16 ? 1 : 0 }, text: t.tick(flo) },
      { key: 'vm', tag: 'path', attrs: { d: seriesPath(vm, xs, y2), class: 'line futures' } },
      { key: 'repo', tag: 'path', attrs: { d: seriesPath(repo, xs, y2), class: 'line repo' } },
    ],
  });

  // Panel 3: the fund's free cash and equity.
  const free = days.map((d) => d.freeCash);
  const equity = days.map((d) => d.equity);
  const before = days.map((d) => d.freeCashBeforeCut);
  const [clo, chi] = extent([free, equity, before], [0, 1]);
  const y3 = scaleLinear().domain([clo - (chi - clo) * 0.04, chi * 1.06]).range([bottom3 - 6, top3]);
  const callTicks: Mark[] = r.callDays.map((d) => ({ key: `call-${d}`, tag: 'rect', attrs: { x: x(d) - 1, y: bottom3 - 6, width: 2, height: 6, class: 'call-tick' } }));
  const cutMarks: Mark[] = r.cutDays.map((d) => ({ key: `cut-${d}`, tag: 'line', attrs: { x1: x(d), x2: x(d), y1: y3(days[d].freeCashBeforeCut), y2: y3(days[d].freeCash), class: 'cut-drop' } }));
  const firstCut = r.cutDays.length > 0 ? r.cutDays[0] : null;
  marks.push({
    key: 'fund',
    tag: 'g',
    children: [
      ...header(top3 - HEAD, x1, t.fundAxis, []),
      { key: 'zero', tag: 'line', attrs: { x1: x0, x2: x1, y1: y3(0), y2: y3(0), class: 'rule' } },
      { key: 'zero-label', tag: 'text', attrs: { x: x0 - 6, y: y3(0) + 4, class: 'tick end' }, text: '0' },
      { key: 'max-rule', tag: 'line', attrs: { x1: x0, x2: x1, y1: y3(chi), y2: y3(chi), class: 'grid' } },
      { key: 'max-label', tag: 'text', attrs: { x: x0 - 6, y: y3(chi) + 4, class: 'tick end' }, text: t.tick(chi) },
      { key: 'equity', tag: 'path', attrs: { d: seriesPath(equity, xs, y3), class: 'line hedge' } },
      { key: 'free', tag: 'path', attrs: { d: seriesPath(free, xs, y3), class: 'line freecash' } },
      { key: 'equity-label', tag: 'text', attrs: { x: x1, y: Math.max(top3 + 11, y3(equity[0]) - 6), class: 'note hedge-text halo end' }, text: t.equityLegend },
      { key: 'free-label', tag: 'text', attrs: { x: x(0) + 4, y: labelY(y3(free[0]), y3(equity[0]), top3, bottom3 - 8), class: 'note freecash-text halo' }, text: t.freeCashLegend },
      { key: 'cuts', tag: 'g', children: cutMarks },
      {
        key: 'cut-label',
        tag: 'text',
        attrs: { x: firstCut === null ? x0 : Math.min(Math.max(x(firstCut) + 6, x0 + 4), x1 - 110), y: Math.round((top3 + bottom3) / 2), class: 'note alert-text halo', opacity: firstCut === null ? 0 : 1 },
        text: r.bust ? t.bustLabel : t.cutLabel(r.cutShare),
      },
      { key: 'calls', tag: 'g', children: callTicks },
      {
        key: 'calls-label',
        tag: 'text',
        attrs: { x: x1, y: bottom3 - 10, class: 'note alert-text halo end', opacity: r.callDays.length > 0 ? 1 : 0 },
        text: t.callTicks(r.callDays.length),
      },
    ],
  });

  // Day axis.
  const axisY = bottom3 + 14;
  const mid = Math.round(T / 2);
  marks.push({
    key: 'x-axis',
    tag: 'g',
    children: [
      { key: 'open', tag: 'text', attrs: { x: x(0), y: axisY, class: 'tick' }, text: t.dayOpen },
      { key: 'mid', tag: 'text', attrs: { x: x(mid), y: axisY, class: 'tick middle', opacity: width > 360 ? 1 : 0 }, text: t.dayTick(mid) },
      { key: 'end', tag: 'text', attrs: { x: x(T), y: axisY, class: 'tick end' }, text: t.dayDelivery(T) },
    ],
  });

  // Summary block.
  const sy = bottom3 + AXIS + 16;
  marks.push({
    key: 'summary',
    tag: 'g',
    children: [
      { key: 'pnl', tag: 'text', attrs: { x: 4, y: sy, class: `value ${r.pnl < 0 ? 'alert-text' : 'summary-text'}` }, text: t.summaryPnl(r.pnl, r.returnOnEquity) },
      { key: 'parts', tag: 'text', attrs: { x: 4, y: sy + 17, class: 'note' }, text: t.summaryParts(r.lockedSpread, r.repoInterest, r.cutCost) },
      { key: 'leverage', tag: 'text', attrs: { x: 4, y: sy + 34, class: 'note' }, text: t.summaryLeverage(r.leverage, r.maxLeverage) },
    ],
  });
  return marks;
}

/** Keep a label 12 px away from another one at the same x, inside [top, bottom]. */
function labelY(own: number, other: number, top: number, bottom: number): number {
  let y = own - 6;
  if (Math.abs(own - other) < 14) y = own <= other ? Math.min(own, other) - 8 : Math.max(own, other) + 14;
  return Math.min(bottom - 2, Math.max(top + 11, y));
}
