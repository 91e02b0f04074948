/**
 * Geometry of the ledger figure (chapter 7). Above: cash (green) and
 * futures (purple) prices from entry to the shown day, one point per day
 * (padded with the last shown point so the paths tween). Below: the ledger,
 * one row per line of the account. The two legs share one scale; the net,
 * the repo interest (one orange segment per night) and the net after
 * interest share a magnified scale, fixed across states so bars compare.
 * Pure: engine rows + state + size → marks. Words from @strings/ledger.
 */
import { scaleLinear } from 'd3-scale';
import type { LedgerDay, LedgerResult } from '../../../engine';
import { ledger as t } from '@strings/ledger';
import type { Mark } from '../core/marks';
import type { Size } from '../core/types';
import type { LedgerHighlight } from './params';

export interface LedgerView {
  result: LedgerResult;
  day: number;
  row: LedgerDay;
  closed: boolean;
  showRepo: boolean;
  highlight: LedgerHighlight;
  repoRate: number;
}

export function heightFor(width: number): number {
  return width < 500 ? 364 : 430;
}

/** Half-width of the magnified scale, dollars per 100 face: room for a few nights' interest beyond the spread. */
const SMALL_SCALE = 0.05;
/** Half-width of the legs' scale: at least this many points, so a small move still reads as small. */
const MIN_LEG_SCALE = 20;

export function layoutLedger(v: LedgerView, size: Size): Mark[] {
  const { width, height } = size;
  const narrow = width < 500;
  const rows = v.result.days;
  const last = rows.length - 1;
  const pnl = v.row.pnl;

  // ── Prices ──
  const px0 = 40;
  const px1 = width - (narrow ? 96 : 110);
  const pTop = narrow ? 36 : 40;
  const pBottom = narrow ? 124 : 150;
  const prices = rows.flatMap((r) => [r.cash, r.futures]);
  const lo = Math.min(...prices);
  const hi = Math.max(...prices);
  const pad = Math.max(1, (hi - lo) * 0.08);
  const x = scaleLinear().domain([0, last]).range([px0, px1]);
  const y = scaleLinear().domain([lo - pad, hi + pad]).range([pBottom, pTop]);
  const shown = (i: number) => rows[Math.min(i, v.day)];
  const path = (pick: (r: LedgerDay) => number) =>
    rows.map((_, i) => `${i === 0 ? 'M' : 'L'}${x(Math.min(i, v.day)).toFixed(2)},${y(pick(shown(i))).toFixed(2)}`).join('');
  const cx = x(v.day);
  const yF = y(v.row.futures);
  const yC = y(v.row.cash);
  const forced = v.closed && v.result.scenario === 'forced-sale';
  const openRow = rows[0];
  // Two price ticks: the entry and the exit level (the second hidden when they coincide).
  const levelTicks = [
    { key: 'yt-open', p: Math.round(openRow.cash), on: true },
    { key: 'yt-exit', p: Math.round(v.result.exitLevel), on: Math.round(v.result.exitLevel) !== Math.round(openRow.cash) },
  ];

  const pricePanel: Mark = {
    key: 'prices',
    tag: 'g',
    children: [
      { key: 'axis', tag: 'line', attrs: { x1: px0, x2: px1, y1: pBottom, y2: pBottom, class: 'rule' } },
      ...levelTicks.map(
        (k): Mark => ({ key: k.key, tag: 'text', attrs: { x: px0 - 6, y: y(k.p) + 4, class: 'tick end', opacity: k.on ? 1 : 0 }, text: t.priceTick(k.p) }),
      ),
      ...[0, Math.round(last / 2), last].map(
        (d): Mark => ({ key: `xt-${d}`, tag: 'text', attrs: { x: x(d), y: pBottom + 15, class: 'tick middle' }, text: t.dayTick(d) }),
      ),
      { key: 'x-title', tag: 'text', attrs: { x: px1, y: pBottom + 30, class: 'axis-title end' }, text: t.dayAxis },
      // Futures drawn wider underneath: where the two prices coincide, a purple edge shows around the green line.
      { key: 'futures-line', tag: 'path', attrs: { d: path((r) => r.futures), class: `line futures lg-under${v.highlight === 'cash' ? ' faded' : ''}` } },
      { key: 'cash-line', tag: 'path', attrs: { d: path((r) => r.cash), class: `line cash lg-cash-line${v.highlight === 'futures' ? ' faded' : ''}` } },
      { key: 'futures-dot', tag: 'circle', attrs: { cx, cy: yF, r: 4.5, class: 'dot futures' } },
      { key: 'cash-dot', tag: 'circle', attrs: { cx, cy: yC, r: 3, class: 'dot cash' } },
      // The two prices are 0.01 apart at most: on this scale they overlap, so the labels sit above and below.
      { key: 'futures-label', tag: 'text', attrs: { x: cx + 8, y: Math.min(yF, yC) - 8, class: 'value futures-text' }, text: t.futuresLabel(v.row.futures) },
      { key: 'cash-label', tag: 'text', attrs: { x: cx + 8, y: Math.max(yF, yC) + 16, class: 'value cash-text' }, text: t.cashLabel(v.row.cash) },
      {
        key: 'pressure',
        tag: 'text',
        attrs: { x: width - 4, y: Math.max(yF, yC) + 32, class: 'note end alert-text halo', opacity: forced ? 1 : 0 },
        text: t.pressureNote(v.row.cash),
      },
    ],
  };

  // ── Ledger ──
  const lTop = pBottom + 48;
  // Five rows and half a row of gap before the magnified ones.
  const rowH = (height - lTop - 30) / 5.5;
  const labelW = narrow ? 112 : 150;
  const valueW = narrow ? 56 : 70;
  const b0 = labelW + 4;
  const b1 = width - valueW - 4;
  const mid = (b0 + b1) / 2;
  const half = (b1 - b0) / 2;
  const legScale = Math.max(MIN_LEG_SCALE, Math.abs(pnl.cashLegPnl), Math.abs(pnl.futuresLegPnl));
  const big = scaleLinear().domain([-legScale, legScale]).range([b0, b1]).clamp(true);
  const small = scaleLinear().domain([-SMALL_SCALE, SMALL_SCALE]).range([b0, b1]).clamp(true);

  type RowSpec = { key: string; label: string; sub: string; value: string; valueClass: string; hl: boolean; bar: Mark[] };
  const barMark = (key: string, scale: (n: number) => number, value: number, cls: string, y0: number): Mark => {
    const a = scale(0);
    const b = scale(value);
    return { key, tag: 'rect', attrs: { x: Math.min(a, b), y: y0 + rowH * 0.2, width: Math.abs(b - a), height: rowH * 0.5, class: `lg-bar ${cls}` } };
  };

  const interestShown = v.showRepo ? pnl.repoInterest : 0;
  const nights = v.showRepo ? v.day : 0;
  const after = v.showRepo ? pnl.total : pnl.beforeFinancing;
  const afterClass = after < -5e-4 ? 'loss' : after > 5e-4 ? 'gain' : 'flat';
  const specs: RowSpec[] = [
    {
      key: 'cash',
      label: t.rowCash,
      sub: t.legPath(openRow.cash, v.row.cash),
      value: t.amount(pnl.cashLegPnl),
      valueClass: 'cash-text',
      hl: v.highlight === 'cash',
      bar: [barMark('bar', big, pnl.cashLegPnl, 'lg-cash', 0)],
    },
    {
      key: 'futures',
      label: t.rowFutures,
      sub: t.legPath(openRow.futures, v.row.futures),
      value: t.amount(pnl.futuresLegPnl),
      valueClass: 'futures-text',
      hl: v.highlight === 'futures',
      bar: [barMark('bar', big, pnl.futuresLegPnl, 'lg-futures', 0)],
    },
    {
      key: 'net',
      label: t.rowNet,
      sub: t.netSub(v.closed, pnl.beforeFinancing),
      value: t.amount(pnl.beforeFinancing),
      valueClass: '',
      hl: v.highlight === 'net',
      bar: [barMark('bar', small, pnl.beforeFinancing, 'lg-net', 0)],
    },
    {
      key: 'repo',
      label: t.rowRepo(v.day),
      sub: t.repoSub(v.repoRate),
      value: v.showRepo ? t.amount(-interestShown) : t.notCounted,
      valueClass: v.showRepo ? 'repo-text' : 'lg-muted',
      hl: v.highlight === 'repo',
      // One segment per night, drawn leftwards from zero: each night's interest adds to the bill.
      bar: rows.slice(1).map((r, i) => {
        const each = v.result.nightlyInterest;
        const on = i < nights;
        const a = small(-each * i);
        const b = small(-each * (i + 1));
        return {
          key: `night-${r.day}`,
          tag: 'rect',
          attrs: { x: on ? b : a, y: rowH * 0.2, width: on ? Math.max(0, a - b - 1) : 0, height: rowH * 0.5, class: 'lg-bar lg-repo' },
        };
      }),
    },
    {
      key: 'after',
      label: t.rowAfter,
      sub: '',
      value: v.showRepo ? t.amount(after) : t.notCounted,
      valueClass: v.showRepo ? (afterClass === 'loss' ? 'alert-text' : afterClass === 'gain' ? 'cash-text' : '') : 'lg-muted',
      hl: false,
      bar: [barMark('bar', small, v.showRepo ? after : 0, `lg-after ${afterClass}`, 0)],
    },
  ];

  const rowTop = (i: number) => lTop + 22 + i * rowH + (i >= 2 ? rowH * 0.5 : 0);
  const ledgerPanel: Mark = {
    key: 'ledger',
    tag: 'g',
    children: [
      { key: 'title', tag: 'text', attrs: { x: 0, y: lTop + 10, class: 'axis-title' }, text: t.ledgerTitle },
      { key: 'zoom-rule', tag: 'line', attrs: { x1: 0, x2: width, y1: rowTop(2) - rowH * 0.3, y2: rowTop(2) - rowH * 0.3, class: 'rule lg-divider' } },
      { key: 'zoom-note', tag: 'text', attrs: { x: width - 4, y: rowTop(2) - rowH * 0.3 - 4, class: 'note end halo' }, text: t.zoomNote },
      { key: 'zero-big', tag: 'line', attrs: { x1: mid, x2: mid, y1: rowTop(0), y2: rowTop(2) - rowH * 0.45, class: 'lg-zero' } },
      { key: 'zero-small', tag: 'line', attrs: { x1: mid, x2: mid, y1: rowTop(2), y2: rowTop(5) - rowH * 0.1, class: 'lg-zero' } },
      ...specs.map(
        (s, i): Mark => ({
          key: `row-${s.key}`,
          tag: 'g',
          attrs: { transform: `translate(0,${rowTop(i).toFixed(2)})`, class: `lg-row${s.hl ? ' is-hl' : ''}` },
          children: [
            { key: 'band', tag: 'rect', attrs: { x: 0, y: 0, width, height: rowH * 0.92, class: 'lg-band' } },
            { key: 'label', tag: 'text', attrs: { x: 4, y: rowH * 0.42, class: 'lg-label' }, text: s.label },
            { key: 'sub', tag: 'text', attrs: { x: 4, y: rowH * 0.42 + 13, class: 'note' }, text: s.sub },
            { key: 'bars', tag: 'g', children: s.bar },
            { key: 'value', tag: 'text', attrs: { x: width - 4, y: rowH * 0.42 + 4, class: `value end ${s.valueClass}`.trim() }, text: s.value },
          ],
        }),
      ),
    ],
  };

  return [
    { key: 'header', tag: 'text', attrs: { x: 0, y: 16, class: 'value' }, text: t.header({ day: v.day, days: last, closed: v.closed, scenario: v.result.scenario, spread: v.row.spread }) },
    pricePanel,
    ledgerPanel,
  ];
}
