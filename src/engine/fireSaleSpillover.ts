/**
 * Greenwood–Landier–Thesmar (2015) fire-sale spillovers, first round
 * (DOMAIN §5.1). N institutions × K assets; institutions sell to restore
 * their debt/equity after a return shock, their sales move prices
 * linearly, and everyone holding the same assets loses again.
 *
 * Units: holdings, equity, sales and losses in dollars; shocks and price
 * impacts as returns (decimals); `impact` in return per dollar of net sales.
 */
import { finite, nonEmpty, nonNegative, positive } from './validate';

export interface FireSaleInput {
  /** holdings[n][k]: dollars of asset k held by institution n. */
  holdings: readonly (readonly number[])[];
  /** Equity of each institution, dollars (0 < e ≤ its total assets). */
  equity: readonly number[];
  /** Price impact per asset, return per dollar of net sales (GLT: 1e-13). */
  impact: readonly number[];
  /** Return shock per asset, decimal (−0.01 = a 1% fall). */
  shock: readonly number[];
  /** Dollars of each asset the central bank buys, netted against sales. */
  centralBankPurchases?: readonly number[];
  /** Cap on debt/equity used for the sales (GLT use 30; default: no cap). */
  maxLeverage?: number;
  /**
   * An institution whose direct loss reaches its equity sells everything left (GLT's rule).
   * Default false: that rule makes the outputs non-linear in the shock.
   */
  sellAllWhenInsolvent?: boolean;
}

export interface FireSaleResult {
  /** Total assets per institution, dollars. */
  assets: number[];
  /** Debt/equity per institution (after the optional cap). */
  leverage: number[];
  /** Portfolio return from the shock, per institution. */
  directReturn: number[];
  /** Dollars lost to the shock (positive = loss). */
  directLoss: number[];
  /** Dollars each institution sells to restore its leverage (positive = sale; negative = purchase after a gain). */
  sales: number[];
  /** Net sales per asset after central-bank purchases, dollars. */
  netSales: number[];
  /** Price change per asset caused by the sales, return. */
  priceImpact: number[];
  /** Second-round dollar loss per institution from the price impact (positive = loss). */
  spilloverLoss: number[];
  /** Total spillover loss over total equity. */
  aggregateVulnerability: number;
  /** Share of system equity lost because of institution n's own sales (before central-bank purchases). */
  systemicness: number[];
  /** Spillover loss of n over its own equity. */
  indirectVulnerability: number[];
  /** Spillover loss avoided thanks to the central bank, over total equity. */
  centralBankRelief: number;
}

/** GLT first round of deleveraging and spillover. */
export function fireSaleSpillover(input: FireSaleInput): FireSaleResult {
  const X = nonEmpty('holdings', input.holdings);
  const nInst = X.length;
  const K = nonEmpty('shock', input.shock).length;
  if (!Array.isArray(input.impact) || input.impact.length !== K) throw new RangeError(`impact must have ${K} entries (one per asset)`);
  if (!Array.isArray(input.equity) || input.equity.length !== nInst) throw new RangeError(`equity must have ${nInst} entries (one per institution)`);
  const cb = input.centralBankPurchases ?? new Array<number>(K).fill(0);
  if (!Array.isArray(cb) || cb.length !== K) throw new RangeError(`centralBankPurchases must have ${K} entries (one per asset)`);
  input.shock.forEach((v, k) => finite(`shock[${k}]`, v));
  input.impact.forEach((v, k) => nonNegative(`impact[${k}]`, v));
  cb.forEach((v, k) => nonNegative(`centralBankPurchases[${k}]`, v));
  const maxLeverage = input.maxLeverage === undefined ? Infinity : nonNegative('maxLeverage', input.maxLeverage);
  const sellAll = input.sellAllWhenInsolvent ?? false;

  const assets: number[] = [];
  const leverage: number[] = [];
  const directReturn: number[] = [];
  const directLoss: number[] = [];
  const sales: number[] = [];
  X.forEach((row, n) => {
    if (!Array.isArray(row) || row.length !== K) throw new RangeError(`holdings[${n}] must have ${K} entries (one per asset)`);
    let a = 0;
    let ret = 0;
    row.forEach((x, k) => {
      nonNegative(`holdings[${n}][${k}]`, x);
      a += x;
      ret += x * input.shock[k];
    });
    if (!(a > 0)) throw new RangeError(`holdings[${n}] must sum to > 0 (got ${a})`);
    const e = positive(`equity[${n}]`, input.equity[n]);
    if (e > a) throw new RangeError(`equity[${n}] must be in (0, ${a}] (its total assets) (got ${e})`);
    const b = Math.min((a - e) / e, maxLeverage);
    const r = ret / a;
    assets.push(a);
    leverage.push(b);
    directReturn.push(r);
    directLoss.push(-a * r);
    // GLT: φ = b·a·r (negative = sale); we report sales as positive dollars sold.
    sales.push(sellAll && -a * r >= e ? a * (1 + r) : -b * a * r);
  });

  // Sales are pro rata to current weights: asset k receives m_nk × sales_n.
  const grossSales = new Array<number>(K).fill(0);
  X.forEach((row, n) => row.forEach((x, k) => (grossSales[k] += (x / assets[n]) * sales[n])));
  const netSales = grossSales.map((s, k) => s - cb[k]);
  const priceImpact = netSales.map((s, k) => -input.impact[k] * s);
  const spilloverLoss = X.map((row) => row.reduce((acc, x, k) => acc - x * priceImpact[k], 0));
  const totalEquity = input.equity.reduce((a, b) => a + b, 0);
  // 1'·A·M: the system's dollar holdings of each asset.
  const systemHoldings = new Array<number>(K).fill(0);
  X.forEach((row) => row.forEach((x, k) => (systemHoldings[k] += x)));
  const systemicness = X.map((row, n) => {
    let s = 0;
    row.forEach((x, k) => (s += systemHoldings[k] * input.impact[k] * (x / assets[n]) * sales[n]));
    return s / totalEquity;
  });
  let relief = 0;
  for (let k = 0; k < K; k++) relief += systemHoldings[k] * input.impact[k] * cb[k];
  const totalSpill = spilloverLoss.reduce((a, b) => a + b, 0);
  return {
    assets,
    leverage,
    directReturn,
    directLoss,
    sales,
    netSales,
    priceImpact,
    spilloverLoss,
    aggregateVulnerability: totalSpill / totalEquity,
    systemicness,
    indirectVulnerability: spilloverLoss.map((l, n) => l / input.equity[n]),
    centralBankRelief: relief / totalEquity,
  };
}
