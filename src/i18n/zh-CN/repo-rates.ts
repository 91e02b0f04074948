import { formatDate, formatNumber } from './format';

import { pct } from './charts';
/** Text of the `repo-rates` data figure (SOFR and EFFR against the FOMC target range). */
export const repoRates = {
  title: '回购利率与联邦基金利率：2019 年 9 月和 2020 年 3 月的两次紧张',
  axis: '年利率',
  sofr: '回购利率 SOFR',
  effr: '联邦基金利率 EFFR',
  range: '美联储目标区间',
  windowName: { sep2019: '2019 年 8—10 月', mar2020: '2020 年 2—4 月' } as Record<'sep2019' | 'mar2020', string>,
  spikeLabel: (date: string, sofr: number) => `${formatDate(date).replace(/^\d+ 年 /, '')} SOFR ${pct(sofr)}`,
  cutLabel: (date: string, cutBp: number) => `${formatDate(date).replace(/^\d+ 年 /, '')}降 ${formatNumber(cutBp, 0)} 个基点`,
  spreadLabel: (bp: number) => `最多高出上限 ${formatNumber(bp, 0)} 个基点`,
  source:
    '来源：纽约联储（SOFR、EFFR，经圣路易斯联储 FRED 数据库，序列 SOFR、EFFR）；目标区间取自美联储公开市场委员会（FOMC）历次声明。日度数据，节假日空缺。',
  tableCaption: (name: string) => `${name}每日利率（%）与 SOFR 高出目标区间上限的幅度（基点）`,
  tableColumns: ['日期', 'SOFR (%)', 'EFFR (%)', '目标区间（%）', 'SOFR − 上限（基点）'],
  rangeCell: (lower: number, upper: number) => `${formatNumber(lower, 2)}–${formatNumber(upper, 2)}`,
  readout: (p: { date: string; sofr: number | null; effr: number | null; lower: number; upper: number }) =>
    `${formatDate(p.date)}：SOFR ${p.sofr === null ? '无数据' : pct(p.sofr)}，EFFR ${p.effr === null ? '无数据' : pct(p.effr)}，目标区间 ${pct(p.lower)}–${pct(p.upper)}`,
  describe(p: {
    window: 'sep2019' | 'mar2020';
    from: string;
    to: string;
    highlight: 'none' | 'spike' | 'cuts' | 'spread';
    maxSofr: number;
    maxSofrDate: string;
    effrOnMax: number | null;
    rangeOnMax: [number, number];
    maxAboveTopBp: number | null;
    maxAboveTopDate: string | null;
    daysAboveTop: number;
    cuts: { date: string; cutBp: number; lower: number; upper: number }[];
  }): string {
    const parts = [`折线图：${formatDate(p.from)}至 ${formatDate(p.to)}每个工作日的回购利率 SOFR（橙线）和联邦基金利率 EFFR（深色线），灰色带是美联储的目标区间。`];
    parts.push(`这段时间 SOFR 最高 ${pct(p.maxSofr)}（${formatDate(p.maxSofrDate)}），当天目标区间是 ${pct(p.rangeOnMax[0])}–${pct(p.rangeOnMax[1])}${p.effrOnMax === null ? '' : `，EFFR 为 ${pct(p.effrOnMax)}`}。`);
    if (p.highlight === 'spike') parts.push('图中标出了这一天：隔夜回购利率在一天之内跳到区间上限的两倍多。');
    if (p.highlight === 'cuts' || (p.window === 'mar2020' && p.cuts.length > 0)) {
      parts.push(p.cuts.map((c) => `${formatDate(c.date)}美联储降息 ${formatNumber(c.cutBp, 0)} 个基点，目标区间降到 ${pct(c.lower)}–${pct(c.upper)}`).join('；') + '。');
    }
    if (p.highlight === 'spread' && p.maxAboveTopBp !== null && p.maxAboveTopDate) {
      parts.push(`阴影是 SOFR 高出区间上限的部分：共有 ${p.daysAboveTop} 个工作日高出，最多高出 ${formatNumber(p.maxAboveTopBp, 0)} 个基点（${formatDate(p.maxAboveTopDate)}）。`);
    }
    return parts.join('');
  },
};

/** Labels and units of the figure's parameters (sliders, sandbox, parameter reference). */
export const repoRatesParams = {
  window: { label: '时间段' },
  highlight: { label: '强调' },
};
