/**
 * Words shared by the data figures: axis ticks and amounts. Amounts arrive in
 * billions of US dollars (the datasets' unit) and are shown in 亿美元 / 万亿美元;
 * rates arrive in percent.
 */
import { formatDate, formatNumber, formatUsdLarge } from './format';

/** $bn → exact 亿美元 (data read-outs and tables: 124.6 → "1,246 亿美元"). */
export const yiExact = (bn: number) => `${formatNumber(bn * 10, 0)} 亿美元`;
/** $bn → rounded for sentences (three significant digits): "约 1,250 亿美元". */
export const bnApprox = (bn: number) => `约 ${formatUsdLarge(bn * 1e9)}`;
export const pct = (v: number) => `${v.toFixed(2)}%`;

export const dataFigures = {
  tickYear: (y: number) => String(y),
  tickYearMonth: (y: number, m: number) => `${y}.${m}`,
  tickMonth: (m: number) => `${m} 月`,
  tickMonthDay: (m: number, d: number) => `${m}/${d}`,
  /** Axis ticks for amounts in $bn (0; 5,000 亿; 1 万亿; 1.5 万亿). */
  tickBn: (bn: number) => (bn === 0 ? '0' : bn >= 1000 ? `${formatNumber(bn / 1000, 2)} 万亿` : `${formatNumber(bn * 10, 0)} 亿`),
  tickPct: (v: number) => `${formatNumber(v, 2)}%`,
  date: (iso: string) => formatDate(iso),
  missing: '—',
  yiExact,
  bnApprox,
  pct,
};
