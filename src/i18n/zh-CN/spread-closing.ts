/** Text of the spread-closing figure (chapter 6: operation one repeated until the gap is gone). */
import { formatNumber } from './format';

/** "2%", "0.5%": a haircut as a short percentage. */
const scPercent = (rate: number) => `${Number((rate * 100).toFixed(2))}%`;
/** A multiple: "50 倍", "约 33.7 倍". */
const scTimes = (v: number) => (Math.abs(v - Math.round(v)) < 0.005 ? `${formatNumber(Math.round(v), 0)} 倍` : `约 ${formatNumber(v, 1)} 倍`);
/** A small price gap per 100, with a true minus sign: "0.0094", "−0.000002". */
const scGap = (v: number) => `${v < 0 ? '−' : ''}${formatNumber(Math.abs(v), 6)}`;
/** Dollars of the toy trade: two decimals at most, whole dollars from 1,000 up (so the row fits a phone). */
const scMoney = (v: number) => formatNumber(v, Math.abs(v) >= 1000 ? 0 : 2);
/** Paper profit: up to four decimals so 0.01 and 0.4926 both read as they are. */
const scProfit = (v: number) => formatNumber(v, 4);
const scCount = (n: number) => formatNumber(n, 0);

export const spreadClosing = {
  title: '把“操作一”重复下去：每做一次，买入抬高现券、卖出压低期货，价差越做越小，直到消失',
  percent: scPercent,
  times: scTimes,
  gap: scGap,
  money: scMoney,
  profit: scProfit,
  count: scCount,
  haircutControl: '回购扣减率',
  axisY: '价格（每 100 面值）',
  axisX: '重复次数（对数刻度）',
  tickX: (n: number) => scCount(n),
  tickY: (p: number) => formatNumber(p, 3),
  futuresStart: (p: number) => `期货 ${formatNumber(p, 6)}`,
  cashStart: (p: number) => `现券 ${formatNumber(p, 6)}`,
  impactNote: (cash: number, futures: number) => `示意假设：每做一次，现券涨 ${formatNumber(cash, 6)}、期货跌 ${formatNumber(futures, 6)}`,
  marker: (n: number) => `第 ${scCount(n)} 次`,
  markerGap: (g: number) => `这一次锁定 ${scGap(g)}`,
  closedAt: (n: number) => `第 ${scCount(n)} 次后价差消失`,
  nextLoses: (g: number) => `再做一次：${scGap(g)}，倒贴`,
  stoppedNote: (asked: number, done: number) => `想做 ${scCount(asked)} 次，只做得成 ${scCount(done)} 次`,
  panelTitle: '对冲基金的账（美元）',
  labelCount: '已重复',
  valueCount: (n: number) => `${scCount(n)} 次`,
  labelFace: '持仓面值（现券多 = 期货空）',
  labelEquity: '自有资金（扣减 + 保证金）',
  valueEquity: (equity: number, haircut: number, margin: number) => `${scMoney(equity)}（${scMoney(haircut)} + ${scMoney(margin)}）`,
  labelProfit: '锁定的纸面利润（未计利息）',
  labelRepoMultiple: (h: number) => `回购倍数：1 ÷ 扣减率 ${scPercent(h)}`,
  labelAssetsMultiple: '整笔交易：资产 ÷ 自有资金',
  valueRepoMultiple: (v: number | null) => (v === null ? '没有上限' : scTimes(v)),
  describe(p: {
    requested: number;
    done: number;
    stopped: boolean;
    closesAfter: number | null;
    firstSpread: number;
    lastSpread: number;
    gap: number;
    cashStart: number;
    futuresStart: number;
    cashImpact: number;
    futuresImpact: number;
    face: number;
    haircut: number;
    haircutEquity: number;
    marginEquity: number;
    equity: number;
    repoLoan: number;
    assets: number;
    repoMultiple: number | null;
    assetsToEquity: number;
    paperProfit: number;
    highlight: string;
  }): string {
    const parts: string[] = [];
    parts.push(
      `图中是原文的“操作一”：以 ${formatNumber(p.cashStart, 6)} 买入现券、以 ${formatNumber(p.futuresStart, 6)} 卖出期货，每做一次（面值 100）纸面上锁定 ${scGap(p.firstSpread)}。` +
        `示意假设每做一次，买入让现券涨 ${formatNumber(p.cashImpact, 6)}，卖出让期货跌 ${formatNumber(p.futuresImpact, 6)}。`,
    );
    if (p.stopped) {
      parts.push(`要求重复 ${scCount(p.requested)} 次，但做到第 ${scCount(p.done)} 次价差就没有了：最后一次只锁定 ${scGap(p.lastSpread)}，再做一次是 ${scGap(p.gap)}，要倒贴，所以停下。`);
    } else {
      parts.push(`已重复 ${scCount(p.done)} 次，最后一次锁定 ${scGap(p.lastSpread)}，下一次还剩 ${scGap(p.gap)}。`);
      if (p.closesAfter !== null && p.highlight === 'gap') parts.push(`照这样做下去，第 ${scCount(p.closesAfter)} 次之后价差就会消失。`);
    }
    parts.push(
      `持仓面值 ${scMoney(p.face)}，现券多头与期货空头一样大；自有资金 ${scMoney(p.equity)}（回购扣减 ${scMoney(p.haircutEquity)} 加期货保证金 ${scMoney(p.marginEquity)}），回购借款 ${scMoney(p.repoLoan)}；` +
        `锁定的纸面利润 ${scProfit(p.paperProfit)}，要到交割收敛才兑现，还没扣回购利息。`,
    );
    parts.push(
      p.repoMultiple === null
        ? `扣减率为 0 时，回购这一腿没有倍数上限；资产 ${scMoney(p.assets)} ÷ 自有资金 ${scMoney(p.equity)}，${scTimes(p.assetsToEquity)}。`
        : `两个倍数：只看回购，1 ÷ 扣减率 ${scPercent(p.haircut)}，${scTimes(p.repoMultiple)}；把期货保证金也算作本金，资产 ${scMoney(p.assets)} ÷ 自有资金 ${scMoney(p.equity)}，${scTimes(p.assetsToEquity)}。`,
    );
    return parts.join('');
  },
};

/** Labels and units of the figure's parameters (sliders, sandbox, parameter reference). */
export const spreadClosingParams = {
  repetitions: { label: '要求重复的次数', unit: '次' },
  haircut: { label: '回购扣减率', unit: '比例' },
  highlight: { label: '强调' },
};
