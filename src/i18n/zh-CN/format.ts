/**
 * Number formatting for Chinese readers (display only: the engine keeps
 * plain dollars). Follows WRITING.md: 亿/万亿 with at most three
 * significant digits, half-width digits, no space before %.
 */

const group = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** 1234.5 → "1,234.5" (at most two decimals). */
const numberFormats = new Map<number, Intl.NumberFormat>();
export function formatNumber(value: number, digits = 2): string {
  // One formatter per precision: figures format on every redraw, and building a formatter is slow.
  let f = numberFormats.get(digits);
  if (!f) numberFormats.set(digits, (f = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 })));
  return f.format(value);
}

/** Signed: +3 / −3 (true minus sign). */
export function formatSigned(value: number, digits = 2): string {
  const text = formatNumber(Math.abs(value), digits);
  if (Math.abs(value) < 0.5 * 10 ** -digits) return formatNumber(0, digits);
  return value > 0 ? `+${text}` : `−${text}`;
}

/** Dollars in plain figures: 1,234 美元. */
export function formatUsd(value: number, digits = 2): string {
  const sign = value < 0 ? '−' : '';
  return `${sign}${group.format(Number(Math.abs(value).toFixed(digits)))} 美元`;
}

/** At most three significant digits (WRITING.md), grouped: 4125 → "4,130", 1.386 → "1.39". */
function threeSignificant(value: number): string {
  return group.format(Number(value.toPrecision(3)));
}

/** Large dollar amounts: 7.45e11 → "7,450 亿美元", 1.5e12 → "1.5 万亿美元". */
export function formatUsdLarge(value: number): string {
  const sign = value < 0 ? '−' : '';
  const abs = Math.abs(value);
  if (abs >= 1e12) return `${sign}${threeSignificant(abs / 1e12)} 万亿美元`;
  if (abs >= 1e8) {
    const yi = Number((abs / 1e8).toPrecision(3));
    return `${sign}${group.format(yi)} 亿美元`;
  }
  if (abs >= 1e4) return `${sign}${threeSignificant(abs / 1e4)} 万美元`;
  return `${sign}${group.format(Math.round(abs))} 美元`;
}

/** A decimal rate as a percentage: 0.0525 → "5.25%". */
export function formatPercent(rate: number, digits = 2): string {
  return `${(rate * 100).toFixed(digits)}%`;
}

/** ISO date → 2020 年 3 月 9 日. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y} 年 ${m} 月 ${d} 日`;
}

/** 万美元 for axis ticks and compact labels: 4183000 → "418 万". */
export function formatWan(value: number): string {
  const v = value / 1e4;
  const abs = Math.abs(v);
  const text = abs >= 100 ? formatNumber(Math.round(abs), 0) : formatNumber(abs, abs >= 10 ? 1 : 2);
  return `${value < 0 ? '−' : ''}${text} 万`;
}
