/**
 * Shared pieces of the data figures (positions, repo-rates, yields-2020,
 * fed-holdings): ISO dates, time axes, null-aware paths, nearest points.
 * Pure (no DOM): used at build time and in the browser. This folder has no
 * index.ts, so the figure registry does not treat it as a figure.
 */
import { scaleUtc, type ScaleLinear, type ScaleTime } from 'd3-scale';
import { line } from 'd3-shape';
import { dataFigures as t } from '@strings/charts';
import type { Mark } from '../core/marks';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "YYYY-MM-DD" → milliseconds (UTC midnight), or NaN. */
export function isoToMs(iso: string): number {
  const m = ISO.exec(iso);
  if (!m) return NaN;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Reject impossible days (2020-02-31) instead of rolling them over.
  return new Date(ms).toISOString().slice(0, 10) === iso ? ms : NaN;
}

export function msToIso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Read an ISO date field of unknown input, clamped to [min, max]; fallback when absent or invalid. */
export function readIsoDate(raw: unknown, key: string, fallback: string, min: string, max: string): string {
  const value = raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[key] : undefined;
  const ms = typeof value === 'string' ? isoToMs(value) : NaN;
  if (!Number.isFinite(ms)) return fallback;
  return msToIso(Math.min(isoToMs(max), Math.max(isoToMs(min), ms)));
}

/** Optional ISO date (null when absent or invalid), clamped to [min, max]. */
export function readOptionalIsoDate(raw: unknown, key: string, min: string, max: string): string | null {
  const value = raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[key] : undefined;
  if (typeof value !== 'string' || !Number.isFinite(isoToMs(value))) return null;
  return readIsoDate(raw, key, min, min, max);
}

/** Indices of dates inside [from, to] (ISO strings compare in date order). */
export function windowIndices(dates: readonly string[], from: string, to: string): { first: number; last: number } {
  let first = -1;
  let last = -1;
  for (let i = 0; i < dates.length; i++) {
    if (dates[i] >= from && dates[i] <= to) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return { first, last };
}

/** Index (within [first, last]) of the date nearest to `targetMs` whose value is not null; -1 if none. */
export function nearestIndex(
  dates: readonly string[],
  targetMs: number,
  first: number,
  last: number,
  usable: (i: number) => boolean = () => true,
): number {
  let best = -1;
  let bestDist = Infinity;
  for (let i = first; i <= last && i >= 0; i++) {
    if (!usable(i)) continue;
    const d = Math.abs(isoToMs(dates[i]) - targetMs);
    if (d < bestDist) {
      best = i;
      bestDist = d;
    }
  }
  return best;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * A path over every point of a series (constant point count, so it tweens
 * between windows): points outside [first, last] sit on the nearest point
 * inside; null values break the line (never interpolated).
 */
export function seriesPath(
  dates: readonly string[],
  values: readonly (number | null)[],
  first: number,
  last: number,
  x: (ms: number) => number,
  y: (v: number) => number,
  /** Index from which points are hidden (sit on the last shown point), for progressive reveal. */
  revealTo = last,
): string {
  const end = Math.min(last, revealTo);
  const anchorFor = (i: number): number => {
    const j = Math.min(Math.max(i, first), end);
    if (values[j] != null) return j;
    // Nearest usable point inside the shown window.
    for (let k = 1; k <= end - first; k++) {
      if (j - k >= first && values[j - k] != null) return j - k;
      if (j + k <= end && values[j + k] != null) return j + k;
    }
    return -1;
  };
  const pts = dates.map((_, i) => {
    const inside = i >= first && i <= end;
    const a = inside ? i : anchorFor(i);
    const v = a >= 0 ? values[a] : null;
    return { x: a >= 0 ? round1(x(isoToMs(dates[a]))) : round1(x(isoToMs(dates[Math.max(first, 0)]))), y: v == null ? 0 : round1(y(v)), defined: values[i] != null };
  });
  return (
    line<{ x: number; y: number; defined: boolean }>()
      .defined((p) => p.defined)
      .x((p) => p.x)
      .y((p) => p.y)(pts) ?? ''
  );
}

/** A UTC time scale over [from, to] for the plot's horizontal extent. */
export function timeScale(from: string, to: string, left: number, right: number): ScaleTime<number, number> {
  return scaleUtc().domain([isoToMs(from), isoToMs(to)]).range([left, right]);
}

/** Tick marks and labels of a time axis, labels chosen for the span and the width. */
export function timeAxis(x: ScaleTime<number, number>, baseline: number, width: number): Mark[] {
  const [d0, d1] = x.domain().map((d) => d.getTime());
  const spanDays = (d1 - d0) / 86_400_000;
  const plotW = Math.abs(x.range()[1] - x.range()[0]);
  const labelW = spanDays > 730 ? 40 : spanDays > 120 ? 46 : 62;
  const count = Math.max(2, Math.floor(plotW / labelW));
  let ticks = x.ticks(count).map((d) => d.getTime());
  // Long spans are labelled by year: keep only the 1 January ticks (a span of a few years may tick every half year).
  if (spanDays > 730) {
    const years = ticks.filter((ms) => new Date(ms).getUTCMonth() === 0 && new Date(ms).getUTCDate() === 1);
    if (years.length >= 2) ticks = years;
    // A domain that starts in early January (e.g. 2019-01-02) gets its own year label at the edge.
    const start = new Date(d0);
    // Only when it has room: on phones the first year tick (e.g. 2016 after a 2015-01-06 start) sits too close.
    const room = ticks.length > 0 && Math.abs(x(ticks[0]) - x(d0)) >= labelW;
    if (start.getUTCMonth() === 0 && start.getUTCDate() <= 31 && ticks[0] - d0 > 180 * 86_400_000 && room) ticks = [d0, ...ticks];
  }
  // Keep labels apart: drop every other tick until they fit.
  while (ticks.length > 2 && plotW / ticks.length < labelW * 0.9) ticks = ticks.filter((_, i) => i % 2 === 0);
  const label = (ms: number, i: number): string => {
    const d = new Date(ms);
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth() + 1;
    if (spanDays > 730) return t.tickYear(y);
    if (spanDays > 120) return m === 1 || i === 0 ? t.tickYearMonth(y, m) : t.tickMonth(m);
    return t.tickMonthDay(m, d.getUTCDate());
  };
  return [
    { key: 'x-base', tag: 'line', attrs: { x1: x.range()[0], x2: x.range()[1], y1: baseline, y2: baseline, class: 'rule' } },
    ...ticks.map((ms, i): Mark => {
      const px = x(ms);
      return {
        key: `xt-${msToIso(ms)}`,
        tag: 'text',
        attrs: { x: px, y: baseline + 15, class: `tick ${px > width - 30 ? 'end' : px < 30 ? '' : 'middle'}`.trim() },
        text: label(ms, i),
      };
    }),
  ];
}

/** Horizontal grid lines with labels on the left. */
export function valueAxis(
  y: ScaleLinear<number, number>,
  left: number,
  right: number,
  format: (v: number) => string,
  count = 4,
): Mark[] {
  return y.ticks(count).map((v): Mark => ({
    key: `yt-${v}`,
    tag: 'g',
    children: [
      { key: 'grid', tag: 'line', attrs: { x1: left, x2: right, y1: y(v), y2: y(v), class: 'grid' } },
      { key: 'label', tag: 'text', attrs: { x: left - 6, y: y(v) + 4, class: 'tick end' }, text: format(v) },
    ],
  }));
}

/** Legend: coloured swatches with names, laid out in a row from `x`. */
export function legend(items: readonly { key: string; label: string; cls: string; shown: boolean }[], x: number, y: number): Mark[] {
  let at = x;
  const marks: Mark[] = [];
  for (const item of items) {
    marks.push({
      key: `legend-${item.key}`,
      tag: 'g',
      attrs: { opacity: item.shown ? 1 : 0 },
      children: [
        { key: 'swatch', tag: 'line', attrs: { x1: at, x2: at + 14, y1: y - 4, y2: y - 4, class: `line ${item.cls}` } },
        { key: 'label', tag: 'text', attrs: { x: at + 18, y, class: 'note' }, text: item.label },
      ],
    });
    if (item.shown) at += 18 + item.label.length * 11.5 + 14;
  }
  return marks;
}

/** A shaded band between two dates (clipped to the window), with a label; hidden when empty. */
export function dateBand(
  key: string,
  x: ScaleTime<number, number>,
  from: string | null,
  to: string | null,
  top: number,
  bottom: number,
  label: string,
  cls = 'band highlight',
): Mark[] {
  const [r0, r1] = x.range();
  const a = from ? Math.max(r0, Math.min(r1, x(isoToMs(from)))) : r0;
  const b = to ? Math.max(r0, Math.min(r1, x(isoToMs(to)))) : r0;
  const shown = from !== null && b - a > 0.5;
  const w = Math.max(0, b - a);
  // Label centred on the band, kept inside the plot.
  const labelW = label.length * 11.5;
  const cx = Math.min(Math.max((a + b) / 2, r0 + labelW / 2), r1 - labelW / 2);
  return [
    { key: `${key}-rect`, tag: 'rect', attrs: { x: shown ? a : r0, y: top, width: shown ? Math.max(w, 2) : 0, height: bottom - top, class: cls, opacity: shown ? 1 : 0 } },
    { key: `${key}-label`, tag: 'text', attrs: { x: cx, y: top - 5, class: 'note middle band-label halo', opacity: shown ? 1 : 0 }, text: label },
  ];
}
