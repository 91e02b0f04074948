/**
 * The simulation engine: every number a figure shows comes from here.
 * Pure TypeScript, no DOM; see README.md for units and what each file models.
 */
export * from './validate';
export * from './dates';
export * from './quote';
export * from './bond';
export * from './conversionFactor';
export * from './basis';
export * from './cheapestToDeliver';
export * from './margin';
export * from './volatilityMargin';
export * from './basisPosition';
export * from './toyTrade';
export * from './spreadFromDemand';
export * from './repo';
export * from './random';
export * from './cascade';
export * from './generateFunds';
export * from './fireSaleSpillover';
export * from './marginSpiral';
export * from './scenarios';
export * from './march2020';
export * from './futuresPremium';
export * from './scenarios-risk';
