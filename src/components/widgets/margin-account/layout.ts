/**
 * Geometry of the margin account figure: the price path on top, the
 * account balance per day below, with the initial and maintenance lines.
 * Pure: engine rows + state + size → marks.
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { MarginDay } from '../../../engine';
import { marginAccount as t } from '@strings/margin-account';
import type { Mark } from '../core/marks';
import type { Size } from '../core/types';

export interface MarginView {
  /** Rows for days 0…last of the scenario (engine output). */
  rows: MarginDay[];
  /** Day shown (inclusive). */
  day: number;
  /** How the owner answered the call, or 'pending' before the answer is shown. */
  answer: 'pending' | 'top-up' | 'close';
  callDay: number;
  openPrice: number;
  swing: number;
  showSwing: boolean;
  showLevels: boolean;
  /** Balance shown per day (before the answer on the call day when pending). */
  balances: number[];
  /** Balance shown per day (own + paid in), dollars. */
  totals: number[];
  /** Cash paid in shown per day. */
  paid: number[];
  calls: number[];
  closedFrom: number | null;
}

const PAD = { left: 40, right: 14, top: 30, gap: 34, bottom: 26 };

export function layoutMarginAccount(v: MarginView, size: Size): Mark[] {
  const { width, height } = size;
  const lastDay = v.rows.length - 1;
  const plotH = height - PAD.top - PAD.gap - PAD.bottom;
  const priceH = Math.round(plotH * 0.5);
  const balanceTop = PAD.top + priceH + PAD.gap;
  const balanceH = plotH - priceH;

  const x = scaleLinear().domain([0, lastDay]).range([PAD.left + 8, width - PAD.right - 8]);
  const yPrice = scaleLinear().domain([v.openPrice - v.swing * 1.6, v.openPrice + v.swing * 1.6]).range([PAD.top + priceH, PAD.top]);
  const im = v.rows[0].account.initialMargin;
  const mm = v.rows[0].account.maintenanceMargin;
  const maxBalance = Math.max(im * 1.6, ...v.balances.map((b, i) => b + v.paid[i]));
  const yBal = scaleLinear().domain([0, maxBalance]).range([balanceTop + balanceH, balanceTop]);

  // Constant point count: days after the one shown sit on it, so the line grows by tweening.
  const visible = (d: number) => Math.min(d, v.day);
  const pricePath = line<number>()
    .x((d) => x(visible(d)))
    .y((d) => yPrice(v.rows[visible(d)].price))(v.rows.map((_, d) => d)) ?? '';

  const marks: Mark[] = [];
  const current = v.rows[v.day];

  // Price panel.
  marks.push({
    key: 'price-panel',
    tag: 'g',
    children: [
      { key: 'axis-label', tag: 'text', attrs: { x: PAD.left - 32, y: PAD.top - 12, class: 'axis-title' }, text: t.priceAxis },
      {
        key: 'swing',
        tag: 'rect',
        attrs: {
          x: PAD.left,
          y: yPrice(v.openPrice + v.swing),
          width: width - PAD.left - PAD.right,
          height: yPrice(v.openPrice - v.swing) - yPrice(v.openPrice + v.swing),
          class: 'band',
          opacity: v.showSwing ? 1 : 0,
        },
      },
      {
        key: 'swing-label',
        tag: 'text',
        attrs: { x: width - PAD.right - 4, y: yPrice(v.openPrice + v.swing) + 14, class: 'note end', opacity: v.showSwing ? 1 : 0 },
        text: t.swingBand(v.swing),
      },
      { key: 'open-line', tag: 'line', attrs: { x1: PAD.left, x2: width - PAD.right, y1: yPrice(v.openPrice), y2: yPrice(v.openPrice), class: 'rule' } },
      { key: 'open-label', tag: 'text', attrs: { x: PAD.left - 6, y: yPrice(v.openPrice) + 4, class: 'tick end' }, text: formatTick(v.openPrice) },
      { key: 'hi-label', tag: 'text', attrs: { x: PAD.left - 6, y: yPrice(v.openPrice + v.swing) + 4, class: 'tick end' }, text: formatTick(v.openPrice + v.swing) },
      { key: 'lo-label', tag: 'text', attrs: { x: PAD.left - 6, y: yPrice(v.openPrice - v.swing) + 4, class: 'tick end' }, text: formatTick(v.openPrice - v.swing) },
      { key: 'path', tag: 'path', attrs: { d: pricePath, class: 'line futures' + (v.closedFrom !== null ? ' faded' : '') } },
      { key: 'dot', tag: 'circle', attrs: { cx: x(v.day), cy: yPrice(current.price), r: 5, class: 'dot futures' } },
      {
        key: 'dot-label',
        tag: 'text',
        attrs: { x: x(v.day), y: yPrice(current.price) - 10, class: 'value middle' },
        text: formatTick(current.price),
      },
    ],
  });

  // Balance panel.
  const barW = Math.max(8, Math.min(34, (width - PAD.left - PAD.right) / (lastDay + 1) - 10));
  const bars: Mark[] = v.rows.map((_, d) => {
    const shown = d <= v.day;
    const bal = Math.max(0, v.balances[d]);
    // Red only while the account is actually below maintenance (a call day before the answer).
    const below = v.closedFrom === null && d > 0 && v.balances[d] + v.paid[d] < mm * Math.abs(v.rows[d].account.contracts || 1);
    return {
      key: `bar-${d}`,
      tag: 'g',
      children: [
        {
          key: 'bal',
          tag: 'rect',
          attrs: {
            x: x(d) - barW / 2,
            y: shown ? yBal(bal) : yBal(0),
            width: barW,
            height: shown ? yBal(0) - yBal(bal) : 0,
            class: `bar ${below ? 'alert' : 'margin'}${v.closedFrom !== null && d >= v.closedFrom ? ' faded' : ''}`,
          },
        },
        {
          key: 'paid',
          tag: 'rect',
          attrs: {
            x: x(d) - barW / 2,
            y: shown ? yBal(bal + v.paid[d]) : yBal(0),
            width: barW,
            height: shown ? yBal(bal) - yBal(bal + v.paid[d]) : 0,
            class: 'bar paid',
          },
        },
        {
          key: 'call',
          tag: 'rect',
          attrs: {
            x: x(d) - barW / 2,
            y: yBal(bal + v.calls[d]),
            width: barW,
            height: shown && v.calls[d] > 0 ? yBal(bal) - yBal(bal + v.calls[d]) : 0,
            class: 'bar call',
          },
        },
        {
          key: 'day',
          tag: 'text',
          attrs: { x: x(d), y: balanceTop + balanceH + 16, class: `tick middle${d === v.day ? ' strong' : ''}` },
          text: d === 0 ? t.openDay : String(d),
        },
      ],
    };
  });

  const callNow = v.calls[v.day];
  const paidNow = v.paid[v.day];
  const balNow = v.balances[v.day];
  const annotation = v.closedFrom !== null && v.day >= v.closedFrom
    ? t.closedLabel
    : callNow > 0
      ? t.callLabel(callNow)
      : paidNow > 0
        ? t.paidLabel(paidNow)
        : '';
  marks.push({
    key: 'balance-panel',
    tag: 'g',
    children: [
      { key: 'axis-label', tag: 'text', attrs: { x: PAD.left - 32, y: balanceTop - 12, class: 'axis-title' }, text: t.balanceAxis },
      ...bars,
      { key: 'zero', tag: 'line', attrs: { x1: PAD.left, x2: width - PAD.right, y1: yBal(0), y2: yBal(0), class: 'rule' } },
      {
        key: 'initial',
        tag: 'line',
        attrs: { x1: PAD.left, x2: width - PAD.right, y1: yBal(im), y2: yBal(im), class: 'level initial', opacity: v.showLevels ? 1 : 0 },
      },
      {
        key: 'initial-label',
        tag: 'text',
        attrs: { x: PAD.left + 2, y: yBal(im) - 5, class: 'note halo', opacity: v.showLevels ? 1 : 0 },
        text: t.initialLine(im),
      },
      {
        key: 'maintenance',
        tag: 'line',
        attrs: { x1: PAD.left, x2: width - PAD.right, y1: yBal(mm), y2: yBal(mm), class: 'level maintenance', opacity: v.showLevels ? 1 : 0 },
      },
      {
        key: 'maintenance-label',
        tag: 'text',
        attrs: { x: PAD.left + 2, y: yBal(mm) + 13, class: 'note halo alert-text', opacity: v.showLevels ? 1 : 0 },
        text: t.maintenanceLine(mm),
      },
      {
        key: 'annotation',
        tag: 'text',
        attrs: { x: x(v.day), y: yBal(Math.max(balNow, 0) + Math.max(callNow, paidNow)) - 8, class: 'value middle' + (callNow > 0 ? ' alert-text' : '') },
        text: annotation,
      },
    ],
  });
  return marks;
}

function formatTick(value: number): string {
  return String(Math.round(value * 100) / 100);
}
