/**
 * Every Chinese word the site's code shows (layouts, widgets, figure text
 * alternatives) lives in this one file; chapters carry their own prose in
 * MDX, terms live in the glossary collection. Figure entries are functions
 * of numbers the engine computed, so no number is typed twice.
 */
import { formatNumber, formatSigned, formatUsd } from './format';

export const site = {
  title: '基差交易',
  subtitle: '美国国债期现套利的图解',
  description: '用可以滚动、会动的图，一步步讲清美国国债基差交易：价差从何而来、三步怎么做、风险在哪，以及 2020 年 3 月的连锁平仓。',
  hook: '2020 年 3 月，全世界最安全、流动性最好的美国国债市场突然失灵：价格乱跳，卖盘找不到买家，直到美联储亲自下场买入。风暴中心有一笔看起来几乎稳赚的交易——对冲基金同时买入国债现货、卖出国债期货，赚两者之间微小的差价，再用借来的钱把它放大几十倍。这个网站用会动的图，陪你一步步拆开它。',
  chaptersHeading: '章节',
  minutes: (n: number) => `约 ${n} 分钟`,
  chapterLabel: (n: number) => `第 ${n} 章`,
  footer: '数据来源：美国商品期货交易委员会（CFTC）、纽约联储、美联储理事会（经 FRED）。本站不构成投资建议。',
  sourcesLink: '数据与来源',
};

export const ui = {
  skipLink: '跳到正文',
  home: '首页',
  motionToggle: '动画',
  motionOn: '动画：开',
  motionOff: '动画：关',
  themeToggle: '切换深浅色',
  objectivesHeading: '学完本章，你能够',
  prev: '上一章',
  next: '下一章',
  stepLink: '本步骤的链接',
  figureLabel: '图',
  tocHeading: '目录',
  glossaryClose: '关闭',
  correctionLabel: '更准确地说',
  noteLabel: '注',
  recapHeading: '本章要点',
  sourcesHeading: '本章资料来源',
  dataTable: '查看数据表',
};

/** Text of the futures margin account figure (chapter 2, the 奶茶 example). */
export const marginAccount = {
  title: '期货保证金账户：价格每天结算，余额跌破维持线就会收到追加保证金通知',
  priceAxis: '奶茶期货价格（美元）',
  balanceAxis: '保证金账户余额（美元）',
  dayLabel: (day: number) => `第 ${day} 天`,
  openDay: '开仓',
  swingBand: (swing: number) => `常见波动 ±${formatNumber(swing)}`,
  initialLine: (im: number) => `初始保证金 ${formatNumber(im)}`,
  maintenanceLine: (mm: number) => `维持保证金 ${formatNumber(mm)}`,
  callLabel: (call: number) => `追加 ${formatNumber(call)}`,
  paidLabel: (paid: number) => `补入 ${formatNumber(paid)}`,
  closedLabel: '已平仓',
  exposure: (notional: number, margin: number, leverage: number) =>
    `风险敞口 ${formatNumber(notional)} 美元，保证金 ${formatNumber(margin)} 美元：约 ${formatNumber(leverage, 1)} 倍杠杆`,
  header: (price: number, balance: number) => `价格 ${formatNumber(price)} · 余额 ${formatNumber(balance)}`,
  describe(p: {
    day: number;
    price: number;
    balance: number;
    change: number;
    initial: number;
    maintenance: number;
    call: number;
    answer: 'pending' | 'top-up' | 'close';
    paidIn: number;
    closed: boolean;
    withdrawable: number;
    leverage: number;
  }): string {
    const when = p.day === 0 ? '开仓当天' : `第 ${p.day} 天`;
    const parts = [
      `${when}，奶茶期货结算价 ${formatNumber(p.price)} 美元（较开仓价 ${formatSigned(p.change)}）。`,
    ];
    if (p.closed) {
      parts.push(`你已在收到追加保证金通知后平仓，账户里剩下的 ${formatUsd(p.balance)} 退还给你，此后价格再涨跌都与你无关。`);
      return parts.join('');
    }
    parts.push(`保证金账户余额 ${formatUsd(p.balance)}，初始保证金 ${formatUsd(p.initial)}，维持保证金 ${formatUsd(p.maintenance)}。`);
    if (p.day === 0) parts.push(`只用 ${formatUsd(p.initial)} 就握住了价值 ${formatUsd(p.price)} 的奶茶，杠杆约 ${formatNumber(p.leverage, 1)} 倍。`);
    if (p.call > 0 && p.answer === 'pending') parts.push(`余额已低于维持保证金，你收到追加保证金通知：需补入 ${formatUsd(p.call)}，把余额补回初始保证金。`);
    if (p.answer === 'top-up' && p.paidIn > 0) parts.push(`你选择补仓，累计补入 ${formatUsd(p.paidIn)}，仓位保住了。`);
    if (p.withdrawable > 0) parts.push(`高出初始保证金的 ${formatUsd(p.withdrawable)} 可以取出。`);
    return parts.join('');
  },
};
