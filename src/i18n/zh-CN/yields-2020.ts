import { formatDate, formatNumber } from './format';

import { pct } from './charts';
/** Text of the `yields-2020` data figure (10-year and 2-year yields, February–April 2020). */
export const yields2020 = {
  title: '2020 年春天的美国国债收益率：先跌到纪录低点，再在抛售中急升',
  axis: '收益率',
  tenYear: '10 年期',
  twoYear: '2 年期',
  lowLabel: (date: string, v: number) => `${formatDate(date).replace(/^\d+ 年 /, '')} 低点 ${pct(v)}`,
  snapLabel: (date: string, v: number) => `${formatDate(date).replace(/^\d+ 年 /, '')} 回到 ${pct(v)}`,
  snapBand: (days: number, riseBp: number) => `${days} 天上升 ${formatNumber(riseBp, 0)} 个基点`,
  source: '来源：美联储理事会 H.15 统计发布，10 年期与 2 年期国债固定期限收益率（经圣路易斯联储 FRED 数据库，序列 DGS10、DGS2），每日收盘值，休市日空缺。',
  tableCaption: '2020 年 2—4 月每日收益率（%）',
  tableColumns: ['日期', '10 年期（%）', '2 年期（%）'],
  readout: (p: { date: string; dgs10: number | null; dgs2: number | null }) =>
    p.dgs10 === null ? `${formatDate(p.date)}：休市` : `${formatDate(p.date)}：10 年期 ${pct(p.dgs10)}${p.dgs2 === null ? '' : `，2 年期 ${pct(p.dgs2)}`}`,
  describe(p: {
    from: string;
    to: string;
    date: string | null;
    dgs10: number | null;
    dgs2: number | null;
    highlight: 'none' | 'low' | 'snapback';
    low: { date: string; value: number } | null;
    snap: { date: string; value: number; days: number; riseBp: number } | null;
  }): string {
    const parts = [`折线图：${formatDate(p.from)}起每个交易日的 10 年期美国国债收益率（深色线）和 2 年期收益率（浅色线），画到 ${formatDate(p.to)}。`];
    if (p.date && p.dgs10 !== null) parts.push(`最后一个交易日 ${formatDate(p.date)}，10 年期 ${pct(p.dgs10)}${p.dgs2 === null ? '' : `，2 年期 ${pct(p.dgs2)}`}。`);
    if (p.low) parts.push(`到目前为止，10 年期的最低收盘是 ${pct(p.low.value)}（${formatDate(p.low.date)}）${p.highlight === 'low' ? '，图中已标出' : ''}。`);
    if (p.highlight === 'snapback' && p.snap) {
      parts.push(`随后 ${p.snap.days} 天里，10 年期收益率升到 ${pct(p.snap.value)}（${formatDate(p.snap.date)}），上升 ${formatNumber(p.snap.riseBp, 0)} 个基点：这是债券价格大跌，人们在抛售“最安全”的资产。`);
    }
    return parts.join('');
  },
};

/** Labels and units of the figure's parameters (sliders, sandbox, parameter reference). */
export const yields2020Params = {
  to: { label: '画到哪一天', unit: '日期' },
  highlight: { label: '强调' },
};
