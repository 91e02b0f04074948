/**
 * Geometry of the delivery calculator: a read-out of the market, the
 * cheapest-to-deliver and the edited bond's trade, then a compact table of
 * the basket (one row per note, keyed by its id so rows keep their place
 * while numbers change). Pure: engine output + state + size → marks.
 */
import { formatQuote, type DeliveryCalc } from '../../../engine';
import { deliveryCalculator as t } from '@strings/delivery-calculator';
import type { Mark } from '../core/marks';
import type { Size } from '../core/types';
import type { DeliveryState } from './params';

export interface DeliveryView {
  calc: DeliveryCalc;
  futuresQuote: string;
  /** Decimal per year. */
  repoRate: number;
}

type Column = 'bond' | 'price' | 'decimal' | 'cf' | 'gross' | 'net' | 'irr';

const LINE = 18;
const ROW = 22;
/** Widths below this draw the phone table (no decimal price column, shorter read-out). */
export const WIDE = 520;

/** Where each column ends (text anchored at its right edge), as a share of the width; the bond column starts at the left. */
function columnsFor(wide: boolean): { key: Column; right: number }[] {
  return wide
    ? [
        { key: 'bond', right: 0.2 },
        { key: 'price', right: 0.34 },
        { key: 'decimal', right: 0.48 },
        { key: 'cf', right: 0.6 },
        { key: 'gross', right: 0.72 },
        { key: 'net', right: 0.85 },
        { key: 'irr', right: 0.99 },
      ]
    : [
        { key: 'bond', right: 0.25 },
        { key: 'price', right: 0.41 },
        { key: 'cf', right: 0.56 },
        { key: 'gross', right: 0.7 },
        { key: 'net', right: 0.84 },
        { key: 'irr', right: 0.99 },
      ];
}

/** Which column a step's highlight points at. */
function highlightedColumn(h: DeliveryState['highlight']): Column | null {
  if (h === 'cf') return 'cf';
  if (h === 'gross') return 'gross';
  if (h === 'net') return 'net';
  if (h === 'ctd') return 'irr';
  return null;
}

export function readoutLines(view: DeliveryView, state: DeliveryState, wide: boolean): { key: string; text: string; cls: string }[] {
  const { calc } = view;
  const ctd = calc.rows[calc.ctd];
  const ed = calc.rows[calc.edited];
  const lines = [
    { key: 'market', text: t.market(view.futuresQuote, state.futures, view.repoRate, calc.days, wide), cls: 'note' },
    { key: 'ctd', text: t.ctdLine(ctd.bond, ctd.impliedRepoRate), cls: `value ${ctd.impliedRepoRate > view.repoRate ? 'cash-text' : ''}`.trim() },
  ];
  if (state.highlight === 'invoice') {
    lines.push(
      { key: 'line3', text: t.invoiceLine(ctd.bond, state.futures, ctd.conversionFactor, ctd.accruedEnd), cls: 'note strong' },
      { key: 'line4', text: t.invoiceTotal(ctd.invoicePer100, ctd.invoicePerContract), cls: 'note strong' },
    );
  } else {
    lines.push(
      { key: 'line3', text: t.editedLine(ed.bond, state.priceShift, formatQuote(ed.price, 'cash')), cls: 'note' },
      { key: 'line4', text: t.profitLine(ed.profitOnFace), cls: `note strong ${ed.profitOnFace >= 0 ? 'dc-gain' : 'dc-loss'}` },
    );
  }
  lines.push({ key: 'line5', text: state.priceShift === 0 ? '' : t.changeLine(calc.profitChange), cls: 'note' });
  return lines;
}

export function layoutDelivery(view: DeliveryView, state: DeliveryState, size: Size): Mark[] {
  const { width } = size;
  const wide = width >= WIDE;
  const { calc } = view;
  const cols = columnsFor(wide);
  const hl = highlightedColumn(state.highlight);
  const left = 4;
  const x = (right: number) => Math.round(left + (width - 2 * left) * right);

  const lines = readoutLines(view, state, wide);
  const readout: Mark = {
    key: 'readout',
    tag: 'g',
    children: lines.map((l, i) => ({ key: l.key, tag: 'text', attrs: { x: left, y: 14 + i * LINE, class: l.cls }, text: l.text })),
  };

  const headY = 14 + lines.length * LINE + 8;
  const firstRow = headY + 8;
  const hlIndex = hl ? cols.findIndex((c) => c.key === hl) : -1;
  const header: Mark = {
    key: 'header',
    tag: 'g',
    children: [
      ...(hlIndex > 0
        ? [
            {
              key: 'col-band',
              tag: 'rect' as const,
              attrs: {
                x: x(cols[hlIndex - 1].right) + 3,
                y: headY - 14,
                width: x(cols[hlIndex].right) - x(cols[hlIndex - 1].right),
                height: 22 + calc.rows.length * ROW,
                rx: 3,
                class: 'dc-col-band',
              },
            },
          ]
        : []),
      ...cols.map(
        (c): Mark => ({
          key: `h-${c.key}`,
          tag: 'text',
          attrs: { x: c.key === 'bond' ? left : x(c.right), y: headY, class: `dc-head${c.key === 'bond' ? '' : ' end'}${c.key === hl ? ' dc-hl' : ''}` },
          text: t.columns[c.key],
        }),
      ),
      { key: 'rule', tag: 'line', attrs: { x1: left, x2: width - left, y1: headY + 5, y2: headY + 5, class: 'rule' } },
    ],
  };

  const cell = (c: Column, row: DeliveryCalc['rows'][number]): string => {
    switch (c) {
      case 'bond':
        return t.bondShort(row.bond);
      case 'price':
        return formatQuote(row.price, 'cash');
      case 'decimal':
        return row.price.toFixed(4);
      case 'cf':
        return row.conversionFactor.toFixed(4);
      case 'gross':
        return t.fixed(row.grossBasis * 32, 1);
      case 'net':
        return t.fixed(row.netBasis * 32, 1);
      case 'irr':
        return t.pct(row.impliedRepoRate);
    }
  };

  const rows: Mark = {
    key: 'rows',
    tag: 'g',
    children: calc.rows.map((row, i): Mark => {
      const y = firstRow + i * ROW;
      const isCtd = i === calc.ctd;
      const isEdited = i === calc.edited;
      const rich = row.impliedRepoRate > view.repoRate;
      return {
        key: row.id,
        tag: 'g',
        attrs: { class: `dc-row${isCtd ? ' is-ctd' : ''}${isEdited ? ' is-edited' : ''}` },
        children: [
          { key: 'bg', tag: 'rect', attrs: { x: left - 2, y: y + 2, width: width - 2 * left + 4, height: ROW - 2, rx: 3, class: isCtd ? 'dc-ctd-band' : 'dc-row-band' } },
          ...cols.map(
            (c): Mark => ({
              key: c.key,
              tag: 'text',
              attrs: {
                x: c.key === 'bond' ? left + 2 : x(c.right),
                y: y + 16,
                class: [
                  'dc-cell',
                  c.key === 'bond' ? '' : 'end',
                  c.key === hl ? 'dc-hl' : '',
                  c.key === 'irr' && rich ? 'cash-text' : '',
                  (c.key === 'price' || c.key === 'decimal') && isEdited && state.priceShift !== 0 ? 'dc-edited' : '',
                  c.key === 'bond' && isEdited ? 'dc-edited-bond' : '',
                  c.key === 'bond' && (isCtd || isEdited) ? 'dc-strong' : '',
                ]
                  .filter(Boolean)
                  .join(' '),
              },
              text: cell(c.key, row),
            }),
          ),
        ],
      };
    }),
  };

  const footY = firstRow + calc.rows.length * ROW + 16;
  const foot: Mark = { key: 'foot', tag: 'text', attrs: { x: left, y: footY, class: 'note' }, text: t.unitNote };
  return [readout, header, rows, foot];
}

/** Height the layout needs at a width (the read-out lines plus header, rows and footnote). */
export function heightFor(rowCount: number): number {
  return 14 + 5 * LINE + 8 + 8 + rowCount * ROW + 16 + 10;
}
