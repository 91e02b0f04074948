import { formatNumber } from './format';

/** Text of the futures premium figure: asset-manager buying lifts futures above cash; an arbitrageur narrows the gap. */
export const futuresPremium = {
  title: '期货为什么比现货贵：只做多机构一轮轮买入期货，把期货价格推高；套利者入场后价差收窄',
  priceAxis: '价格（每 100 美元面值）',
  buySide: '买期货',
  sellSide: '卖期货',
  startRound: '起点',
  futures: '期货',
  cash: '现货',
  priceLabel: (name: string, price: number) => `${name} ${formatNumber(price, 3)}`,
  tick: (price: number) => formatNumber(price, 3),
  spreadLabel: (spread: number) => `价差 ${formatNumber(spread, 3)}`,
  ghostLabel: '若无人套利',
  readout: (round: number, futures: number, cash: number, spread: number) =>
    `${round === 0 ? '起点' : `第 ${round} 轮`}：期货 ${formatNumber(futures, 3)}，现货 ${formatNumber(cash, 3)}，价差 ${formatNumber(spread, 3)}`,
  arbitrageurArrives: '套利者入场',
  buyersLegend: '只做多机构买入期货',
  arbitrageurLegend: '套利者卖期货、买现货',
  tableCaption: (from: number) => `每一轮之后的期货价格、现货价格与价差（每 100 美元面值；套利者从第 ${from} 轮起入场）`,
  tableColumns: ['轮次', '期货', '现货', '价差', '若无人套利的价差'],
  describe(p: {
    round: number;
    futures: number;
    cash: number;
    spread: number;
    showArbitrageur: boolean;
    arbitrageFrom: number;
    arbitrageRounds: number;
    peakSpread: number;
    spreadWithoutArbitrage: number;
    demandRounds: number;
  }): string {
    const n = (v: number) => formatNumber(v, 3);
    if (p.round === 0) {
      const parts = [`起点：现货和期货的价格都是 ${n(p.cash)}（每 100 美元面值），价差为 0。`];
      if (p.showArbitrageur) parts.push('套利者在场边等待价差出现。');
      return parts.join('');
    }
    const parts = [
      `第 ${p.round} 轮：养老基金、保险公司等只做多机构已连续 ${p.round} 轮买入期货。`,
      `期货价格 ${n(p.futures)}，现货价格 ${n(p.cash)}，期货比现货贵 ${n(p.spread)}（每 100 美元面值）。`,
    ];
    if (p.arbitrageRounds > 0) {
      parts.push(
        `套利者从第 ${p.arbitrageFrom} 轮起每轮卖出期货、买入同样多的现货，已做了 ${p.arbitrageRounds} 轮：期货不再上涨，现货被买高，价差从最高的 ${n(p.peakSpread)} 收窄到 ${n(p.spread)}；若没有人套利，价差此时会是 ${n(p.spreadWithoutArbitrage)}。`,
      );
    } else if (p.showArbitrageur) {
      parts.push(`套利者注意到现货便宜、期货贵，准备从第 ${p.arbitrageFrom} 轮起买入现货、卖出期货。`);
    } else if (p.round > p.demandRounds) {
      parts.push('没有人站出来卖出期货，价差还在继续扩大。');
    }
    return parts.join('');
  },
};

/** Labels and units of the figure's parameters (sliders, sandbox, parameter reference). */
export const futuresPremiumParams = {
  round: { label: '买入轮数', unit: '轮' },
  showArbitrageur: { label: '套利者入场' },
  highlight: { label: '强调' },
};
