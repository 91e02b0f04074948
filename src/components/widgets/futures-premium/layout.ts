/**
 * Geometry of the futures premium figure: futures (purple) and cash (green)
 * prices over rounds on top, the spread between them shaded and labelled;
 * below, each round's futures buying by long-only asset managers (blue,
 * up) and selling by the arbitrageur (red, down). Pure: engine rows +
 * state + size → marks.
 */
import { area, line } from 'd3-shape';
import { scaleLinear } from 'd3-scale';
import type { PremiumRound } from '../../../engine';
import { futuresPremium as t } from '@strings/futures-premium';
import type { Mark } from '../core/marks';
import type { Size } from '../core/types';

export type Highlight = 'none' | 'demand' | 'spread' | 'arbitrage';

export interface PremiumView {
  /** Every round of the scenario (engine output for the state's arbitrageur setting). */
  rows: PremiumRound[];
  round: number;
  showArbitrageur: boolean;
  highlight: Highlight;
  arbitrageFrom: number;
  demandPerRound: number;
  arbitragePerRound: number;
}

/** `labels` is room right of the plot for the price labels that follow the current round. */
const PAD = { left: 50, right: 8, labels: 86, top: 26, gap: 26, bottom: 24 };
const DIM = 0.3;
/** Dimmed text stays readable. */
const DIM_TEXT = 0.6;

/** The scales and panel positions shared by the layout and the hover read-out. */
export function premiumFrame(v: PremiumView, size: Size) {
  const { width, height } = size;
  const last = v.rows.length - 1;
  const plotH = height - PAD.top - PAD.gap - PAD.bottom;
  const priceH = Math.round(plotH * 0.68);
  const flowTop = PAD.top + priceH + PAD.gap + 8;
  const flowH = plotH - priceH;
  const plotRight = width - PAD.right - PAD.labels;
  const x = scaleLinear().domain([0, last]).range([PAD.left + 10, plotRight]);
  // A domain fixed over the whole scenario (with or without arbitrage), so states differ only by the marks that move.
  const lo = Math.min(...v.rows.map((r) => Math.min(r.cashPrice, r.futuresPrice)));
  const hi = Math.max(...v.rows.map((r) => Math.max(r.futuresWithoutArbitrage, r.cashPrice)));
  const pad = (hi - lo) * 0.12 || 0.01;
  const y = scaleLinear().domain([lo - pad, hi + pad]).range([PAD.top + priceH, PAD.top]);
  return { last, priceH, flowTop, flowH, plotRight, x, y };
}

/** Hover/tap read-out: the round nearest the pointer (among the rounds shown), or null off the plot. */
export function pointerFuturesPremium(v: PremiumView, size: Size, at: { x: number; y: number }): { marks: Mark[]; round: number } | null {
  const { x, y, plotRight, flowTop, flowH } = premiumFrame(v, size);
  if (at.x < PAD.left || at.x > plotRight + 10 || at.y < PAD.top || at.y > flowTop + flowH) return null;
  const round = Math.max(0, Math.min(v.round, Math.round(x.invert(at.x))));
  const r = v.rows[round];
  return {
    round,
    marks: [
      { key: 'cursor', tag: 'line', attrs: { x1: x(round), x2: x(round), y1: PAD.top, y2: flowTop + flowH, class: 'rule' } },
      { key: 'futures', tag: 'circle', attrs: { cx: x(round), cy: y(r.futuresPrice), r: 6, class: 'dot futures' } },
      { key: 'cash', tag: 'circle', attrs: { cx: x(round), cy: y(r.cashPrice), r: 6, class: 'dot cash' } },
    ],
  };
}

export function layoutFuturesPremium(v: PremiumView, size: Size): Mark[] {
  const { width, height } = size;
  const { priceH, flowTop, flowH, plotRight, x, y } = premiumFrame(v, size);
  const flowMid = flowTop + flowH / 2;
  const flowMax = Math.max(v.demandPerRound, v.arbitragePerRound) || 1;
  const barH = scaleLinear().domain([0, flowMax]).range([0, flowH / 2 - 2]);

  const shownRound = (k: number) => Math.min(k, v.round);
  const roundsIdx = v.rows.map((_, k) => k);
  const traded = v.showArbitrageur ? v.rows.slice(0, v.round + 1).filter((r) => r.arbitraged).length : 0;
  const ghostVisible = v.showArbitrageur && traded > 0;

  const priceLine = (value: (r: PremiumRound) => number) =>
    line<number>()
      .x((k) => x(shownRound(k)))
      .y((k) => y(value(v.rows[shownRound(k)])))(roundsIdx) ?? '';
  const band =
    area<number>()
      .x((k) => x(shownRound(k)))
      .y0((k) => y(v.rows[shownRound(k)].cashPrice))
      .y1((k) => y(v.rows[shownRound(k)].futuresPrice))(roundsIdx) ?? '';

  const op = (focus: Highlight | Highlight[], dim = DIM) => {
    const list = Array.isArray(focus) ? focus : [focus];
    return v.highlight === 'none' || list.includes(v.highlight) ? 1 : dim;
  };

  const now = v.rows[v.round];
  const cx = x(v.round);
  const fy = y(now.futuresPrice);
  const cy = y(now.cashPrice);
  // Labels sit right of the dots, stacked futures / spread / cash, kept apart when the dots are close.
  const mid = (fy + cy) / 2;
  const labelX = cx + 10;
  const futuresLabelY = Math.min(fy + 4, mid - 10);
  const cashLabelY = Math.max(cy + 4, mid + 18);
  const spreadVisible = now.spread > 1e-9;

  const ticks = y.ticks(4);
  const arrivalX = x(v.arbitrageFrom - 0.5);

  const marks: Mark[] = [];
  marks.push({
    key: 'price-panel',
    tag: 'g',
    children: [
      { key: 'axis-title', tag: 'text', attrs: { x: 6, y: PAD.top - 10, class: 'axis-title' }, text: t.priceAxis },
      {
        key: 'ticks',
        tag: 'g',
        children: ticks.map((value) => ({
          key: `tick-${value.toFixed(6)}`,
          tag: 'g',
          children: [
            { key: 'rule', tag: 'line', attrs: { x1: PAD.left, x2: plotRight + 6, y1: y(value), y2: y(value), class: 'rule', opacity: 0.5 } },
            { key: 'label', tag: 'text', attrs: { x: PAD.left - 4, y: y(value) + 4, class: 'tick end' }, text: t.tick(value) },
          ],
        })),
      },
      {
        key: 'arrival',
        tag: 'line',
        attrs: { x1: arrivalX, x2: arrivalX, y1: PAD.top, y2: flowTop + flowH, class: 'arrival', opacity: v.showArbitrageur ? op('arbitrage') : 0 },
      },
      {
        key: 'arrival-label',
        tag: 'text',
        attrs: { x: arrivalX - 4, y: PAD.top + 12, class: 'note end hedge-text', opacity: v.showArbitrageur ? op('arbitrage', DIM_TEXT) : 0 },
        text: t.arbitrageurArrives,
      },
      { key: 'band', tag: 'path', attrs: { d: band, class: 'spread-band', opacity: v.highlight === 'spread' ? 1 : 0.55 } },
      { key: 'ghost', tag: 'path', attrs: { d: priceLine((r) => r.futuresWithoutArbitrage), class: 'line futures ghost', opacity: ghostVisible ? op(['arbitrage', 'spread']) : 0 } },
      {
        key: 'ghost-label',
        tag: 'text',
        attrs: {
          x: labelX,
          y: Math.min(y(now.futuresWithoutArbitrage) + 4, futuresLabelY - 16),
          class: 'note futures-text',
          opacity: ghostVisible ? op(['arbitrage', 'spread'], DIM_TEXT) : 0,
        },
        text: t.ghostLabel,
      },
      { key: 'cash-line', tag: 'path', attrs: { d: priceLine((r) => r.cashPrice), class: 'line cash', opacity: op(['spread', 'arbitrage']) } },
      { key: 'futures-line', tag: 'path', attrs: { d: priceLine((r) => r.futuresPrice), class: 'line futures', opacity: op(['demand', 'spread', 'arbitrage']) } },
      {
        key: 'bracket',
        tag: 'line',
        attrs: { x1: cx, x2: cx, y1: fy, y2: cy, class: 'spread-bracket', opacity: spreadVisible ? op('spread') : 0 },
      },
      { key: 'cash-dot', tag: 'circle', attrs: { cx, cy, r: 4.5, class: 'dot cash' } },
      { key: 'futures-dot', tag: 'circle', attrs: { cx, cy: fy, r: 4.5, class: 'dot futures' } },
      {
        key: 'futures-label',
        tag: 'text',
        attrs: { x: labelX, y: futuresLabelY, class: 'value futures-text' },
        text: t.priceLabel(t.futures, now.futuresPrice),
      },
      {
        key: 'cash-label',
        tag: 'text',
        attrs: { x: labelX, y: cashLabelY, class: 'value cash-text' },
        text: t.priceLabel(t.cash, now.cashPrice),
      },
      {
        key: 'spread-label',
        tag: 'text',
        attrs: {
          x: labelX,
          y: mid + 4,
          class: `note${v.highlight === 'spread' ? ' strong' : ''}`,
          opacity: spreadVisible ? op('spread', DIM_TEXT) : 0,
        },
        text: t.spreadLabel(now.spread),
      },
    ],
  });

  const barW = Math.max(5, Math.min(22, (x(1) - x(0)) * 0.55));
  const flows: Mark[] = v.rows.map((r, k) => {
    const shown = k <= v.round && k > 0;
    const buy = shown ? barH(v.demandPerRound) : 0;
    const sell = shown && v.showArbitrageur && r.arbitraged ? barH(v.arbitragePerRound) : 0;
    return {
      key: `round-${k}`,
      tag: 'g',
      children: [
        { key: 'buy', tag: 'rect', attrs: { x: x(k) - barW / 2, y: flowMid - buy, width: barW, height: buy, class: 'bar asset', opacity: op(['demand']) } },
        { key: 'sell', tag: 'rect', attrs: { x: x(k) - barW / 2, y: flowMid, width: barW, height: sell, class: 'bar hedge', opacity: op('arbitrage') } },
        {
          key: 'label',
          tag: 'text',
          attrs: { x: k === 0 ? x(0) + 6 : x(k), y: PAD.top + priceH + 16, class: `tick ${k === 0 ? 'end' : 'middle'}${k === v.round ? ' strong' : ''}` },
          text: k === 0 ? t.startRound : String(k),
        },
      ],
    };
  });

  const legendY = height - 8;
  const legendSplit = Math.min(width / 2, PAD.left + 150);
  marks.push({
    key: 'flow-panel',
    tag: 'g',
    children: [
      { key: 'buy-side', tag: 'text', attrs: { x: PAD.left - 4, y: flowMid - 6, class: 'tick end' }, text: t.buySide },
      {
        key: 'sell-side',
        tag: 'text',
        attrs: { x: PAD.left - 4, y: flowMid + 15, class: 'tick end', opacity: v.showArbitrageur ? 1 : 0 },
        text: t.sellSide,
      },
      ...flows,
      { key: 'mid', tag: 'line', attrs: { x1: PAD.left, x2: plotRight + 6, y1: flowMid, y2: flowMid, class: 'rule' } },
      { key: 'legend-buy-key', tag: 'rect', attrs: { x: 6, y: legendY - 9, width: 10, height: 10, class: 'bar asset' } },
      { key: 'legend-buy', tag: 'text', attrs: { x: 20, y: legendY, class: 'note' }, text: t.buyersLegend },
      {
        key: 'legend-sell-key',
        tag: 'rect',
        attrs: { x: legendSplit, y: legendY - 9, width: 10, height: 10, class: 'bar hedge', opacity: v.showArbitrageur ? 1 : 0 },
      },
      {
        key: 'legend-sell',
        tag: 'text',
        attrs: { x: legendSplit + 14, y: legendY, class: 'note', opacity: v.showArbitrageur ? 1 : 0 },
        text: t.arbitrageurLegend,
      },
    ],
  });
  return marks;
}
