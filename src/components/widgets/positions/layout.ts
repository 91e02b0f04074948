/**
 * Geometry of the `positions` figure: two weekly lines (leveraged funds'
 * short, asset managers' long) on a time axis, a highlight band, a cursor
 * week with its values. Pure: model + state + size → marks.
 */
import { scaleLinear } from 'd3-scale';
import { positions as t } from '@strings/positions';
import { dataFigures as f } from '@strings/charts';
import type { Mark } from '../core/marks';
import type { PointerReadout, Size } from '../core/types';
import { dateBand, isoToMs, legend, msToIso, nearestIndex, seriesPath, timeAxis, timeScale, valueAxis } from '../timechart/common';
import { HIGHLIGHT_BANDS, type PositionsSeries, type PositionsState } from './model';

export interface PositionsModel {
  series: PositionsSeries;
  /** First and last index of the window (-1 when the window holds no week). */
  first: number;
  last: number;
  /** Week whose values are labelled (cursor week or last reported week), -1 if none. */
  focus: number;
  /** Week of the highest leveraged short in the window, -1 if none. */
  peak: number;
  gapWeeks: number;
  /** Largest value drawn in the window, $bn. */
  maxValue: number;
  latest: string;
}

const PAD = { left: 54, right: 14, top: 44, bottom: 26 };

function scales(m: PositionsModel, state: PositionsState, size: Size) {
  const x = timeScale(state.from, state.to, PAD.left, size.width - PAD.right);
  const y = scaleLinear()
    .domain([0, Math.max(100, m.maxValue * 1.05)])
    .nice(4)
    .range([size.height - PAD.bottom, PAD.top]);
  return { x, y };
}

export function layoutPositions(m: PositionsModel, state: PositionsState, size: Size): Mark[] {
  const { width, height } = size;
  const { x, y } = scales(m, state, size);
  const s = m.series;
  const showAm = state.series === 'both';
  const xs = (ms: number) => x(ms);
  const band = state.highlight === 'none' ? null : HIGHLIGHT_BANDS[state.highlight];
  const marks: Mark[] = [];

  marks.push({ key: 'y-axis', tag: 'g', children: valueAxis(y, PAD.left, width - PAD.right, f.tickBn, 4) });
  marks.push({ key: 'x-axis', tag: 'g', children: timeAxis(x, height - PAD.bottom, width) });
  marks.push({
    key: 'highlight',
    tag: 'g',
    children: dateBand('band', x, band?.from ?? null, band?.to ?? null, PAD.top, height - PAD.bottom, t.highlight[state.highlight]),
  });
  marks.push({
    key: 'legend',
    tag: 'g',
    children: legend(
      [
        { key: 'lev', label: t.levShort, cls: 'hedge', shown: true },
        { key: 'am', label: t.amLong, cls: 'asset', shown: showAm },
      ],
      PAD.left,
      14,
    ),
  });

  // One path per dataset and series (keyed by dataset: switching datasets redraws, a new window tweens).
  const path = (values: (number | null)[]) => (m.first < 0 ? '' : seriesPath(s.date, values, m.first, m.last, xs, (v) => y(v)));
  marks.push({
    key: `lines-${state.dataset}`,
    tag: 'g',
    children: [
      { key: 'am', tag: 'path', attrs: { d: path(s.amLongBn), class: 'line asset', opacity: showAm ? 1 : 0 } },
      { key: 'lev', tag: 'path', attrs: { d: path(s.levShortBn), class: 'line hedge' } },
    ],
  });

  marks.push({ key: 'cursor', tag: 'g', children: cursorMarks(m, state, size, m.focus, state.cursor !== null) });
  return marks;
}

/** Marks of a marked week: a vertical rule, dots on both lines and their values. */
function cursorMarks(m: PositionsModel, state: PositionsState, size: Size, i: number, shown: boolean): Mark[] {
  const { x, y } = scales(m, state, size);
  const s = m.series;
  const lev = i >= 0 ? s.levShortBn[i] : null;
  const am = i >= 0 ? s.amLongBn[i] : null;
  const visible = shown && i >= 0 && lev !== null;
  const px = i >= 0 ? x(isoToMs(s.date[i])) : PAD.left;
  const showAm = state.series === 'both' && am !== null;
  const levY = lev !== null ? y(lev) : size.height - PAD.bottom;
  const amY = am !== null ? y(am) : size.height - PAD.bottom;
  const levText = lev !== null ? t.cursorValue(lev) : '';
  const amText = am !== null ? t.cursorValue(am) : '';
  // Place the two values where neither line runs through them: try both sides of the rule
  // and three heights per label (beside, above, below the dot), keep the labels 14 px apart.
  const labelW = (text: string) => text.length * 7.6 + 4;
  /** The first reported week on or after a time in the window (binary search: ISO dates sort as strings). */
  const weekAt = (ms: number): number => {
    const iso = msToIso(ms);
    let lo = m.first;
    let hi = m.last;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s.date[mid] < iso) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const lineYs = (x0: number, x1: number): number[] => {
    const out: number[] = [];
    if (m.first < 0) return out;
    for (let k = 0; k <= 6; k++) {
      const j = weekAt(x.invert(x0 + ((x1 - x0) * k) / 6).getTime());
      const l = s.levShortBn[j];
      const a = s.amLongBn[j];
      if (l !== null) out.push(y(l));
      if (showAm && a !== null) out.push(y(a));
    }
    return out;
  };
  // Line heights under the wider label, sampled once per side (a pointer move redoes this, so keep it cheap).
  const widest = Math.max(labelW(levText), showAm ? labelW(amText) : 0);
  const under = { right: lineYs(px + 8, px + 8 + widest), left: lineYs(px - 8 - widest, px - 8) };
  /** Smallest vertical distance between a label's middle (baseline − 4) and the lines under it. */
  const clearance = (baseline: number, flipped: boolean) =>
    (flipped ? under.left : under.right).reduce((best, ly) => Math.min(best, Math.abs(ly - (baseline - 4))), 99);
  const OFFSETS = [4, -10, 18];
  const place = (flipped: boolean) => {
    let best = { score: -Infinity, levLabelY: levY + 4, amLabelY: amY + 4 };
    for (const lo of OFFSETS) {
      for (const ao of showAm ? OFFSETS : [4]) {
        const ly = levY + lo;
        const ay = amY + ao;
        if (showAm && Math.abs(ly - ay) < 14) continue;
        const inside = (v: number) => v > PAD.top + 18 && v < size.height - PAD.bottom - 2;
        if (!inside(ly) || (showAm && !inside(ay))) continue;
        let score = clearance(ly, flipped);
        if (showAm) score = Math.min(score, clearance(ay, flipped));
        // Prefer labels beside their dots when they are clear anyway.
        score = Math.min(score, 9) - (lo === 4 ? 0 : 0.5) - (ao === 4 ? 0 : 0.5);
        if (score > best.score) best = { score, levLabelY: ly, amLabelY: ay };
      }
    }
    return best;
  };
  const roomRight = px + 8 + Math.max(labelW(levText), showAm ? labelW(amText) : 0) < size.width - PAD.right;
  const roomLeft = px - 8 - Math.max(labelW(levText), showAm ? labelW(amText) : 0) > PAD.left;
  const rightPlace = roomRight || !roomLeft ? place(false) : null;
  const leftPlace = roomLeft ? place(true) : null;
  const flip = !rightPlace || (leftPlace !== null && leftPlace.score > rightPlace.score + 1);
  const chosen = flip ? (leftPlace ?? place(true)) : rightPlace;
  const anchor = flip ? 'end' : '';
  const dx = flip ? -8 : 8;
  // The week's date sits at the top of the rule, on whichever side it fits (about 100 px at 11 px).
  const weekFlip = px > size.width - PAD.right - 104;
  const levLabelY = chosen.levLabelY;
  const amLabelY = chosen.amLabelY;
  return [
    { key: 'rule', tag: 'line', attrs: { x1: px, x2: px, y1: PAD.top, y2: size.height - PAD.bottom, class: 'rule cursor-rule', opacity: visible ? 1 : 0 } },
    { key: 'lev-dot', tag: 'circle', attrs: { cx: px, cy: levY, r: 4.5, class: 'dot hedge', opacity: visible ? 1 : 0 } },
    { key: 'am-dot', tag: 'circle', attrs: { cx: px, cy: amY, r: 4.5, class: 'dot asset', opacity: visible && showAm ? 1 : 0 } },
    {
      key: 'lev-label',
      tag: 'text',
      attrs: { x: px + dx, y: levLabelY, class: `value halo hedge-text ${anchor}`.trim(), opacity: visible ? 1 : 0 },
      text: lev !== null ? t.cursorValue(lev) : '',
    },
    {
      key: 'am-label',
      tag: 'text',
      attrs: { x: px + dx, y: amLabelY, class: `value halo asset-text ${anchor}`.trim(), opacity: visible && showAm ? 1 : 0 },
      text: am !== null ? t.cursorValue(am) : '',
    },
    {
      key: 'week-label',
      tag: 'text',
      attrs: { x: weekFlip ? px - 4 : px + 4, y: PAD.top + 12, class: `note halo ${weekFlip ? 'end' : ''}`.trim(), opacity: visible ? 1 : 0 },
      text: i >= 0 ? f.date(s.date[i]) : '',
    },
  ];
}

/** Hover/tap read-out: the reported week nearest the pointer. */
export function pointerPositions(m: PositionsModel, state: PositionsState, size: Size, at: { x: number; y: number }): PointerReadout | null {
  if (m.first < 0 || at.x < PAD.left - 10 || at.x > size.width - PAD.right + 10) return null;
  const { x } = scales(m, state, size);
  const i = nearestIndex(m.series.date, x.invert(at.x).getTime(), m.first, m.last);
  if (i < 0) return null;
  return {
    marks: cursorMarks(m, state, size, i, true),
    text: t.readout({
      week: m.series.date[i],
      levShortBn: m.series.levShortBn[i],
      amLongBn: m.series.amLongBn[i],
      showAm: state.series === 'both',
    }),
  };
}
