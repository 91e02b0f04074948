/**
 * Geometry of the `fed-holdings` figure: an area of the Fed's Treasury
 * holdings per Wednesday, drawn up to the state's date, with the
 * March–April 2020 purchases shaded and annotated.
 */
import { scaleLinear } from 'd3-scale';
import type { FedHoldings } from '../../../data/index';
import { fedHoldings as t } from '@strings/fed-holdings';
import { dataFigures as f } from '@strings/charts';
import type { Mark } from '../core/marks';
import type { PointerReadout, Size } from '../core/types';
import { dateBand, isoToMs, nearestIndex, seriesPath, timeAxis, timeScale, valueAxis } from '../timechart/common';
import type { FedState } from './index';

export interface FedModel {
  data: FedHoldings;
  /** Last week on or before the state's date. */
  shown: number;
  /** Indices of the purchases band's first and last Wednesday (-1 if absent). */
  pFrom: number;
  pTo: number;
  /** Peak daily purchase pace, $bn (quoted fact). */
  paceBn: number;
}

const PAD = { left: 58, right: 14, top: 40, bottom: 26 };

function scales(m: FedModel, size: Size) {
  const d = m.data;
  const x = timeScale(d.date[0], d.date[d.date.length - 1], PAD.left, size.width - PAD.right);
  const max = Math.max(...d.treastBn.filter((v): v is number => v !== null));
  const y = scaleLinear().domain([0, max * 1.05]).nice(4).range([size.height - PAD.bottom, PAD.top]);
  return { x, y };
}

export function layoutFedHoldings(m: FedModel, state: FedState, size: Size): Mark[] {
  const { width, height } = size;
  const { x, y } = scales(m, size);
  const d = m.data;
  const last = d.date.length - 1;
  const reveal = Math.max(0, m.shown);
  const xs = (ms: number) => x(ms);
  const base = height - PAD.bottom;
  const linePath = seriesPath(d.date, d.treastBn, 0, last, xs, (v) => y(v), reveal);
  // Close the line into an area down to zero (same point count in every state).
  const firstX = Math.round(x(isoToMs(d.date[0])) * 10) / 10;
  const headX = Math.round(x(isoToMs(d.date[reveal])) * 10) / 10;
  const areaPath = linePath ? `${linePath}L${headX},${base}L${firstX},${base}Z` : '';
  const on = state.highlight === 'purchases' && m.pFrom >= 0 && m.pTo >= 0;
  const marks: Mark[] = [];
  marks.push({ key: 'y-axis', tag: 'g', children: valueAxis(y, PAD.left, width - PAD.right, f.tickBn, 4) });
  marks.push({ key: 'x-axis', tag: 'g', children: timeAxis(x, base, width) });
  marks.push({
    key: 'purchases',
    tag: 'g',
    children: dateBand('band', x, on ? d.date[m.pFrom] : null, on ? d.date[m.pTo] : null, PAD.top, base, t.purchasesBand),
  });
  marks.push({ key: 'area', tag: 'path', attrs: { d: areaPath, class: 'area fed' } });
  marks.push({ key: 'line', tag: 'path', attrs: { d: linePath, class: 'line fed' } });
  marks.push({ key: 'axis-title', tag: 'text', attrs: { x: PAD.left, y: 14, class: 'axis-title' }, text: t.axis });

  const hv = d.treastBn[reveal];
  marks.push({ key: 'head', tag: 'circle', attrs: { cx: x(isoToMs(d.date[reveal])), cy: hv === null ? base : y(hv), r: 4, class: 'dot fed' } });

  // Purchases annotation: the change over the band and the peak daily pace, left of the band's end.
  const a = m.pFrom >= 0 ? (d.treastBn[m.pFrom] as number) : 0;
  const b = m.pTo >= 0 ? (d.treastBn[m.pTo] as number) : 0;
  const bx = m.pTo >= 0 ? x(isoToMs(d.date[m.pTo])) : PAD.left;
  const ax = m.pFrom >= 0 ? x(isoToMs(d.date[m.pFrom])) : PAD.left;
  const labelX = Math.max(PAD.left + 4, ax - 6);
  marks.push({
    key: 'purchases-note',
    tag: 'g',
    attrs: { opacity: on ? 1 : 0 },
    children: [
      { key: 'from', tag: 'circle', attrs: { cx: ax, cy: y(a), r: 4, class: 'dot alert' } },
      { key: 'to', tag: 'circle', attrs: { cx: bx, cy: y(b), r: 4, class: 'dot alert' } },
      { key: 'change', tag: 'text', attrs: { x: labelX, y: y(b) - 22, class: 'value end halo alert-text' }, text: t.changeLabel(Math.max(0, m.pTo - m.pFrom), b - a) },
      { key: 'pace', tag: 'text', attrs: { x: labelX, y: y(b) - 6, class: 'note end halo' }, text: t.paceLabel(m.paceBn) },
    ],
  });
  return marks;
}

export function pointerFedHoldings(m: FedModel, _state: FedState, size: Size, at: { x: number; y: number }): PointerReadout | null {
  if (at.x < PAD.left - 10 || at.x > size.width - PAD.right + 10 || m.shown < 0) return null;
  const { x, y } = scales(m, size);
  const d = m.data;
  const i = nearestIndex(d.date, x.invert(at.x).getTime(), 0, m.shown);
  if (i < 0) return null;
  const px = x(isoToMs(d.date[i]));
  const v = d.treastBn[i];
  return {
    marks: [
      { key: 'rule', tag: 'line', attrs: { x1: px, x2: px, y1: PAD.top, y2: size.height - PAD.bottom, class: 'rule cursor-rule' } },
      { key: 'dot', tag: 'circle', attrs: { cx: px, cy: v === null ? size.height - PAD.bottom : y(v), r: 4.5, class: 'dot fed' } },
    ],
    text: t.readout({ date: d.date[i], bn: v }),
  };
}
