/** Text of the basis-flows figure (chapter 3, the 100 / 100.01 toy trade). */
import { formatNumber } from './format';

/** "2%", "0.5%": a haircut as a short percentage. */
const bfPercent = (rate: number) => `${Number((rate * 100).toFixed(2))}%`;
/** A leverage multiple; anything above 100 reads as "超过 100 倍". */
const bfTimes = (lev: number) =>
  lev > 100 ? '超过 100 倍' : Math.abs(lev - Math.round(lev)) < 0.005 ? `${Math.round(lev)} 倍` : `约 ${formatNumber(lev, 1)} 倍`;

export const basisFlows = {
  title: '基差交易的三条腿：现金和债券在对冲基金与三个对手之间怎么流动，基金自己要出多少钱',
  fund: '对冲基金',
  exchange: '期货交易所',
  exchangeSub: '（清算所）',
  cashMarket: '现货市场',
  cashMarketSub: '（交易商）',
  repoLender: '回购出借方',
  repoLenderSub: '（如货币基金）',
  ownFunds: '自有资金',
  money: (v: number) => formatNumber(v),
  percent: bfPercent,
  times: bfTimes,
  sellFutures: (price: number) => `卖出期货 @${formatNumber(price)}`,
  postMargin: (im: number) => `交初始保证金 ${formatNumber(im)}`,
  payCash: (v: number) => `付现金 ${formatNumber(v)}`,
  payCashNet: (v: number, loan: number) => `付 ${formatNumber(v)}（${formatNumber(loan)} 是借的）`,
  getBond: (face: number) => `收到债券（面值 ${formatNumber(face)}）`,
  giveCollateral: '交出债券作抵押',
  borrowCash: (loan: number) => `借入现金 ${formatNumber(loan)}`,
  noteFutures: (im: number) => `期货只是约定：今天只押 ${formatNumber(im)} 保证金`,
  noteNoRepo: (equity: number) => `不借钱的话，基金要自掏 ${formatNumber(equity)}`,
  noteRepo: (repurchase: number, rate: number) => `明天还 ${formatNumber(repurchase, 5)} 取回债券 · 年利率 ${bfPercent(rate)}`,
  noteCost: (equity: number, night: number) => `占用本金 ${formatNumber(equity)}，成本是每晚利息 ${formatNumber(night, 5)}`,
  sheetTitle: '对冲基金的资产负债表（美元，同一比例）',
  assetsBond: (v: number) => `资产：债券 ${formatNumber(v)}`,
  assetsOnly: (v: number) => `资产：保证金存款 ${formatNumber(v)}`,
  marginAsset: (m: number) => `保证金 ${formatNumber(m)}`,
  liabilityLoan: (loan: number) => `负债：回购借款 ${formatNumber(loan)}`,
  equityAll: (equity: number, bondEquity: number, margin: number, hasBond: boolean) =>
    hasBond ? `全是自有资金 ${formatNumber(equity)}（买债 ${formatNumber(bondEquity)} + 保证金 ${formatNumber(margin)}）` : `全是自有资金 ${formatNumber(equity)}`,
  equityParts: (equity: number, haircut: number, margin: number) =>
    `自有资金 ${formatNumber(equity)}（扣减 ${formatNumber(haircut)} + 保证金 ${formatNumber(margin)}）`,
  leverageTotal: (assets: number, equity: number, lev: number) =>
    `杠杆：资产 ${formatNumber(assets)} ÷ 自有资金 ${formatNumber(equity)}，${bfTimes(lev)}`,
  leverageRepo: (haircut: number, lev: number | null) =>
    lev === null || haircut === 0
      ? '只看回购：扣减率为 0，买债不占自有资金，没有上限'
      : `只看回购：1 ÷ 扣减率 ${bfPercent(haircut)}，${bfTimes(lev)}`,
  haircutControl: '回购扣减率',
  describe(p: {
    legs: number;
    net: boolean;
    showBalanceSheet: boolean;
    futuresPrice: number;
    cashPrice: number;
    face: number;
    initialMargin: number;
    haircut: number;
    repoLoan: number;
    repoRate: number;
    repoInterestNight: number;
    repurchase: number;
    bondEquity: number;
    equity: number;
    assets: number;
    leverage: number;
    repoLeverage: number | null;
    paperGain: number;
    /** Paper gain over the capital tied up (before repo interest), a fraction. */
    returnOnCapital: number;
  }): string {
    const n = formatNumber;
    const parts: string[] = [];
    if (p.legs === 0) {
      parts.push('图中是对冲基金和它的三个交易对手：期货交易所、现货市场和回购出借方，三条腿都还没有做。');
      return parts.join('');
    }
    parts.push(`第一条腿：对冲基金在期货交易所以 ${n(p.futuresPrice)} 卖出期货（做空），当下只交 ${n(p.initialMargin)} 的初始保证金。`);
    if (p.legs >= 2) {
      parts.push(`第二条腿：在现货市场付 ${n(p.cashPrice)} 买入面值 ${n(p.face)} 的国债（做多），期货比现货贵 ${n(p.paperGain)}，这是纸面上的价差。`);
    }
    if (p.legs === 2) {
      parts.push(`不借钱，基金得拿出自有资金 ${n(p.equity)}（买债 ${n(p.bondEquity)} 加保证金 ${n(p.initialMargin)}），杠杆 ${n(p.leverage, 1)} 倍。`);
    }
    if (p.legs >= 3) {
      parts.push(
        `第三条腿：把国债押给回购出借方，借入 ${n(p.repoLoan)}（扣减率 ${bfPercent(p.haircut)}），明天付 ${n(p.repurchase, 5)} 把债券买回，` +
          `多出的 ${n(p.repoInterestNight, 5)} 就是年利率 ${bfPercent(p.repoRate)} 下一晚的利息。`,
      );
      if (p.net) parts.push(`合起来看：借来的 ${n(p.repoLoan)} 直接付给了卖方，债券直接押给了出借方，基金自己只占用本金 ${n(p.equity)}，成本是每晚的回购利息。`);
    }
    if (p.showBalanceSheet && p.legs >= 3) {
      parts.push(
        `资产负债表：资产 ${n(p.assets)}，负债是回购借款 ${n(p.repoLoan)}，自有资金 ${n(p.equity)}（扣减 ${n(p.bondEquity)} 加保证金 ${n(p.initialMargin)}），` +
          `杠杆（资产 ÷ 自有资金）${bfTimes(p.leverage)}。`,
      );
      parts.push(
        p.repoLeverage === null
          ? '扣减率为 0 时，回购借满债券全价，只剩期货保证金占用自有资金。'
          : `只看回购这一腿，1 ÷ ${bfPercent(p.haircut)}，${bfTimes(p.repoLeverage)}。`,
      );
      if (p.equity > 0) {
        parts.push(`不计回购利息，${n(p.paperGain)} 的价差相对本金 ${n(p.equity)} 的回报约 ${formatNumber(p.returnOnCapital * 100, 2)}%。`);
      }
    } else if (p.showBalanceSheet) {
      parts.push(`资产负债表：资产 ${n(p.assets)}，全部是自有资金，没有负债。`);
    }
    return parts.join('');
  },
};

/** Labels and units of the figure's parameters (sliders, sandbox, parameter reference). */
export const basisFlowsParams = {
  legs: { label: '已搭好的腿数', unit: '条' },
  view: { label: '资金流的画法' },
  haircut: { label: '回购扣减率', unit: '比例' },
  showBalanceSheet: { label: '显示资产负债表' },
  highlight: { label: '强调' },
};
