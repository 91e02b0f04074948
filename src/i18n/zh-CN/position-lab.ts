import { formatGrouped, formatPercent, formatUsdLarge } from './format';

function formatNumber(value: number, digits = 2): string {
  return formatGrouped(value, digits);
}
function formatSigned(value: number, digits = 2): string {
  const text = formatNumber(Math.abs(value), digits);
  if (Math.abs(value) < 0.5 * 10 ** -digits) return formatNumber(0, digits);
  return value > 0 ? `+${text}` : `−${text}`;
}

/** Signed large amount: +37.5 万美元 / −1,200 万美元. */
function signedUsd(v: number): string {
  return v > 0 ? `+${formatUsdLarge(v)}` : formatUsdLarge(v);
}

/** Axis ticks, three significant digits, 4.13e7 → "4130 万", −1.58e8 → "−1.58 亿". */
function compactUsd(v: number): string {
  const abs = Math.abs(v);
  const sign = v < 0 ? '−' : '';
  const sig = (n: number) => String(Number(n.toPrecision(3)));
  if (abs >= 1e8) return `${sign}${sig(abs / 1e8)} 亿`;
  if (abs >= 1e4) return `${sign}${sig(abs / 1e4)} 万`;
  return `${sign}${Math.round(abs)}`;
}

/** What describe() is told: the engine's numbers for one state. */
export interface PositionLabFacts {
  size: number;
  days: number;
  spreadBp: number;
  haircut: number;
  repo: number;
  spike: number;
  spikeStart: number;
  spikeNights: number;
  shockBp: number;
  shockDays: number;
  wideningBp: number;
  equity: number;
  openingCash: number;
  tiedEquity: number;
  contracts: number;
  leverage: number;
  maxLeverage: number | null;
  lockedSpread: number;
  repoInterest: number;
  spikeInterest: number;
  peakVmPaid: number;
  vmPaid: number;
  callCount: number;
  firstCallDay: number | null;
  marginCalls: number;
  /** Cash the repo lender returned over the shock window as the bond rose (negative: the fund paid). */
  repoCashBack: number;
  minFreeCash: number;
  cutDays: number[];
  cutShare: number;
  cutCost: number;
  bust: boolean;
  pnl: number;
  returnOnEquity: number;
}

/** Text of the position-lab figure: one basis position from opening to delivery (the sandbox). */
export const positionLab = {
  title: '一笔基差头寸从开仓到交割：价格、现金流与基金的可动用现金',
  source: '示意模型：零息券、转换因子 1；隔夜回购逐日按市值调整、利息按实际天数/360 计；维持保证金为初始的 80%；参数由读者设定。',
  priceAxis: '价格（每 100 面值）',
  flowAxis: '累计现金流（美元）',
  fundAxis: '基金的可动用现金与权益（美元）',
  futures: '期货',
  cash: '现券',
  openSpread: (bp: number) => `开仓价差 ${formatNumber(bp, 1)} 基点`,
  vmLegend: '付出的变动保证金',
  repoLegend: '回购利息',
  freeCashLegend: '可动用现金',
  equityLegend: '权益',
  shockBand: (bp: number) => `收益率 ${formatSigned(bp, 0)} 基点`,
  spikeBand: (rate: number) => `回购 ${formatPercent(rate)}`,
  callTicks: (n: number) => `追加保证金 ${n} 次`,
  cutLabel: (share: number) => `被迫减仓 ${formatNumber(share * 100, 1)}%`,
  bustLabel: '全部平仓仍不够',
  tick: compactUsd,
  price: (p: number) => formatNumber(p, 1),
  dayOpen: '开仓',
  dayDelivery: (d: number) => `交割（第 ${d} 天）`,
  dayTick: (d: number) => `第 ${d} 天`,
  summaryPnl: (pnl: number, roe: number) => `到期盈亏 ${signedUsd(pnl)}（权益回报 ${formatSigned(roe * 100, 2)}%）`,
  summaryParts: (locked: number, repo: number, cut: number) =>
    `= 锁定价差 ${formatUsdLarge(locked)} − 利息 ${formatUsdLarge(repo)}${cut > 0 ? ` − 减仓 ${formatUsdLarge(cut)}` : ''}`,
  summaryLeverage: (lev: number, max: number | null) => `杠杆 ${formatNumber(lev, 1)} 倍（1/扣减率 = ${max === null ? '无上限' : `${formatNumber(max, 1)} 倍`}）`,

  describe(p: PositionLabFacts): string {
    const parts: string[] = [];
    parts.push(
      `基金买入面值 ${formatUsdLarge(p.size)}的现券，以 ${formatNumber(p.haircut, 1)}% 的扣减率做回购融资，同时卖出 ${formatNumber(p.contracts, 0)} 张期货，期货比现券贵 ${formatNumber(p.spreadBp, 1)} 个基点（每 100 面值 ${formatNumber(p.spreadBp / 100, 4)}），${p.days} 天后交割。`,
    );
    parts.push(
      `基金权益 ${formatUsdLarge(p.equity)}：其中 ${formatUsdLarge(p.tiedEquity)}押在扣减和初始保证金里，${formatUsdLarge(p.openingCash)}是可动用现金；资产是权益的 ${formatNumber(p.leverage, 1)} 倍${p.maxLeverage === null ? '（扣减率为 0，回购本身不设杠杆上限）' : `（扣减率决定的上限是 ${formatNumber(p.maxLeverage, 1)} 倍）`}。`,
    );
    const path: string[] = [];
    if (p.shockBp !== 0) path.push(`前 ${p.shockDays} 天收益率共变动 ${formatSigned(p.shockBp, 0)} 个基点`);
    if (p.wideningBp > 0) path.push(`压力下期货比现券多涨 ${formatNumber(p.wideningBp, 0)} 个基点，之后到交割逐步收敛`);
    if (p.spike > 0 && p.spikeNights > 0) path.push(`回购利率从 ${formatNumber(p.repo, 2)}% 跳到 ${formatNumber(p.repo + p.spike, 2)}%，持续 ${p.spikeNights} 晚（自第 ${p.spikeStart} 天起）`);
    parts.push(path.length > 0 ? `路径：${path.join('；')}。` : `路径平稳：价格不动，期货逐日向现券收敛；回购利率 ${formatNumber(p.repo, 2)}%。`);
    if (p.callCount > 0) {
      parts.push(`期货空头累计付出变动保证金最多 ${formatUsdLarge(p.peakVmPaid)}，收到 ${p.callCount} 次追加保证金通知（第一次在第 ${p.firstCallDay} 天），共补入 ${formatUsdLarge(p.marginCalls)}。`);
      if (p.repoCashBack > 0) {
        parts.push(
          p.repoCashBack >= 0.5 * p.peakVmPaid
            ? `同期现券上涨，回购贷款按市值调高，回购方退回现金 ${formatUsdLarge(p.repoCashBack)}，抵掉其中大部分；期货比现券多涨的部分和扣减率那一份只能靠可动用现金。`
            : `同期现券涨得少，回购方按市值只退回现金 ${formatUsdLarge(p.repoCashBack)}，大部分要靠可动用现金。`,
        );
      }
    } else {
      parts.push(`期货账户始终高于维持保证金，没有追加保证金通知；到交割净${p.vmPaid >= 0 ? `付出变动保证金 ${formatUsdLarge(p.vmPaid)}` : `收到变动保证金 ${formatUsdLarge(-p.vmPaid)}`}。`);
    }
    if (p.cutDays.length > 0) {
      parts.push(
        `可动用现金在第 ${p.cutDays[0]} 天用光，基金被迫在 ${p.cutDays.length} 天里同时卖出现券、买回期货，共减仓 ${formatNumber(p.cutShare * 100, 1)}%，按当时扩大的价差认亏 ${formatUsdLarge(p.cutCost)}。`,
      );
      if (p.bust) parts.push('全部平仓仍付不起保证金：权益亏光。');
    } else {
      parts.push(`可动用现金最低还有 ${formatUsdLarge(p.minFreeCash)}，没有被迫减仓。`);
    }
    if (p.spikeInterest > 0) parts.push(`回购利率飙升多付利息 ${formatUsdLarge(p.spikeInterest)}。`);
    parts.push(
      `交割时盈亏 ${signedUsd(p.pnl)}（权益回报 ${formatSigned(p.returnOnEquity * 100, 2)}%）= 锁定的价差 ${formatUsdLarge(p.lockedSpread)} − 回购利息 ${formatUsdLarge(p.repoInterest)}${p.cutCost > 0 ? ` − 减仓损失 ${formatUsdLarge(p.cutCost)}` : ''}。`,
    );
    return parts.join('');
  },
};

/** Labels, units and reference lines of the figure's parameters (sandbox controls, parameter reference). */
export const positionLabParams = {
  spreadBp: { label: '开仓价差（期货高于现券）', unit: '基点' },
  haircut: { label: '回购扣减率', unit: '%' },
  initialMargin: { label: '期货初始保证金（占合约价值）', unit: '%' },
  repo: { label: '回购利率（年化）', unit: '%' },
  spike: { label: '回购利率飙升幅度', unit: '个百分点' },
  spikeStart: { label: '飙升开始于第几天', unit: '天' },
  spikeDays: { label: '飙升持续', unit: '晚' },
  shockBp: { label: '收益率冲击（负 = 下跌，期货上涨）', unit: '基点' },
  shockDays: { label: '冲击持续', unit: '天' },
  wideningBp: { label: '压力下价差扩大', unit: '基点' },
  freeCash: { label: '开仓时可动用现金（占权益）', unit: '%' },
  days: { label: '距交割', unit: '天' },
  size: { label: '头寸规模（现券面值）', unit: '亿美元' },
};
