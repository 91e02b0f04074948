/**
 * Futures margin account (DOMAIN.md §4(a)): daily settlement at the
 * settlement price, margin calls that restore the balance to the *initial*
 * margin, and the owner's three answers to a call.
 *
 * Units: prices per 100 of face value; money in US dollars; margins in
 * dollars per contract; `contractFace` is the face value of one contract in
 * dollars (100,000 for TY, so one point of price = $1,000 per contract).
 */
import { finite, integer, oneOf, positive } from './validate';

/** What the owner does when a margin call arrives. */
export type MarginPolicy = 'top-up' | 'reduce' | 'close';
export const MARGIN_POLICIES: readonly MarginPolicy[] = ['top-up', 'reduce', 'close'];

export interface MarginSpec {
  /** Signed number of contracts: long > 0, short < 0. Must not be 0. */
  contracts: number;
  /** Price at which the position is opened, per 100 face. */
  openPrice: number;
  /** Initial margin, dollars per contract. */
  initialMargin: number;
  /** Maintenance margin, dollars per contract; not above the initial margin. */
  maintenanceMargin: number;
  /** Face value of one contract, dollars. */
  contractFace: number;
}

export interface MarginAccount {
  contracts: number;
  /** Cash in the account, dollars. */
  balance: number;
  initialMargin: number;
  maintenanceMargin: number;
  contractFace: number;
  /** The price the account was last settled at, per 100 face. */
  lastSettle: number;
}

/** One day's settlement and what the owner did about it. */
export interface Settlement {
  price: number;
  /** Variation margin credited (+) or debited (−) today, dollars. */
  variationMargin: number;
  /** Balance after variation margin, before any answer to a call, dollars. */
  balanceAfterVm: number;
  /** Maintenance level MM×|contracts| before the answer, dollars. */
  maintenanceLevel: number;
  /** Initial level IM×|contracts| before the answer, dollars. */
  initialLevel: number;
  /** Margin call, dollars (0 when none): what restores the initial margin. */
  call: number;
  /** What happened: no call, or the owner's answer to it. */
  action: 'none' | MarginPolicy;
  /** Cash the owner paid in today, dollars. */
  paidIn: number;
  /** Contracts closed today (a positive count). */
  contractsClosed: number;
  /** Cash above the initial margin after today's answer, dollars. */
  withdrawable: number;
  /** The account after today's settlement and answer. */
  account: MarginAccount;
}

function checkMargins(initialMargin: number, maintenanceMargin: number): void {
  positive('initialMargin', initialMargin);
  positive('maintenanceMargin', maintenanceMargin);
  if (maintenanceMargin > initialMargin) {
    throw new RangeError(
      `maintenanceMargin must be in (0, initialMargin = ${initialMargin}] (got ${maintenanceMargin})`,
    );
  }
}

/** Open an account funded with exactly the initial margin. */
export function openMarginAccount(spec: MarginSpec): MarginAccount {
  finite('contracts', spec.contracts);
  if (spec.contracts === 0) throw new RangeError('contracts must be non-zero (long > 0, short < 0) (got 0)');
  positive('openPrice', spec.openPrice);
  checkMargins(spec.initialMargin, spec.maintenanceMargin);
  positive('contractFace', spec.contractFace);
  return {
    contracts: spec.contracts,
    balance: spec.initialMargin * Math.abs(spec.contracts),
    initialMargin: spec.initialMargin,
    maintenanceMargin: spec.maintenanceMargin,
    contractFace: spec.contractFace,
    lastSettle: spec.openPrice,
  };
}

/**
 * Variation margin in dollars when the settlement price moves from `from`
 * to `to`: positive for a long when the price rises, negative for a short.
 */
export function variationMargin(contracts: number, from: number, to: number, contractFace: number): number {
  finite('contracts', contracts);
  positive('from', from);
  positive('to', to);
  positive('contractFace', contractFace);
  return contracts * (to - from) * (contractFace / 100);
}

/** Cash above the initial margin that the owner may take out, dollars. */
export function withdrawable(account: MarginAccount): number {
  return Math.max(0, account.balance - account.initialMargin * Math.abs(account.contracts));
}

export interface SettleOptions {
  /** The owner's answer to a call (default 'top-up'). */
  policy?: MarginPolicy;
  /** New margins from today on (a margin hike), dollars per contract. */
  initialMargin?: number;
  maintenanceMargin?: number;
}

/**
 * Settle one day at `price`: pay or receive variation margin; if the
 * balance is below maintenance, issue a call that restores the initial
 * margin and apply the owner's policy. Pure: returns a new account.
 */
export function settle(account: MarginAccount, price: number, options: SettleOptions = {}): Settlement {
  positive('price', price);
  const policy = oneOf('policy', options.policy ?? 'top-up', MARGIN_POLICIES);
  const initialMargin = options.initialMargin ?? account.initialMargin;
  const maintenanceMargin = options.maintenanceMargin ?? account.maintenanceMargin;
  checkMargins(initialMargin, maintenanceMargin);

  const size = Math.abs(account.contracts);
  const vm = size === 0 ? 0 : variationMargin(account.contracts, account.lastSettle, price, account.contractFace);
  const balanceAfterVm = account.balance + vm;
  const maintenanceLevel = maintenanceMargin * size;
  const initialLevel = initialMargin * size;
  let next: MarginAccount = { ...account, balance: balanceAfterVm, lastSettle: price, initialMargin, maintenanceMargin };

  // A balance that sits on the maintenance line up to float noise (109.2 − 110 ≠ −0.8 exactly) is not a call.
  const inCall = size > 0 && balanceAfterVm < maintenanceLevel - 1e-9 * Math.max(1, maintenanceLevel);
  const call = inCall ? initialLevel - balanceAfterVm : 0;
  let paidIn = 0;
  let contractsClosed = 0;

  if (inCall && policy === 'top-up') {
    paidIn = call;
    next = { ...next, balance: balanceAfterVm + call };
  } else if (inCall && policy === 'reduce') {
    // Keep the largest whole number of contracts the balance still carries at maintenance.
    const keep = Math.max(0, Math.floor(Math.max(0, balanceAfterVm) / maintenanceMargin + 1e-9));
    const kept = Math.min(size, keep);
    contractsClosed = size - kept;
    next = { ...next, contracts: Math.sign(account.contracts) * kept };
  } else if (inCall && policy === 'close') {
    contractsClosed = size;
    next = { ...next, contracts: 0 };
  }

  return {
    price,
    variationMargin: vm,
    balanceAfterVm,
    maintenanceLevel,
    initialLevel,
    call,
    action: inCall ? policy : 'none',
    paidIn,
    contractsClosed,
    withdrawable: withdrawable(next),
    account: next,
  };
}

/** One row of a simulated margin history. */
export interface MarginDay extends Settlement {
  day: number;
  /** Cash paid in since opening (not counting the initial margin), dollars. */
  cumulativePaidIn: number;
  /** Profit or loss since opening: balance + cash paid in − initial deposit, dollars. */
  pnl: number;
}

export interface MarginPathInput {
  spec: MarginSpec;
  /** Settlement prices for day 1, 2, …; day 0 is the opening price. */
  prices: readonly number[];
  policy?: MarginPolicy;
  /** Optional margin changes: from `day` on, these margins apply. */
  marginChanges?: readonly { day: number; initialMargin: number; maintenanceMargin: number }[];
}

/**
 * Run an account over a price path. Row 0 is the opening day (no
 * settlement yet); row k is the settlement at `prices[k − 1]`.
 */
export function simulateMarginAccount(input: MarginPathInput): MarginDay[] {
  const opened = openMarginAccount(input.spec);
  const deposit = opened.balance;
  const policy = oneOf('policy', input.policy ?? 'top-up', MARGIN_POLICIES);
  input.prices.forEach((p, i) => positive(`prices[${i}]`, p));
  for (const [i, change] of (input.marginChanges ?? []).entries()) {
    // A fractional day would never match a settlement day and be silently ignored.
    integer(`marginChanges[${i}].day`, change.day, 1, input.prices.length);
    checkMargins(change.initialMargin, change.maintenanceMargin);
  }

  const rows: MarginDay[] = [
    {
      day: 0,
      price: input.spec.openPrice,
      variationMargin: 0,
      balanceAfterVm: deposit,
      maintenanceLevel: opened.maintenanceMargin * Math.abs(opened.contracts),
      initialLevel: deposit,
      call: 0,
      action: 'none',
      paidIn: 0,
      contractsClosed: 0,
      withdrawable: 0,
      account: opened,
      cumulativePaidIn: 0,
      pnl: 0,
    },
  ];
  let account = opened;
  let cumulativePaidIn = 0;
  input.prices.forEach((price, i) => {
    const day = i + 1;
    const change = [...(input.marginChanges ?? [])].reverse().find((c) => c.day === day);
    const s = settle(account, price, { policy, ...(change ? { initialMargin: change.initialMargin, maintenanceMargin: change.maintenanceMargin } : {}) });
    account = s.account;
    cumulativePaidIn += s.paidIn;
    rows.push({ ...s, day, cumulativePaidIn, pnl: account.balance - cumulativePaidIn - deposit });
  });
  return rows;
}

/** Leverage of a futures position: notional value over the margin posted. */
export function marginLeverage(price: number, contractFace: number, initialMargin: number): number {
  positive('price', price);
  positive('contractFace', contractFace);
  positive('initialMargin', initialMargin);
  return (price / 100) * contractFace / initialMargin;
}

