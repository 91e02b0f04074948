/**
 * Number formatting for Chinese readers (display only: the engine keeps
 * plain dollars). Follows WRITING.md: 亿/万亿 with at most three
 * significant digits, half-width digits, no space before %.
 */

/**
 * What `new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(value)` gives — thousands
 * separators, at most `digits` decimals, rounded half away from zero on the shortest decimal form of the
 * number, "-" for negatives (and −0) — without Intl: building the page's first Intl formatter costs
 * 30–40 ms of main thread (well over 100 ms on a slow phone), a long task when a figure starts while the
 * reader scrolls. tests/unit/format.test.ts compares the two on many values.
 */
export function formatGrouped(value: number, digits = 2): string {
  if (Number.isNaN(value)) return 'NaN';
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  if (!Number.isFinite(value)) return `${sign}∞`;
  const [mantissa, exponent] = Math.abs(value).toExponential().split('e');
  const figures = mantissa.replace('.', '');
  const point = Number(exponent) + 1; // digits before the decimal point
  let whole = point <= 0 ? '0' : point >= figures.length ? figures + '0'.repeat(point - figures.length) : figures.slice(0, point);
  let fraction = point <= 0 ? '0'.repeat(-point) + figures : point >= figures.length ? '' : figures.slice(point);
  if (fraction.length > digits) {
    const up = fraction[digits] >= '5';
    fraction = fraction.slice(0, digits);
    if (up) {
      const n = (BigInt(whole + fraction) + 1n).toString().padStart(whole.length + fraction.length, '0');
      whole = n.slice(0, n.length - fraction.length);
      fraction = n.slice(n.length - fraction.length);
    }
  }
  fraction = fraction.replace(/0+$/, '');
  whole = whole.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** 1234.5 → "1,234.5" (at most two decimals). */
export function formatNumber(value: number, digits = 2): string {
  return formatGrouped(value, digits);
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
  return `${sign}${formatGrouped(Number(Math.abs(value).toFixed(digits)))} 美元`;
}

/** At most three significant digits (WRITING.md), grouped: 4125 → "4,130", 1.386 → "1.39". */
function threeSignificant(value: number): string {
  return formatGrouped(Number(value.toPrecision(3)));
}

/** Large dollar amounts: 7.45e11 → "7,450 亿美元", 1.5e12 → "1.5 万亿美元". */
export function formatUsdLarge(value: number): string {
  const sign = value < 0 ? '−' : '';
  const abs = Math.abs(value);
  if (abs >= 1e12) return `${sign}${threeSignificant(abs / 1e12)} 万亿美元`;
  if (abs >= 1e8) {
    const yi = Number((abs / 1e8).toPrecision(3));
    return `${sign}${formatGrouped(yi)} 亿美元`;
  }
  if (abs >= 1e4) return `${sign}${threeSignificant(abs / 1e4)} 万美元`;
  return `${sign}${formatGrouped(Math.round(abs))} 美元`;
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
