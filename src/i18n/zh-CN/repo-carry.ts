import { formatNumber, formatSigned, formatUsdLarge, formatWan } from './format';

/** Text of the repo-carry figure: profit at delivery against the repo rate. */
export const repoCarry = {
  title: '回购利率越高，基差交易到期时的盈利越少，越过盈亏平衡点就变成亏损',
  source: 'SOFR：纽约联储（FRED）；价格与持有期为示意，盈亏按净基差计算。',
  rateAxis: '回购利率（整个持有期都按此利率借钱）',
  sliderLabel: '回购利率',
  rateTick: (pct: number) => `${formatNumber(pct, 0)}%`,
  rateValue: (pct: number) => `${pct.toFixed(2)}%`,
  tick: formatWan,
  breakeven: (pct: number) => `盈亏平衡 ${pct.toFixed(2)}%`,
  sofrBefore: (pct: number) => `9 月 16 日 ${pct.toFixed(2)}%`,
  sofrSpike: (pct: number) => `9 月 17 日 ${pct.toFixed(2)}%`,
  readout: (pct: number, profit: number) =>
    Math.abs(profit) < 50 ? `利率 ${pct.toFixed(2)}% → 到期不赚不亏` : `利率 ${pct.toFixed(2)}% → 到期盈亏 ${profit > 0 ? '+' : ''}${formatWan(profit)}美元`,
  readoutPer100: (per100: number) => `每 100 美元面值 ${formatSigned(per100, 3)}`,
  describe(p: {
    ratePct: number;
    profit: number;
    profitPer100: number;
    breakevenPct: number;
    days: number;
    sofrBeforePct: number;
    sofrSpikePct: number;
    preset: string;
    face: number;
  }): string {
    const parts = [
      `一笔面值 ${formatUsdLarge(p.face)}的基差交易，持有 ${p.days} 天到交割。若整个持有期的回购利率都是 ${p.ratePct.toFixed(2)}%，${Math.abs(p.profit) < 50 ? '到期不赚不亏' : `到期盈亏为 ${p.profit > 0 ? '+' : '−'}${formatUsdLarge(Math.abs(p.profit))}，即每 100 美元面值 ${formatSigned(p.profitPer100, 3)} 美元`}。`,
    ];
    if (Math.abs(p.ratePct - p.breakevenPct) < 0.005) parts.push(`这正是盈亏平衡的回购利率 ${p.breakevenPct.toFixed(2)}%（隐含回购利率）：回购利息刚好等于持有期间的票息加上交割所得与买券价之差。`);
    else if (p.ratePct < p.breakevenPct) parts.push(`利率低于盈亏平衡点 ${p.breakevenPct.toFixed(2)}%，交易仍然赚钱；利率每升高一点，盈利就线性减少。`);
    else parts.push(`利率高于盈亏平衡点 ${p.breakevenPct.toFixed(2)}%，回购利息超过了票息加交割所得能覆盖的部分，交易亏钱。`);
    if (p.preset === 'sofr-spike') parts.push(`2019 年 9 月 17 日 SOFR 从前一天的 ${p.sofrBeforePct.toFixed(2)}% 跳到 ${p.sofrSpikePct.toFixed(2)}%；这里假设高利率持续整个持有期，实际上飙升只维持了很短时间。`);
    return parts.join('');
  },
};

/** Labels and units of the figure's parameters (sliders, sandbox, parameter reference). */
export const repoCarryParams = {
  rate: { label: '回购利率', unit: '%（年化）' },
  preset: { label: '参照利率' },
};
