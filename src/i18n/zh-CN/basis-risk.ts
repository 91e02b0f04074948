import { formatDate, formatNumber, formatSigned, formatUsdLarge, formatWan } from './format';


/** Text of the basis-risk figure: a basis position while yields fall. */
export const basisRisk = {
  title: '收益率下跌时的基差头寸：期货空头每天付出现金，现券的上涨只记在账上',
  source: '收益率：10 年期美国国债（FRED DGS10）；头寸、保证金与基差变化为示意。',
  priceAxis: '价格（开仓日 = 100）',
  cashAxis: '现金流（美元）',
  accountAxis: '保证金账户与可动用现金',
  futures: (price: number) => `期货 ${formatNumber(price, 2)}`,
  cash: (price: number) => `现券 ${formatNumber(price, 2)}`,
  paidLegend: (v: number) => `累计付出 ${formatWan(v)}`,
  paperLegend: (v: number) => `债券浮盈 ${formatWan(v)}`,
  freeCashLegend: (v: number) => `可动用现金 ${formatWan(v)}`,
  openDay: '开仓',
  dayTick: (d: number) => String(d),
  tick: formatWan,
  initialLine: '初始',
  maintenanceLine: '维持',
  callLabel: (v: number) => `追加 ${formatWan(v)}`,
  toppedUpLabel: (v: number) => `补入 ${formatWan(v)}`,
  reduceLabel: (share: number) => `平仓 ${formatNumber(share * 100, 0)}%`,
  shortfallLabel: '现金缺口',
  tableDate: (iso: string) => formatDate(iso),
  tableColumns: ['日期', '现券价格', '期货价格', '当日付出变动保证金（美元）', '累计付出（美元）', '债券浮盈（美元）', '追加保证金（美元）', '可动用现金（美元）'],
  scenarioName: { calm: '平稳', 'yield-fall': '收益率下跌', 'yield-fall-widening': '收益率下跌且基差下降' } as Record<string, string>,
  describe(p: {
    scenario: 'calm' | 'yield-fall' | 'yield-fall-widening';
    day: number;
    date: string;
    cashPrice: number;
    futuresPrice: number;
    cashChange: number;
    futuresChange: number;
    paidToday: number;
    cumulativePaid: number;
    paperGain: number;
    showPaperGain: boolean;
    balance: number;
    maintenance: number;
    initial: number;
    call: number;
    answer: 'pending' | 'top-up' | 'reduce';
    paidIn: number;
    freeCash: number;
    openingCash: number;
    cutShare: number;
    contractsKept: number;
    contracts: number;
    faceSold: number;
    cashFreed: number;
    yieldChangeBp: number;
    face: number;
  }): string {
    const when = p.day === 0 ? '开仓当天' : `第 ${p.day} 个交易日（${formatDate(p.date)}）`;
    const parts: string[] = [];
    if (p.day === 0) {
      parts.push(`${when}：基金持有面值 ${formatUsdLarge(p.face)}的现券，同时卖出 ${formatNumber(p.contracts, 0)} 张 10 年期国债期货；保证金账户里有 ${formatUsdLarge(p.initial)}，另有可动用现金 ${formatUsdLarge(p.openingCash)}。`);
      return parts.join('');
    }
    parts.push(`${when}，情景“${basisRisk.scenarioName[p.scenario]}”：开仓以来 10 年期收益率变动 ${formatSigned(p.yieldChangeBp, 0)} 个基点，以开仓日为 100，现券价格 ${formatNumber(p.cashPrice, 2)}（${formatSigned(p.cashChange, 2)}%），期货价格 ${formatNumber(p.futuresPrice, 2)}（${formatSigned(p.futuresChange, 2)}%）。`);
    if (p.paidToday > 0) parts.push(`期货空头当天以现金付出变动保证金 ${formatUsdLarge(p.paidToday)}。`);
    else if (p.paidToday < 0) parts.push(`期货价格回落，空头当天收到变动保证金 ${formatUsdLarge(-p.paidToday)}。`);
    parts.push(`开仓以来累计净付出现金 ${formatUsdLarge(p.cumulativePaid)}。`);
    if (p.showPaperGain) {
      const gap = p.cumulativePaid - p.paperGain;
      parts.push(`同期现券的账面浮盈为 ${formatUsdLarge(p.paperGain)}，但这笔钱没有到手。`);
      if (gap > 0.05 * Math.max(1, Math.abs(p.cumulativePaid))) parts.push(`期货涨得比现券快（基差下降），付出的现金比浮盈多出 ${formatUsdLarge(gap)}。`);
    }
    if (p.answer === 'reduce' && p.cutShare > 0) {
      parts.push(`基金选择不补钱、部分平仓：两条腿各平掉约 ${formatNumber(p.cutShare * 100, 0)}%，卖出面值 ${formatUsdLarge(p.faceSold)}的现券并买回期货，只剩 ${formatNumber(p.contractsKept, 0)} 张合约；卖券收回 ${formatUsdLarge(p.cashFreed)}现金，但这部分头寸原本能锁定的收益也随之放弃，而且是在市场最慌的时候卖出。`);
      return parts.join('');
    }
    if (p.call > 0 && p.answer === 'pending') {
      parts.push(`保证金账户只剩 ${formatUsdLarge(p.balance)}，低于维持保证金 ${formatUsdLarge(p.maintenance)}：收到追加保证金通知，要补入 ${formatUsdLarge(p.call)}，把账户补回初始保证金 ${formatUsdLarge(p.initial)}。`);
    } else {
      parts.push(`保证金账户余额 ${formatUsdLarge(p.balance)}（维持保证金 ${formatUsdLarge(p.maintenance)}）。`);
      if (p.paidIn > 0) parts.push(`至今已从可动用现金里补入保证金 ${formatUsdLarge(p.paidIn)}。`);
    }
    if (p.freeCash < 0) parts.push(`可动用现金已经用光，还差 ${formatUsdLarge(-p.freeCash)}，只能从别处筹钱，否则就得平仓。`);
    else parts.push(`可动用现金还剩 ${formatUsdLarge(p.freeCash)}。`);
    return parts.join('');
  },
};

/** Labels and units of the figure's parameters (sliders, sandbox, parameter reference). */
export const basisRiskParams = {
  day: { label: '显示第几个交易日', unit: '天' },
  scenario: { label: '情景' },
  showPaperGain: { label: '显示现券浮盈' },
  answer: { label: '对第一次追加保证金通知的回应' },
};
