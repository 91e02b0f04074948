/** The named scenarios, one per example of the article (奶茶, 100 / 100.01, 120/120, 119.99, March 2020 …). */
export { milkTeaAccount, MILK_TEA_ANSWERS, type MilkTeaAccount, type MilkTeaAnswer } from './milk-tea-account';
export { MILK_TEA, SOFR_SPIKE_2019, TOY_CONVERGE, TOY_FORCED_SALE, TOY_HAIRCUT, TOY_OPEN, TOY_REPETITIONS } from './toy';
export { FUTURES_PREMIUM } from './futures-premium';
export { TOY_FACE, TOY_INITIAL_MARGIN, toyBalanceSheet, toyThreeLegs, type ToySheet, type ToyThreeLegs } from './three-legs';
export {
  BASIS_RISK,
  reduceOnCall,
  REPO_CARRY,
  repoCarryAt,
  runBasisRisk,
  type BasisRiskDay,
  type BasisRiskInput,
  type BasisRiskPath,
  type ReduceAnswer,
  type RepoCarryModel,
  type RepoCarryPoint,
} from './risk';
export { answerMarginCall, MARGIN_CALL_ANSWERS, yieldChangesBp, type MarginCallAnswer, type MarginCallView } from './margin-call-answer';
export { MARCH_2020_DATES, MARCH_2020_FED_START, march2020Funds, march2020Scenario } from './march2020';
export { LEDGER, LEDGER_SCENARIOS, ledgerExit, toyLedger, type LedgerDay, type LedgerInput, type LedgerResult, type LedgerScenario } from './ledger';
export { SPREAD_CLOSING, spreadClosing, type SpreadClosingInput, type SpreadClosingResult } from './spread-closing';
export { POSITION_LAB, runPositionLab, type PositionLabDay, type PositionLabInput, type PositionLabResult } from './position-lab';
export { CASCADE_LIVE, cascadeDayTotals, cascadeLiveDays, cascadeLiveMarginRise, cascadeLiveScenario, type CascadeDayTotals, type CascadeLiveParams } from './cascade-live';
export { DELIVERY_2013, deliveryCalculator, type DeliveryCalc, type DeliveryCalcInput, type DeliveryRow } from './delivery-2013';
