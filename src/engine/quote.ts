/**
 * Treasury price quotes in 32nds (DOMAIN §0). `A-BB` is A + BB/32; a
 * trailing `+` adds 1/64. A third digit means different things by market:
 * cash quotes count eighths of a 32nd, futures quotes show the truncated
 * decimal of the fraction (2 = .25, 5 = .5, 7 = .75 of a 32nd).
 */
import { oneOf } from './validate';

export type QuoteMarket = 'cash' | 'futures';
export const QUOTE_MARKETS: readonly QuoteMarket[] = ['cash', 'futures'];

/** Futures third digit → eighths of a 32nd (digit = first decimal of eighths/8). */
const FUTURES_DIGIT_TO_EIGHTHS: Readonly<Record<string, number>> = { 0: 0, 1: 1, 2: 2, 3: 3, 5: 4, 6: 5, 7: 6, 8: 7 };
const EIGHTHS_TO_FUTURES_DIGIT = ['0', '1', '2', '3', '5', '6', '7', '8'];

const QUOTE = /^(\d+)(?:-(\d{2})(\+|\d)?)?$/;
const DECIMAL = /^\d+(?:\.\d+)?$/;

/**
 * Parse a quote such as `97-18+` (cash) or `97-185` (futures) into a
 * decimal price per 100 face. Plain decimals (`100.01`) pass through.
 * @param quote the quote text
 * @param market 'cash' or 'futures': decides what a third digit means
 * @returns price per 100 of face value
 */
export function parseQuote(quote: string, market: QuoteMarket): number {
  oneOf('market', market, QUOTE_MARKETS);
  const text = typeof quote === 'string' ? quote.trim() : '';
  const allowed = market === 'cash' ? "'97-18', '97-18+' or '97-182' (third digit 0-7)" : "'97-18', '97-18+' or '97-185' (third digit 0,1,2,3,5,6,7,8)";
  if (DECIMAL.test(text) && !text.includes('-')) return Number(text);
  const m = QUOTE.exec(text);
  if (!m) throw new RangeError(`quote must look like ${allowed} (got ${String(quote)})`);
  const whole = Number(m[1]);
  if (m[2] === undefined) return whole;
  const ticks = Number(m[2]);
  if (ticks > 31) throw new RangeError(`quote 32nds must be in [0, 31] (got ${m[2]} in ${text})`);
  let eighths = 0;
  const extra = m[3];
  if (extra === '+') eighths = 4;
  else if (extra !== undefined) {
    if (market === 'cash') {
      eighths = Number(extra);
      if (eighths > 7) throw new RangeError(`quote third digit must be in [0, 7] for cash (got ${extra} in ${text})`);
    } else {
      const e = FUTURES_DIGIT_TO_EIGHTHS[extra];
      if (e === undefined) throw new RangeError(`quote third digit must be one of 0,1,2,3,5,6,7,8 for futures (got ${extra} in ${text})`);
      eighths = e;
    }
  }
  return whole + (ticks + eighths / 8) / 32;
}

/**
 * Format a price per 100 face as a 32nds quote, rounded to the nearest
 * eighth of a 32nd. Cash uses `+` for a half and eighths otherwise;
 * futures use the truncated-decimal digit.
 */
export function formatQuote(price: number, market: QuoteMarket): string {
  oneOf('market', market, QUOTE_MARKETS);
  if (!Number.isFinite(price) || price < 0) throw new RangeError(`price must be a finite number ≥ 0 (got ${price})`);
  const units = Math.round(price * 256);
  const whole = Math.floor(units / 256);
  const rest = units - whole * 256;
  const ticks = Math.floor(rest / 8);
  const eighths = rest - ticks * 8;
  const tt = String(ticks).padStart(2, '0');
  if (eighths === 0) return `${whole}-${tt}`;
  if (market === 'cash') return eighths === 4 ? `${whole}-${tt}+` : `${whole}-${tt}${eighths}`;
  return `${whole}-${tt}${EIGHTHS_TO_FUTURES_DIGIT[eighths]}`;
}
