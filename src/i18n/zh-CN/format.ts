/**
 * Number formatting for Chinese readers (display only: the engine keeps
 * plain dollars). Follows WRITING.md: 亿/万亿 with at most three
 * significant digits, half-width digits, no space before %.
 */

/**
 * Digits grouped as Intl.NumberFormat('en-US', { maximumFractionDigits, minimumFractionDigits: 0 })
 * prints them, without Intl: building the first Intl formatter loads ICU's data, 30–100 ms of
 * main-thread work in a fresh page that every figure paid at start. Like ICU, it rounds the
 * shortest decimal form of the number (String(x)), halves away from zero, so 1.005 → "1.01".
 * Non-finite and exponent-form values (≥ 1e21, < 1e-6) are rare: they go to Intl.
 */
export function groupDigits(value: number, maxFractionDigits = 2): string {
  const text = String(Math.abs(value));
  if (!Number.isFinite(value) || text.includes('e')) return intlFallback(maxFractionDigits).format(value);
  let [int, frac = ''] = text.split('.');
  if (frac.length > maxFractionDigits) {
    const roundUp = frac.charCodeAt(maxFractionDigits) >= 53; // next digit ≥ '5'
    frac = frac.slice(0, maxFractionDigits);
    if (roundUp) {
      const next = incrementDigits(int + frac);
      int = next.slice(0, next.length - frac.length);
      frac = next.slice(next.length - frac.length);
    }
  }
  frac = frac.replace(/0+$/, '');
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return `${sign}${int.replace(/\B(?=(\d{3})+$)/g, ',')}${frac ? `.${frac}` : ''}`;
}

/** "0999" → "1000", "99" → "100". */
function incrementDigits(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i -= 1;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return `${digits.slice(0, i)}${Number(digits[i]) + 1}${'0'.repeat(digits.length - i - 1)}`;
}

const fallbacks = new Map<number, Intl.NumberFormat>();
function intlFallback(digits: number): Intl.NumberFormat {
  let f = fallbacks.get(digits);
  if (!f) fallbacks.set(digits, (f = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 })));
  return f;
}

/** 1234.5 → "1,234.5" (at most two decimals). */
export function formatNumber(value: number, digits = 2): string {
  return groupDigits(value, digits);
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
  return `${sign}${groupDigits(Number(Math.abs(value).toFixed(digits)))} 美元`;
}

/** At most three significant digits (WRITING.md), grouped: 4125 → "4,130", 1.386 → "1.39". */
function threeSignificant(value: number): string {
  return groupDigits(Number(value.toPrecision(3)));
}

/** Large dollar amounts: 7.45e11 → "7,450 亿美元", 1.5e12 → "1.5 万亿美元". */
export function formatUsdLarge(value: number): string {
  const sign = value < 0 ? '−' : '';
  const abs = Math.abs(value);
  if (abs >= 1e12) return `${sign}${threeSignificant(abs / 1e12)} 万亿美元`;
  if (abs >= 1e8) {
    const yi = Number((abs / 1e8).toPrecision(3));
    return `${sign}${groupDigits(yi)} 亿美元`;
  }
  if (abs >= 1e4) return `${sign}${threeSignificant(abs / 1e4)} 万美元`;
  return `${sign}${groupDigits(Math.round(abs))} 美元`;
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
