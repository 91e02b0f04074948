import { formatDate, formatUsdLarge } from './format';

import { bnApprox, yiExact } from './charts';
/** Text of the `fed-holdings` data figure (TREAST, weekly 2019–2021). */
export const fedHoldings = {
  title: '美联储持有的美国国债：2020 年 3 月起的急速增加',
  axis: '持有量（美元，面值）',
  line: '美联储持有的美国国债',
  purchasesBand: '2020 年 3—4 月大规模购债',
  changeLabel: (weeks: number, changeBn: number) => `${weeks} 周增加${bnApprox(changeBn)}`,
  paceLabel: (paceBn: number) => `高峰时每天买入 ${formatUsdLarge(paceBn * 1e9)}`,
  source: '来源：美联储理事会 H.4.1 统计发布“直接持有的美国国债（周三水平）”（经圣路易斯联储 FRED 数据库，序列 TREAST），按面值计；每日购债高峰速度见“数据与来源”页所列报道。',
  tableCaption: '美联储每周三持有的美国国债（亿美元）',
  tableColumns: ['日期（周三）', '持有量（亿美元）'],
  readout: (p: { date: string; bn: number | null }) => (p.bn === null ? `${formatDate(p.date)}：无数据` : `${formatDate(p.date)}：${yiExact(p.bn)}`),
  describe(p: {
    from: string;
    to: string;
    date: string | null;
    bn: number | null;
    firstBn: number | null;
    highlight: 'none' | 'purchases';
    purchases: { from: string; to: string; fromBn: number; toBn: number; weeks: number } | null;
    paceBn: number;
  }): string {
    const parts = [`面积图：${formatDate(p.from)}起美联储每周三持有的美国国债，画到 ${formatDate(p.to)}。`];
    if (p.firstBn !== null) parts.push(`起点${bnApprox(p.firstBn)}。`);
    if (p.date && p.bn !== null) parts.push(`${formatDate(p.date)}为${bnApprox(p.bn)}。`);
    if (p.highlight === 'purchases' && p.purchases) {
      parts.push(
        `阴影标出 2020 年 3—4 月：从 ${formatDate(p.purchases.from)}的${bnApprox(p.purchases.fromBn)}到 ${formatDate(p.purchases.to)}的${bnApprox(p.purchases.toBn)}，${p.purchases.weeks} 周增加${bnApprox(p.purchases.toBn - p.purchases.fromBn)}；高峰时每天买入 ${formatUsdLarge(p.paceBn * 1e9)}。`,
      );
    }
    return parts.join('');
  },
};

/** Labels and units of the figure's parameters (sliders, sandbox, parameter reference). */
export const fedHoldingsParams = {
  to: { label: '画到哪一周', unit: '日期' },
  highlight: { label: '强调' },
};
