/**
 * Geometry of the basis-risk figure, three panels sharing the day axis:
 * 1. futures and cash prices (opening day = 100);
 * 2. variation margin paid in cash each day (bars), the running total and
 *    the bond's paper gain (lines);
 * 3. the futures margin account against the maintenance line, and the
 *    fund's free cash.
 * Pure: engine rows + state + size → marks.
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { BasisRiskPath, MarginCallAnswer, MarginCallView } from '../../../engine';
import { basisRisk as t } from '@strings/basis-risk';
import type { Mark } from '../core/marks';
import type { Size } from '../core/types';

/** The engine's view of the position on the day shown, plus what the figure was asked to show. */
export interface BasisRiskView extends MarginCallView {
  path: BasisRiskPath;
  scenario: 'calm' | 'yield-fall' | 'yield-fall-widening';
  showPaperGain: boolean;
  answer: MarginCallAnswer;
}

const PAD = { left: 46, right: 12, top: 2, bottom: 20 };
/** One header row per panel: the panel's title on the left, its live values on the right. */
const HEAD = 20;
const GAP = 10;

/** Rough advance width of a label: CJK glyphs one em, digits and Latin about 0.58 em. */
export function approxWidth(text: string, px: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? px : px * 0.58;
  return w;
}

/** Header of a panel: title at the left edge, legends right-aligned, last one flush right. */
function header(top: number, right: number, title: string, legends: { key: string; text: string; cls: string; opacity?: number }[]): Mark[] {
  const y = top + 14;
  const out: Mark[] = [{ key: 'title', tag: 'text', attrs: { x: 4, y, class: 'axis-title' }, text: title }];
  let end = right;
  for (let i = legends.length - 1; i >= 0; i--) {
    const l = legends[i];
    out.push({ key: l.key, tag: 'text', attrs: { x: end, y, class: `${l.cls} end`, opacity: l.opacity ?? 1 }, text: l.text });
    end -= approxWidth(l.text, 13) + 12;
  }
  return out;
}

export function layoutBasisRisk(v: BasisRiskView, size: Size): Mark[] {
  const { width, height } = size;
  const days = v.path.days;
  const last = days.length - 1;
  const overhead = PAD.top + 3 * HEAD + 2 * GAP + PAD.bottom;
  const avail = Math.max(150, height - overhead);
  const h1 = Math.round(avail * 0.27);
  const h2 = Math.round(avail * 0.34);
  const h3 = avail - h1 - h2;
  const top1 = PAD.top + HEAD + 4;
  const top2 = top1 + h1 + GAP + HEAD;
  const top3 = top2 + h2 + GAP + HEAD;
  const x0 = PAD.left;
  const x1 = width - PAD.right;
  const x = scaleLinear().domain([0, last]).range([x0 + 14, x1 - 14]);
  const visible = (d: number) => Math.min(d, v.day);
  const idx = days.map((_, d) => d);
  const cur = days[v.day];

  const marks: Mark[] = [];

  // Panel 1: prices rebased to 100.
  const cashIdx = v.cashIndex;
  const futIdx = v.futuresIndex;
  const lo1 = Math.min(99.6, ...cashIdx, ...futIdx);
  const hi1 = Math.max(100.4, ...cashIdx, ...futIdx);
  const y1 = scaleLinear().domain([lo1 - (hi1 - lo1) * 0.08, hi1 + (hi1 - lo1) * 0.08]).range([top1 + h1, top1]);
  const pricePath = (series: number[]) => line<number>().x((d) => x(visible(d))).y((d) => y1(series[visible(d)]))(idx) ?? '';
  marks.push({
    key: 'prices',
    tag: 'g',
    children: [
      ...header(PAD.top, x1, t.priceAxis, [
        // Rebased like the axis: raw futures and cash prices differ by the conversion factor and would confuse.
        { key: 'legend-fut', text: t.futures(futIdx[v.day]), cls: 'value futures-text' },
        { key: 'legend-cash', text: t.cash(cashIdx[v.day]), cls: 'value cash-text' },
      ]),
      { key: 'base', tag: 'line', attrs: { x1: x0, x2: x1, y1: y1(100), y2: y1(100), class: 'rule' } },
      { key: 'base-label', tag: 'text', attrs: { x: x0 - 6, y: y1(100) + 4, class: 'tick end' }, text: '100' },
      { key: 'hi-label', tag: 'text', attrs: { x: x0 - 6, y: y1(hi1) + 4, class: 'tick end', opacity: hi1 - 100 > (hi1 - lo1) * 0.25 ? 1 : 0 }, text: formatIdx(hi1) },
      { key: 'cash', tag: 'path', attrs: { d: pricePath(cashIdx), class: 'line cash under' } },
      { key: 'fut', tag: 'path', attrs: { d: pricePath(futIdx), class: 'line futures' } },
      { key: 'cash-dot', tag: 'circle', attrs: { cx: x(v.day), cy: y1(cashIdx[v.day]), r: 4, class: 'dot cash' } },
      { key: 'fut-dot', tag: 'circle', attrs: { cx: x(v.day), cy: y1(futIdx[v.day]), r: 4, class: 'dot futures' } },
    ],
  });

  // Panel 2: cash paid vs paper gain.
  const cum = days.map((d) => d.cumulativeCashPaid);
  const paper = days.map((d) => d.paperGain);
  const daily = days.map((d) => d.cashPaid);
  const lo2 = Math.min(0, ...cum, ...paper, ...daily);
  const hi2 = Math.max(1, ...cum, ...paper, ...daily);
  const y2 = scaleLinear().domain([lo2, hi2 * 1.05]).range([top2 + h2, top2]);
  const barW = Math.max(8, Math.min(30, (x1 - x0) / (last + 1) - 14));
  const moneyPath = (series: number[], y: (n: number) => number) => line<number>().x((d) => x(visible(d))).y((d) => y(series[visible(d)]))(idx) ?? '';
  marks.push({
    key: 'flows',
    tag: 'g',
    children: [
      ...header(top2 - HEAD, x1, t.cashAxis, [
        { key: 'legend-paid', text: t.paidLegend(cur.cumulativeCashPaid), cls: 'value futures-text' },
        { key: 'legend-paper', text: t.paperLegend(cur.paperGain), cls: 'value cash-text', opacity: v.showPaperGain ? 1 : 0 },
      ]),
      ...daily.map((amount, d): Mark => {
        const shown = d <= v.day && d > 0;
        const yTop = y2(Math.max(0, amount));
        const yBottom = y2(Math.min(0, amount));
        return {
          key: `vm-${d}`,
          tag: 'rect',
          attrs: { x: x(d) - barW / 2, y: shown ? yTop : y2(0), width: barW, height: shown ? yBottom - yTop : 0, class: 'bar vm' },
        };
      }),
      { key: 'zero', tag: 'line', attrs: { x1: x0, x2: x1, y1: y2(0), y2: y2(0), class: 'rule' } },
      { key: 'zero-label', tag: 'text', attrs: { x: x0 - 6, y: y2(0) + 4, class: 'tick end' }, text: '0' },
      { key: 'max-label', tag: 'text', attrs: { x: x0 - 6, y: y2(hi2) + 4, class: 'tick end' }, text: t.tick(hi2) },
      { key: 'max-rule', tag: 'line', attrs: { x1: x0, x2: x1, y1: y2(hi2), y2: y2(hi2), class: 'grid' } },
      { key: 'cum', tag: 'path', attrs: { d: moneyPath(cum, y2), class: 'line futures' } },
      { key: 'paper', tag: 'path', attrs: { d: moneyPath(paper, y2), class: 'line cash dashed', opacity: v.showPaperGain ? 1 : 0 } },
      { key: 'cum-dot', tag: 'circle', attrs: { cx: x(v.day), cy: y2(cum[v.day]), r: 4, class: 'dot futures' } },
    ],
  });

  // Panel 3: margin account and free cash.
  const kept = v.contractsKept;
  const im = v.initialLevel;
  const mm = v.maintenanceLevel;
  const imFull = v.path.initialMargin * v.path.contracts;
  const lo3 = Math.min(0, ...v.freeCash, ...v.balances);
  const hi3 = Math.max(imFull * 1.1, ...v.freeCash, ...v.balances.map((b, d) => b + v.paidIn[d] + v.calls[d]));
  const y3 = scaleLinear().domain([lo3 - (hi3 - lo3) * 0.04, hi3 * 1.04]).range([top3 + h3, top3]);
  const cashPath = line<number>().x((d) => x(visible(d))).y((d) => y3(v.freeCash[visible(d)]))(idx) ?? '';
  const bars: Mark[] = days.map((_, d) => {
    const shown = d <= v.day;
    const bal = Math.max(0, v.balances[d]);
    const below = d > 0 && v.balances[d] < v.path.maintenanceMargin * (v.reduce && d === v.day ? kept : v.path.contracts) - 0.5;
    return {
      key: `acct-${d}`,
      tag: 'g',
      children: [
        {
          key: 'bal',
          tag: 'rect',
          attrs: { x: x(d) - barW / 2, y: shown ? y3(bal) : y3(0), width: barW, height: shown ? y3(0) - y3(bal) : 0, class: `bar ${below ? 'alert' : 'margin'}` },
        },
        {
          key: 'paid',
          tag: 'rect',
          attrs: {
            x: x(d) - barW / 2,
            y: shown ? y3(bal + v.paidIn[d]) : y3(0),
            width: barW,
            height: shown ? y3(bal) - y3(bal + v.paidIn[d]) : 0,
            class: 'bar topup',
          },
        },
        {
          key: 'call',
          tag: 'rect',
          attrs: {
            x: x(d) - barW / 2,
            y: y3(bal + v.calls[d]),
            width: barW,
            height: shown && v.calls[d] > 0 ? y3(bal) - y3(bal + v.calls[d]) : 0,
            class: 'bar call',
          },
        },
        {
          key: 'tick',
          tag: 'text',
          attrs: { x: x(d), y: top3 + h3 + 16, class: `tick middle${d === v.day ? ' strong' : ''}` },
          text: d === 0 ? t.openDay : t.dayTick(d),
        },
      ],
    };
  });
  const curCash = v.freeCash[v.day];
  const callNow = v.calls[v.day];
  const paidNow = v.paidIn[v.day];
  const annotation = v.reduce ? t.reduceLabel(v.reduce.cutShare) : callNow > 0 ? t.callLabel(callNow) : paidNow > 0 ? t.toppedUpLabel(paidNow) : '';
  const annY = y3(Math.max(0, v.balances[v.day]) + Math.max(callNow, paidNow)) - 8;
  marks.push({
    key: 'account',
    tag: 'g',
    children: [
      ...header(top3 - HEAD, x1, t.accountAxis, [
        { key: 'legend-cash', text: t.freeCashLegend(curCash), cls: `value ${curCash < 0 ? 'alert-text' : 'freecash-text'}` },
      ]),
      ...bars,
      { key: 'zero', tag: 'line', attrs: { x1: x0, x2: x1, y1: y3(0), y2: y3(0), class: 'rule' } },
      { key: 'zero-label', tag: 'text', attrs: { x: x0 - 6, y: y3(0) + 4, class: 'tick end' }, text: '0' },
      { key: 'initial', tag: 'line', attrs: { x1: x0, x2: x1, y1: y3(im), y2: y3(im), class: 'level initial' } },
      { key: 'initial-label', tag: 'text', attrs: { x: x0 - 6, y: y3(im) - 1, class: 'tick end' }, text: t.initialLine },
      { key: 'maintenance', tag: 'line', attrs: { x1: x0, x2: x1, y1: y3(mm), y2: y3(mm), class: 'level maintenance' } },
      { key: 'maintenance-label', tag: 'text', attrs: { x: x0 - 6, y: y3(mm) + 11, class: 'tick end alert-text' }, text: t.maintenanceLine },
      { key: 'free-cash', tag: 'path', attrs: { d: cashPath, class: 'line freecash' } },
      { key: 'free-cash-dot', tag: 'circle', attrs: { cx: x(v.day), cy: y3(curCash), r: 4, class: `dot ${curCash < 0 ? 'alert' : 'freecash'}` } },
      {
        key: 'annotation',
        tag: 'text',
        attrs: { x: clamp(x(v.day), x0 + 40, x1 - 40), y: Math.max(top3 + 10, annY), class: 'value middle halo' + (callNow > 0 ? ' alert-text' : '') },
        text: annotation,
      },
      {
        key: 'shortfall',
        tag: 'text',
        attrs: { x: Math.max(x0 + 60, x(v.day) - 10), y: clamp(y3(curCash) + 4, top3 + 12, top3 + h3), class: 'note end alert-text halo', opacity: curCash < 0 ? 1 : 0 },
        text: t.shortfallLabel,
      },
    ],
  });
  return marks;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

function formatIdx(v: number): string {
  return String(Math.round(v * 10) / 10);
}
