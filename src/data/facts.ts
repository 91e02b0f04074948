// Dated facts the chapters cite (from shared/data/FACTS.md and DOMAIN.md §6).
// English identifiers and glosses only: the Chinese wording lives in MDX / UI strings,
// keyed by `statementKey`. Values are quoted as the source states them.
// `derived: true` marks numbers computed from the data files in this folder (label them
// as such in the text, e.g. "computed from CFTC data"); those carry `dataset`/`field` and are
// checked against the JSON by tests/unit/data/facts.test.ts.
import type { DatasetId } from './index.ts';

export type FactUnit =
  | 'percent'
  | 'bp'
  | 'usd_bn'
  | 'usd_bn_per_day'
  | 'contracts'
  | 'share_percent';

export interface Fact {
  /** Stable id, kebab-case. */
  id: string;
  /** Date the value refers to: "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when the source is no more precise. */
  date: string;
  /** End of the period, when the value refers to a span. */
  dateEnd?: string;
  value: number;
  unit: FactUnit;
  /** Key of the Chinese statement in the UI strings; English, dotted. */
  statementKey: string;
  /** One-line English gloss for maintainers (not shown to readers). */
  en: string;
  sourceTitle: string;
  publisher: string;
  url: string;
  /** True when computed from the shipped datasets rather than quoted from a publication. */
  derived?: boolean;
  /** For derived facts: dataset and field that reproduce the value on `date`. */
  dataset?: DatasetId;
  field?: string;
}

const FRED_SOFR = {
  sourceTitle: 'Secured Overnight Financing Rate (SOFR), FRED series SOFR',
  publisher: 'Federal Reserve Bank of New York',
  url: 'https://fred.stlouisfed.org/series/SOFR',
} as const;
const FRED_EFFR = {
  sourceTitle: 'Effective Federal Funds Rate (EFFR), FRED series EFFR',
  publisher: 'Federal Reserve Bank of New York',
  url: 'https://fred.stlouisfed.org/series/EFFR',
} as const;
const H15_DGS10 = {
  sourceTitle: 'Market Yield on U.S. Treasury Securities at 10-Year Constant Maturity (H.15), FRED series DGS10',
  publisher: 'Board of Governors of the Federal Reserve System',
  url: 'https://fred.stlouisfed.org/series/DGS10',
} as const;
const H15_DGS2 = {
  sourceTitle: 'Market Yield on U.S. Treasury Securities at 2-Year Constant Maturity (H.15), FRED series DGS2',
  publisher: 'Board of Governors of the Federal Reserve System',
  url: 'https://fred.stlouisfed.org/series/DGS2',
} as const;
const H41_TREAST = {
  sourceTitle: 'Assets: Securities Held Outright: U.S. Treasury Securities: Wednesday Level (H.4.1), FRED series TREAST',
  publisher: 'Board of Governors of the Federal Reserve System',
  url: 'https://fred.stlouisfed.org/series/TREAST',
} as const;
const CFTC_TFF = {
  sourceTitle: 'Commitments of Traders: Traders in Financial Futures, futures only',
  publisher: 'U.S. Commodity Futures Trading Commission',
  url: 'https://www.cftc.gov/MarketReports/CommitmentsofTraders/index.htm',
} as const;
const DRR_2019 = {
  sourceTitle: 'Wild week for repo rates',
  publisher: 'Derivatives & Repo Report',
  url: 'https://www.derivativesandreporeport.com/2019/09/wild-week-for-repo-rates/',
} as const;
const OFR_BRIEF_20_01 = {
  sourceTitle: 'Basis Trades and Treasury Market Illiquidity (OFR Brief 20-01), Barth & Kahn, 2020-07-16',
  publisher: 'Office of Financial Research',
  url: 'https://financialresearch.gov/briefs/2020/07/16/basis-trades-and-treasury-market-illiquidity/',
} as const;
const FEDS_2021 = {
  sourceTitle: "Sizing hedge funds' Treasury market activities and holdings (FEDS Notes), Banegas, Monin, Petrasek, 2021-10-06",
  publisher: 'Board of Governors of the Federal Reserve System',
  url: 'https://www.federalreserve.gov/econres/notes/feds-notes/sizing-hedge-funds-treasury-market-activities-and-holdings-20211006.html',
} as const;
const FEDS_2023_AUG = {
  sourceTitle:
    "Recent Developments in Hedge Funds' Treasury Futures and Repo Positions: is the Basis Trade 'Back'? (FEDS Notes), Barth, Kahn, Mann, 2023-08-30, Table 1",
  publisher: 'Board of Governors of the Federal Reserve System',
  url: 'https://federalreserve.gov/econres/notes/feds-notes/recent-developments-in-hedge-funds-treasury-futures-and-repo-positions-20230830.html',
} as const;
const FEDS_2023_SEP = {
  sourceTitle: 'Hedge Fund Treasury Exposures, Repo, and Margining (FEDS Notes), Banegas & Monin, 2023-09-08',
  publisher: 'Board of Governors of the Federal Reserve System',
  url: 'https://www.federalreserve.gov/econres/notes/feds-notes/hedge-fund-treasury-exposures-repo-and-margining-20230908.html',
} as const;
const FOMC_2020_03_15 = {
  sourceTitle: 'FOMC statement, 2020-03-15',
  publisher: 'Board of Governors of the Federal Reserve System',
  url: 'https://www.federalreserve.gov/newsevents/pressreleases/monetary20200315a.htm',
} as const;
const FOMC_OMO = {
  sourceTitle: 'Open Market Operations: policy rate changes (FOMC decisions 2019-07-31 to 2020-03-15)',
  publisher: 'Board of Governors of the Federal Reserve System',
  url: 'https://www.federalreserve.gov/monetarypolicy/openmarket.htm',
} as const;

export const FACTS: readonly Fact[] = [
  // --- September 2019 repo spike -------------------------------------------------------
  { id: 'sofr-2019-09-16', date: '2019-09-16', value: 2.43, unit: 'percent', statementKey: 'repo2019.sofrBefore', en: 'SOFR the day before the spike', ...FRED_SOFR },
  { id: 'sofr-2019-09-17', date: '2019-09-17', value: 5.25, unit: 'percent', statementKey: 'repo2019.sofrSpike', en: 'SOFR printed 5.25% on 17 Sept 2019', ...DRR_2019 },
  { id: 'sofr-p99-2019-09-17', date: '2019-09-17', value: 9.0, unit: 'percent', statementKey: 'repo2019.sofr99thPercentile', en: '99th-percentile SOFR trades at 9.00%', ...DRR_2019 },
  { id: 'effr-2019-09-17', date: '2019-09-17', value: 2.3, unit: 'percent', statementKey: 'repo2019.effrAboveRange', en: 'EFFR 2.30%, above the 2.00-2.25% target range', ...FRED_EFFR },
  { id: 'fomc-top-2019-09-17', date: '2019-09-17', value: 2.25, unit: 'percent', statementKey: 'repo2019.targetRangeTop', en: 'Top of the FOMC target range (2.00-2.25%) in force on 17 Sept 2019', ...FOMC_OMO },
  { id: 'nyfed-repo-op-2019-09-17', date: '2019-09-17', value: 75, unit: 'usd_bn', statementKey: 'repo2019.nyFedRepoOperation', en: 'NY Fed first repo operation since 2008, up to $75bn overnight', ...DRR_2019 },
  {
    id: 'gcf-2019-09-17', date: '2019-09-17', value: 6.007, unit: 'percent', statementKey: 'repo2019.gcfIndexHigh',
    en: 'DTCC GCF Treasury repo index 6.007% (2019 high); figure only, series not shipped',
    sourceTitle: 'DTCC GCF Repo Index', publisher: 'DTCC', url: 'https://www.dtcc.com/charts/dtcc-gcf-repo-index',
  },

  // --- March 2020 ------------------------------------------------------------------------
  { id: 'hf-exposure-long-2020-02', date: '2020-02', value: 1450, unit: 'usd_bn', statementKey: 'march2020.hfLongExposure', en: 'Large hedge funds Treasury exposure, long, $1.45tn', ...FEDS_2021 },
  { id: 'hf-exposure-short-2020-02', date: '2020-02', value: 940, unit: 'usd_bn', statementKey: 'march2020.hfShortExposure', en: 'Large hedge funds Treasury exposure, short, $0.94tn', ...FEDS_2021 },
  { id: 'hf-long-treasury-share-2020-02', date: '2020-02', value: 75, unit: 'share_percent', statementKey: 'march2020.hfLongCashShare', en: 'Treasury securities were about three quarters of large hedge funds\' long exposure; futures were most of the short side', ...FEDS_2021 },
  { id: 'hf-gross-fall-2020-03', date: '2020-03', value: 426, unit: 'usd_bn', statementKey: 'march2020.hfGrossExposureFall', en: 'Gross Treasury exposures fell by $426bn in March 2020', ...FEDS_2021 },
  { id: 'hf-net-sales-2020-03', date: '2020-03', value: 173, unit: 'usd_bn', statementKey: 'march2020.hfNetSales', en: 'Hedge funds sold $173bn of Treasuries net of valuation changes', ...FEDS_2021 },
  { id: 'hf-short-cut-2020-03', date: '2020-03', value: 232, unit: 'usd_bn', statementKey: 'march2020.hfShortDerivativesCut', en: 'Hedge funds cut short derivative positions by $232bn', ...FEDS_2021 },
  {
    id: 'jpm-basis-estimate-2020-03-19', date: '2020-03-19', value: 650, unit: 'usd_bn', statementKey: 'march2020.basisTradeEstimate',
    en: "Leveraged funds' basis exposure 'could be as much as $650bn' (J.P. Morgan strategists)",
    sourceTitle: 'Before Fed acted, leverage burned hedge funds in Treasury trade (Bloomberg, summarised by Finadium)', publisher: 'Bloomberg / Finadium',
    url: 'https://finadium.com/bloomberg-before-fed-acted-leverage-burned-hedge-funds-in-treasury-trade',
  },
  { id: 'lev-short-ofr-2020-02-18', date: '2020-02-18', value: 774, unit: 'usd_bn', statementKey: 'march2020.levShortMidFeb', en: 'Leveraged-fund short Treasury futures, all contracts, about $774bn', ...OFR_BRIEF_20_01 },
  { id: 'lev-short-ofr-2020-03-17', date: '2020-03-17', value: 684, unit: 'usd_bn', statementKey: 'march2020.levShortMar17', en: 'Leveraged-fund short Treasury futures, all contracts, about $684bn', ...OFR_BRIEF_20_01 },
  { id: 'lev-short-ofr-2020-04-28', date: '2020-04-28', value: 554, unit: 'usd_bn', statementKey: 'march2020.levShortApr28', en: 'Leveraged-fund shorts about $554bn, almost 30% below mid-February', ...OFR_BRIEF_20_01 },
  { id: 'cme-note-margin-rise-2020-03', date: '2020-02-28', dateEnd: '2020-03-16', value: 30, unit: 'share_percent', statementKey: 'march2020.noteMarginRise', en: 'CME margins on Treasury note futures up more than 30%', ...OFR_BRIEF_20_01 },
  { id: 'foreign-sales-2020-03', date: '2020-03', value: 257, unit: 'usd_bn', statementKey: 'march2020.foreignNetSales', en: 'Foreign net sales of Treasuries in March 2020 (TIC)', ...OFR_BRIEF_20_01 },
  { id: 'foreign-official-sales-2020-03', date: '2020-03', value: 147, unit: 'usd_bn', statementKey: 'march2020.foreignOfficialNetSales', en: 'of which foreign official', ...OFR_BRIEF_20_01 },
  { id: 'fomc-cut-2020-03-03', date: '2020-03-03', value: 50, unit: 'bp', statementKey: 'march2020.emergencyCut', en: 'Unscheduled 50bp cut to 1.00-1.25%', ...FOMC_OMO },
  {
    id: 'ust10y-below-1pct-2020-03-03', date: '2020-03-03', value: 0.92, unit: 'percent', statementKey: 'march2020.tenYearBelowOne',
    en: '10-year yield below 1% for the first time (intraday low 0.92%)',
    sourceTitle: 'The 10-year Treasury yield fell below 1% for the first time ever', publisher: 'Nasdaq',
    url: 'https://www.nasdaq.com/articles/the-10-year-treasury-yield-fell-below-1-for-the-first-time-ever-2020-03-03',
  },
  { id: 'dgs10-2020-03-09', date: '2020-03-09', value: 0.54, unit: 'percent', statementKey: 'march2020.tenYearLowClose', en: '10-year CMT close 0.54% (record low at the time)', ...H15_DGS10 },
  {
    id: 'ust10y-intraday-low-2020-03-09', date: '2020-03-09', value: 0.318, unit: 'percent', statementKey: 'march2020.tenYearIntradayLow',
    en: '10-year intraday all-time low 0.318%',
    sourceTitle: '10-year Treasury yield plunges', publisher: 'CNBC', url: 'https://www.cnbc.com/2020/03/09/10-year-treasury-yield-plunges.html',
  },
  { id: 'dgs2-2020-03-09', date: '2020-03-09', value: 0.38, unit: 'percent', statementKey: 'march2020.twoYearClose', en: '2-year CMT close', ...H15_DGS2 },
  { id: 'dgs10-2020-03-18', date: '2020-03-18', value: 1.18, unit: 'percent', statementKey: 'march2020.tenYearSnapback', en: '10-year CMT close 1.18% after the snapback from 0.54%', ...H15_DGS10 },
  { id: 'nyfed-purchase-2020-03-13', date: '2020-03-13', value: 37, unit: 'usd_bn', statementKey: 'march2020.firstPurchases', en: 'NY Fed bought $37bn of Treasuries on Friday 13 March',
    sourceTitle: 'NY Fed to accelerate bond purchases to keep Treasury market flowing', publisher: 'The Hill',
    url: 'https://digital-stage.thehill.com/policy/finance/487427-ny-fed-to-accelerate-bond-purchases-to-keep-treasury-market-flowing' },
  { id: 'fomc-zero-2020-03-15', date: '2020-03-15', value: 0.25, unit: 'percent', statementKey: 'march2020.zeroLowerBound', en: 'FOMC cuts to 0-0.25% (top of range 0.25%)', ...FOMC_2020_03_15 },
  { id: 'fomc-ust-purchases-2020-03-15', date: '2020-03-15', value: 500, unit: 'usd_bn', statementKey: 'march2020.purchasePledgeTreasuries', en: 'At least $500bn of Treasury purchases', ...FOMC_2020_03_15 },
  { id: 'fomc-mbs-purchases-2020-03-15', date: '2020-03-15', value: 200, unit: 'usd_bn', statementKey: 'march2020.purchasePledgeMbs', en: 'At least $200bn of agency MBS purchases', ...FOMC_2020_03_15 },
  { id: 'effr-2020-03-16', date: '2020-03-16', value: 0.25, unit: 'percent', statementKey: 'march2020.effrAtTop', en: 'EFFR 0.25%, at the top of the new range', ...FRED_EFFR },
  {
    id: 'gcf-2020-03-16', date: '2020-03-16', value: 0.859, unit: 'percent', statementKey: 'march2020.gcfAboveRange',
    en: 'DTCC GCF Treasury repo index 0.859%, above the 0-0.25% range; figure only, series not shipped',
    sourceTitle: 'DTCC GCF Repo Index', publisher: 'DTCC', url: 'https://www.dtcc.com/charts/dtcc-gcf-repo-index',
  },
  { id: 'sofr-2020-03-17', date: '2020-03-17', value: 0.54, unit: 'percent', statementKey: 'march2020.sofrAboveRange', en: 'SOFR 0.54%, above the 0-0.25% range', ...FRED_SOFR },
  {
    id: 'fed-purchase-peak-2020-03-19', date: '2020-03-19', dateEnd: '2020-04-01', value: 75, unit: 'usd_bn_per_day', statementKey: 'march2020.purchasePeakPace',
    en: 'Treasury purchases peaked at $75bn per day',
    sourceTitle: 'Fed eases up on Treasury purchases under QE', publisher: 'Seeking Alpha', url: 'https://seekingalpha.com/news/3561794-fed-eases-up-on-treasury-purchases-under-qe',
  },
  {
    id: 'fomc-unlimited-2020-03-23', date: '2020-03-23', value: 75, unit: 'usd_bn_per_day', statementKey: 'march2020.amountsNeeded',
    en: "FOMC: purchases 'in the amounts needed'; NY Fed planned about $75bn of Treasuries each business day that week",
    sourceTitle: 'Federal Reserve to lend up to $300B to businesses, cities (AP)', publisher: 'WHYY / Associated Press', url: 'https://whyy.org/articles/federal-reserve-to-lend-up-to-300b-to-businesses-cities/',
  },

  // --- Derived from the shipped datasets --------------------------------------------------
  { id: 'treast-2020-03-11', date: '2020-03-11', value: 2523.0, unit: 'usd_bn', statementKey: 'march2020.fedHoldingsBefore', en: 'Fed Treasury holdings (Wednesday level)', ...H41_TREAST, derived: true, dataset: 'fed-holdings', field: 'treastBn' },
  { id: 'treast-2020-04-29', date: '2020-04-29', value: 3971.4, unit: 'usd_bn', statementKey: 'march2020.fedHoldingsAfter', en: 'Fed Treasury holdings (Wednesday level), +$1,448bn in seven weeks', ...H41_TREAST, derived: true, dataset: 'fed-holdings', field: 'treastBn' },
  { id: 'tff10y-lev-short-2020-03-03', date: '2020-03-03', value: 1245886, unit: 'contracts', statementKey: 'march2020.tenYearLevShortPeak', en: '10-year note futures, leveraged funds short (2020 high)', ...CFTC_TFF, derived: true, dataset: 'positions-10y', field: 'levShort' },
  { id: 'tff10y-lev-short-2020-04-28', date: '2020-04-28', value: 956439, unit: 'contracts', statementKey: 'march2020.tenYearLevShortAfter', en: '10-year note futures, leveraged funds short', ...CFTC_TFF, derived: true, dataset: 'positions-10y', field: 'levShort' },
  { id: 'tff10y-lev-short-2025-11-25', date: '2025-11-25', value: 3033973, unit: 'contracts', statementKey: 'today.tenYearLevShortHigh', en: '10-year note futures, leveraged funds short, series high', ...CFTC_TFF, derived: true, dataset: 'positions-10y', field: 'levShort' },
  { id: 'tff-all-lev-short-2019-07-30', date: '2019-07-30', value: 839.4, unit: 'usd_bn', statementKey: 'buildup.levShortAll2019High', en: 'Six Treasury futures, leveraged funds short, face value', ...CFTC_TFF, derived: true, dataset: 'positions-all', field: 'levShortBn' },
  { id: 'tff-all-lev-short-2020-03-03', date: '2020-03-03', value: 748.9, unit: 'usd_bn', statementKey: 'march2020.levShortAllBefore', en: 'Six Treasury futures, leveraged funds short, face value', ...CFTC_TFF, derived: true, dataset: 'positions-all', field: 'levShortBn' },
  { id: 'tff-all-lev-short-2020-04-28', date: '2020-04-28', value: 554.3, unit: 'usd_bn', statementKey: 'march2020.levShortAllAfter', en: 'Six Treasury futures, leveraged funds short, face value', ...CFTC_TFF, derived: true, dataset: 'positions-all', field: 'levShortBn' },
  { id: 'tff-all-lev-short-2025-04-29', date: '2025-04-29', value: 1251.6, unit: 'usd_bn', statementKey: 'today.levShortAll2025', en: 'Six Treasury futures, leveraged funds short, face value', ...CFTC_TFF, derived: true, dataset: 'positions-all', field: 'levShortBn' },
  { id: 'tff-all-lev-short-2026-01-06', date: '2026-01-06', value: 1391.2, unit: 'usd_bn', statementKey: 'today.levShortAllHigh', en: 'Six Treasury futures, leveraged funds short, face value: highest week in the file', ...CFTC_TFF, derived: true, dataset: 'positions-all', field: 'levShortBn' },
  { id: 'tff10y-lev-short-bn-2020-02-18', date: '2020-02-18', value: 120.5, unit: 'usd_bn', statementKey: 'march2020.tenYearLevShortMidFeb', en: '10-year note futures, leveraged funds short, face value', ...CFTC_TFF, derived: true, dataset: 'positions-10y', field: 'levShortBn' },
  { id: 'tff10y-lev-short-bn-2020-03-03', date: '2020-03-03', value: 124.6, unit: 'usd_bn', statementKey: 'march2020.tenYearLevShortPeakFace', en: '10-year note futures, leveraged funds short, face value (2020 high)', ...CFTC_TFF, derived: true, dataset: 'positions-10y', field: 'levShortBn' },
  { id: 'tff10y-lev-short-bn-2020-04-28', date: '2020-04-28', value: 95.6, unit: 'usd_bn', statementKey: 'march2020.tenYearLevShortAfterFace', en: '10-year note futures, leveraged funds short, face value', ...CFTC_TFF, derived: true, dataset: 'positions-10y', field: 'levShortBn' },
  { id: 'tff10y-am-long-bn-2020-02-18', date: '2020-02-18', value: 176.7, unit: 'usd_bn', statementKey: 'march2020.tenYearAmLongMidFeb', en: '10-year note futures, asset managers long, face value', ...CFTC_TFF, derived: true, dataset: 'positions-10y', field: 'amLongBn' },
  { id: 'tff10y-am-long-bn-2020-03-03', date: '2020-03-03', value: 159.5, unit: 'usd_bn', statementKey: 'march2020.tenYearAmLongMar3', en: '10-year note futures, asset managers long, face value (already falling while leveraged shorts peaked)', ...CFTC_TFF, derived: true, dataset: 'positions-10y', field: 'amLongBn' },
  { id: 'tff10y-am-long-bn-2020-04-28', date: '2020-04-28', value: 135.8, unit: 'usd_bn', statementKey: 'march2020.tenYearAmLongAfter', en: '10-year note futures, asset managers long, face value', ...CFTC_TFF, derived: true, dataset: 'positions-10y', field: 'amLongBn' },

  // --- 2019-2025 context -------------------------------------------------------------------
  { id: 'feds-lev-short-total-2019-01-31', date: '2019-01-31', value: 745.52, unit: 'usd_bn', statementKey: 'buildup.levShortFeds2019', en: 'Levered-fund Treasury futures shorts, all tenors, contract notional', ...FEDS_2023_AUG },
  { id: 'feds-lev-short-2510-2019-01-31', date: '2019-01-31', value: 631.17, unit: 'usd_bn', statementKey: 'buildup.levShort2510Feds2019', en: 'Levered-fund shorts in 2-, 5- and 10-year futures', ...FEDS_2023_AUG },
  { id: 'feds-lev-short-2510-2022-10-04', date: '2022-10-04', value: 304.03, unit: 'usd_bn', statementKey: 'today.levShort2510Feds2022', en: 'Levered-fund shorts in 2-, 5- and 10-year futures', ...FEDS_2023_AUG },
  { id: 'feds-lev-short-2510-2023-05-09', date: '2023-05-09', value: 714.92, unit: 'usd_bn', statementKey: 'today.levShort2510Feds2023', en: 'Levered-fund shorts in 2-, 5- and 10-year futures', ...FEDS_2023_AUG },
  { id: 'feds-lev-short-2510-rise-2022-2023', date: '2022-10-04', dateEnd: '2023-05-09', value: 411, unit: 'usd_bn', statementKey: 'today.levShort2510Rise', en: 'Rise of levered-fund shorts in 2-, 5- and 10-year futures, Oct 2022 to May 2023', ...FEDS_2023_AUG },
  { id: 'feds-sponsored-repo-2022-10-04', date: '2022-10-04', value: 113.59, unit: 'usd_bn', statementKey: 'today.sponsoredRepo2022', en: 'Hedge-fund sponsored repo borrowing', ...FEDS_2023_AUG },
  { id: 'feds-sponsored-repo-rise-2022-2023', date: '2022-10-04', dateEnd: '2023-05-09', value: 120, unit: 'usd_bn', statementKey: 'today.sponsoredRepoRise', en: "Rise of hedge-fund sponsored repo borrowing over the same period ('higher than at its previous peak in 2019', per the note's text)", ...FEDS_2023_AUG },
  { id: 'feds-lev-short-total-2022-10-04', date: '2022-10-04', value: 433.77, unit: 'usd_bn', statementKey: 'today.levShortFeds2022', en: 'Levered-fund Treasury futures shorts, all tenors', ...FEDS_2023_AUG },
  { id: 'feds-lev-short-total-2023-05-09', date: '2023-05-09', value: 860.26, unit: 'usd_bn', statementKey: 'today.levShortFeds2023', en: 'Levered-fund Treasury futures shorts, all tenors', ...FEDS_2023_AUG },
  { id: 'feds-sponsored-repo-2019-01-31', date: '2019-01-31', value: 234.85, unit: 'usd_bn', statementKey: 'buildup.sponsoredRepo2019', en: 'Hedge-fund sponsored repo borrowing', ...FEDS_2023_AUG },
  { id: 'feds-sponsored-repo-2023-05-09', date: '2023-05-09', value: 233.23, unit: 'usd_bn', statementKey: 'today.sponsoredRepo2023', en: 'Hedge-fund sponsored repo borrowing', ...FEDS_2023_AUG },
  { id: 'hf-repo-2022-12', date: '2022-12', value: 553, unit: 'usd_bn', statementKey: 'today.hfRepoBorrowing', en: 'Hedge-fund repo borrowing collateralised by Treasuries', ...FEDS_2023_SEP },
  { id: 'hf-capital-2022-12', date: '2022-12', value: 9.9, unit: 'usd_bn', statementKey: 'today.hfCapitalBehindRepo', en: 'Hedge-fund capital supporting that repo', ...FEDS_2023_SEP },
  { id: 'hf-zero-haircut-2022-12', date: '2022-12', value: 74, unit: 'share_percent', statementKey: 'today.zeroHaircutShare', en: 'Share of hedge-fund repo borrowing at zero or negative haircut', ...FEDS_2023_SEP },
  {
    id: 'bis-net-short-2023', date: '2023-09', value: 600, unit: 'usd_bn', statementKey: 'today.bisNetShort2023',
    en: 'Leveraged funds net short US Treasury futures about $600bn, over 40% in 2-year contracts',
    sourceTitle: 'Margin leverage and vulnerabilities in US Treasury futures (BIS Quarterly Review box), 2023-09-18', publisher: 'Bank for International Settlements',
    url: 'https://bis.org/publ/qtrpdf/r_qt2309w.htm',
  },
  {
    id: 'lev-short-end-2023', date: '2023-12', value: 1000, unit: 'usd_bn', statementKey: 'today.levShortEnd2023',
    en: "Leveraged funds' short Treasury futures about $1 trillion at end-2023",
    sourceTitle: 'Quantifying Treasury Cash-Futures Basis Trades (FEDS Notes), Glicoes, Iorio, Monin, Petrasek, 2024-03-08', publisher: 'Board of Governors of the Federal Reserve System',
    url: 'https://www.federalreserve.gov/econres/notes/feds-notes/quantifying-treasury-cash-futures-basis-trades-20240308.html',
  },
  {
    id: 'basis-trade-2025-09', date: '2025-09', value: 830, unit: 'usd_bn', statementKey: 'today.basisTradeSize2025',
    en: 'Cash-futures basis trade about $830bn, about double its early-2020 peak',
    sourceTitle: "Decomposing Hedge Funds' U.S. Treasury Exposures (FEDS Notes), Monin, 2026-06-22", publisher: 'Board of Governors of the Federal Reserve System (link: third-party copy of the release, pubt.io)',
    url: 'https://www.pubt.io/view/C6C19C38CD76924953386E6DE61CEAC283D84F93',
  },

  // --- Chapter 6 (March 2020: the three phenomena) ------------------------------------------
  { id: 'cme-bond-margin-rise-2020-03', date: '2020-02-28', dateEnd: '2020-03-16', value: 100, unit: 'share_percent', statementKey: 'march2020.bondMarginRise', en: 'CME margins on Treasury bond futures more than doubled (a rise of more than 100%)', ...OFR_BRIEF_20_01 },
  { id: 'dgs10-2020-02-20', date: '2020-02-20', value: 1.52, unit: 'percent', statementKey: 'march2020.tenYearBeforeFall', en: '10-year CMT close before the fall to the 9 March low', ...H15_DGS10, derived: true, dataset: 'yields-2020', field: 'dgs10' },
  // --- Chapter 8: the unwind and the Fed ---------------------------------------------------
  { id: 'dgs10-2020-02-28', date: '2020-02-28', value: 1.13, unit: 'percent', statementKey: 'march2020.tenYearEndFeb', en: '10-year CMT close on the last day of February 2020, before the fall to 0.54% on 9 March (the cascade figure\'s default shock)', ...H15_DGS10, derived: true, dataset: 'yields-2020', field: 'dgs10' },
  { id: 'nyfed-repo-offer-2020-03-13', date: '2020-03-13', value: 1000, unit: 'usd_bn', statementKey: 'march2020.repoOffered', en: 'NY Fed offered $1 trillion in repo on Friday 13 March (after $500bn on 12 March)',
    sourceTitle: 'NY Fed to accelerate bond purchases to keep Treasury market flowing', publisher: 'The Hill',
    url: 'https://digital-stage.thehill.com/policy/finance/487427-ny-fed-to-accelerate-bond-purchases-to-keep-treasury-market-flowing' },
];

/** Fact by id; throws a RangeError for an unknown id (a typo in a chapter should fail the build). */
export function fact(id: string): Fact {
  const f = FACTS.find((x) => x.id === id);
  if (!f) throw new RangeError(`fact: unknown id "${id}"`);
  return f;
}
