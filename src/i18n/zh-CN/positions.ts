import { formatDate, formatUsdLarge } from './format';

import { bnApprox, yiExact } from './charts';
/** Text of the `positions` data figure (CFTC TFF: leveraged funds' shorts against asset managers' longs). */
export const positions = {
  title: '美国国债期货持仓：杠杆基金的空头与资产管理人的多头（每周，按面值计）',
  axis: '期货面值（美元）',
  levShort: '杠杆基金空头',
  amLong: '资产管理人多头',
  datasetName: { '10y': '10 年期美国国债期货', all: '六种美国国债期货合计' } as Record<'10y' | 'all', string>,
  highlight: {
    none: '',
    buildup: '2018–2020 年初：高位堆积',
    unwind: '2020 年 3 月：平仓潮',
    record: '2023 年起：再创新高',
  } as Record<'none' | 'buildup' | 'unwind' | 'record', string>,
  highlightSentence: {
    none: '',
    buildup: '阴影标出 2018 年初到 2020 年 2 月：杠杆基金的空头大幅累积，2019 年升到高位后一直停在高处。',
    unwind: '阴影标出 2020 年 3 月 3 日到 4 月 28 日：市场动荡中，杠杆基金大举平掉期货空头，基差交易被迫拆仓。',
    record: '阴影标出 2023 年以来：杠杆基金的空头重新累积，规模超过了 2020 年之前的高点。',
  } as Record<'none' | 'buildup' | 'unwind' | 'record', string>,
  source: (last: string) =>
    `来源：美国商品期货交易委员会（CFTC）《交易者持仓报告》金融期货细分表（TFF，仅期货）。10 年期合约代码 043602；“六种合计”为 2 年、5 年、10 年、超长 10 年、长期和超长期国债期货。面值 = 合约张数 × 每张面值（2 年期 20 万美元，其余 10 万美元），未做久期调整。取自 CFTC 年度文件的公开存档副本并与其他副本逐周核对，最新一周为 ${formatDate(last)}。`,
  tableCaption: (name: string, from: string, to: string) => `${name}，每周持仓（亿美元），${formatDate(from)}至 ${formatDate(to)}`,
  tableColumns: ['报告日', '杠杆基金空头（亿美元）', '资产管理人多头（亿美元）'],
  readout: (p: { week: string; levShortBn: number | null; amLongBn: number | null; showAm: boolean }) =>
    p.levShortBn === null
      ? `${formatDate(p.week)}：该周无数据`
      : `${formatDate(p.week)}：杠杆基金空头 ${yiExact(p.levShortBn)}` +
        (p.showAm && p.amLongBn !== null ? `；资产管理人多头 ${yiExact(p.amLongBn)}` : ''),
  // Chart labels follow WRITING.md (three significant digits); the read-out and table keep the exact figure.
  cursorValue: (bn: number) => formatUsdLarge(bn * 1e9).replace('美元', ''),
  describe(p: {
    dataset: '10y' | 'all';
    from: string;
    to: string;
    week: string | null;
    levShortBn: number | null;
    amLongBn: number | null;
    showAm: boolean;
    peakLevShortBn: number | null;
    peakWeek: string | null;
    highlight: 'none' | 'buildup' | 'unwind' | 'record';
    gapWeeks: number;
    cursor: boolean;
  }): string {
    const name = p.dataset === '10y' ? '10 年期美国国债期货' : '六种美国国债期货合计';
    const parts = [`折线图：${formatDate(p.from)}至 ${formatDate(p.to)}，${name}每周持仓（CFTC 数据，按合约面值计）。`];
    parts.push(p.showAm ? '红线是杠杆基金（主要是对冲基金）的空头，蓝线是资产管理人的多头。' : '红线是杠杆基金（主要是对冲基金）的空头。');
    if (p.week && p.levShortBn !== null) {
      const amText = p.showAm && p.amLongBn !== null ? `，资产管理人多头${bnApprox(p.amLongBn)}` : '';
      parts.push(`${p.cursor ? '标出的' : '窗口内最后一'}周是 ${formatDate(p.week)}：杠杆基金空头${bnApprox(p.levShortBn)}${amText}。`);
    }
    if (p.peakLevShortBn !== null && p.peakWeek) parts.push(`这段时间里杠杆基金空头最高${bnApprox(p.peakLevShortBn)}（${formatDate(p.peakWeek)}）。`);
    if (p.gapWeeks > 0) parts.push(`其中有 ${p.gapWeeks} 周 CFTC 数据缺失，折线在那里断开。`);
    if (p.highlight !== 'none') parts.push(positions.highlightSentence[p.highlight]);
    // Only name the blue line where it is drawn.
    if (p.highlight === 'buildup' && p.showAm) parts.push('对面的资产管理人多头也同步增加。');
    return parts.join('');
  },
};

/** Labels and units of the figure's parameters (sliders, sandbox, parameter reference). */
export const positionsParams = {
  dataset: { label: '合约范围' },
  from: { label: '起始日期', unit: '日期' },
  to: { label: '结束日期', unit: '日期' },
  highlight: { label: '强调' },
  series: { label: '显示哪些线' },
  cursor: { label: '标出哪一周', unit: '日期' },
};
