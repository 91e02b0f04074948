/**
 * The article's worked examples as named scenarios, reused by the chapters'
 * figures and by the tests. Numbers only: the words live in the chapters.
 */
import type { MarginSpec } from './margin';

/**
 * 奶茶 futures (chapter 2): one contract on one cup priced 100 dollars, a
 * typical swing of ±10, initial margin 10 and maintenance margin 8 (the
 * 4,000/3,200 ratio of CME's FAQ example). `contractFace` 100 makes one
 * point of price worth one dollar. The reader is long and the price first
 * rises, then falls through the maintenance level on day 5.
 */
export const MILK_TEA = {
  spec: {
    contracts: 1,
    openPrice: 100,
    initialMargin: 10,
    maintenanceMargin: 8,
    contractFace: 100,
  } satisfies MarginSpec,
  /** Typical daily range around the opening price, points. */
  typicalSwing: 10,
  /** Settlement prices for days 1…6. */
  prices: [103, 105, 101, 98, 94, 96] as readonly number[],
  /** The day the margin call arrives on this path. */
  callDay: 5,
} as const;
