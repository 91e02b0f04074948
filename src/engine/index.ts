/**
 * The simulation engine's public API: every number a figure shows comes
 * from here. Pure TypeScript, no DOM; see README.md for units and what each
 * file models. Names are listed one by one (as d3-shape does) so internals,
 * such as the argument checks in validate.ts, stay internal.
 */

// Dates and quotes
export { addDays, addMonths, daysBetween, isMonthEnd, weekdaysBetween } from './dates';
export { formatQuote, parseQuote, QUOTE_MARKETS, type QuoteMarket } from './quote';

// Bond maths (DOMAIN §2)
export { accruedInterest, couponPeriod, couponsBetween, type Bond, type CouponPeriod } from './bond';
export { conversionFactor, CONTRACT_CODES, CONTRACTS, hedgeContracts, termToMaturity, type ContractCode, type ContractSpec } from './conversionFactor';
export {
  carry,
  fairFuturesPrice,
  grossBasis,
  impliedRepoRate,
  invoicePrice,
  netBasis,
  type BasisInput,
  type Carry,
  type CarryInput,
  type HoldingPeriod,
  type Invoice,
  type InvoiceInput,
} from './basis';
export { cheapestToDeliver, type BasketRow, type CheapestToDeliver, type DeliverableBond, type DeliveryMarket } from './cheapestToDeliver';

// Margin, positions, repo (DOMAIN §4(a), §4(b))
export {
  marginLeverage,
  MARGIN_POLICIES,
  openMarginAccount,
  settle,
  simulateMarginAccount,
  variationMargin,
  withdrawable,
  type MarginAccount,
  type MarginDay,
  type MarginPathInput,
  type MarginPolicy,
  type MarginSpec,
  type Settlement,
  type SettleOptions,
} from './margin';
export { volatilityMargins, type VolatilityMarginDay, type VolatilityMarginInput } from './volatilityMargin';
export {
  convergingFuturesPrices,
  openBasisPosition,
  simulateBasisPosition,
  sizeBasisPosition,
  type BasisBalanceSheet,
  type BasisPath,
  type BasisPathInput,
  type BasisPositionDay,
  type ConvergenceInput,
  type OpenBasisInput,
  type PerDate,
  type SizeForLeverageInput,
} from './basisPosition';
export {
  breakevenRepoRate,
  carryTradeProfit,
  financeAtRatePath,
  repoInterest,
  type CarryTradeInput,
  type CarryTradeProfit,
  type FinancingNight,
  type RatePathInput,
} from './repo';
export { repeatToyTrade, toyTrade, type RepeatTradeInput, type RepeatTradeResult, type ToyTradeInput, type ToyTradeResult } from './toyTrade';
export { spreadFromDemand, type DemandInput, type DemandStep } from './spreadFromDemand';
export { futuresPremiumPath, type PremiumInput, type PremiumRound } from './futuresPremium';

// Fire sales and the unwind cascade (DOMAIN §4(c), §5)
export { seededRandom, type Random } from './random';
export { generateFunds, type FundPopulationInput } from './generateFunds';
export {
  FUND_STATUS,
  runCascade,
  type CascadeDay,
  type CascadeFund,
  type CascadeInput,
  type CascadeResult,
  type CascadeRound,
  type CentralBank,
  type FundStatusCode,
} from './cascade';
export { fundsOnDay, type CascadeHistory, type FundTables } from './cascadeFunds';
export { fireSaleSpillover, type FireSaleInput, type FireSaleResult } from './fireSaleSpillover';
export { marginSpiral, type MarginSpiralInput, type MarginSpiralResult, type SpiralRound } from './marginSpiral';

// Named scenarios: one per example of the article, reused by chapters and tests
export * from './scenarios';
