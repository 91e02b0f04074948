/** Text of the ledger figure (chapter 7): the toy trade's two legs from entry to operation two. */
import { formatNumber, formatPercent, formatSigned } from './format';

/** A price per 100 as the chapters write it: 100, 100.01, 119.99, 110.005. */
const price = (v: number) => formatNumber(v, 3);
/** A ledger amount in dollars per 100 face, signed with the true minus sign: +20, −19.99, +0.01, −0.007. */
const amount = (v: number) => formatSigned(v, 3);

export interface LedgerText {
  scenario: 'converge' | 'forced-sale';
  day: number;
  days: number;
  closed: boolean;
  buyCash: number;
  sellFutures: number;
  /** Futures − cash at entry, per 100. */
  entrySpread: number;
  cash: number;
  futures: number;
  spread: number;
  cashLeg: number;
  futuresLeg: number;
  net: number;
  showRepo: boolean;
  interest: number;
  netAfter: number;
  nightly: number;
  nightsCovered: number;
  repoRate: number;
  breakevenRate: number;
  level: number;
}

export const ledger = {
  title: '两条腿的账本：期货和现货收敛时，操作二把开仓时的价差落袋；现货被抛压压低时，价差没了，还要倒贴回购利息',
  source: '玩具例子：每 100 美元面值；回购年利率、持有天数与扣减率为示意，利息按实际天数 ÷ 360 计。',
  price,
  amount,
  dayAxis: '持有天数',
  dayTick: (d: number) => `${d}`,
  priceTick: (v: number) => formatNumber(v, 2),
  header(p: { day: number; days: number; closed: boolean; scenario: string; spread: number }): string {
    if (p.day === 0) return `第 0 天 · 开仓：${price(p.spread)} 的价差还只在纸面上`;
    if (!p.closed) return `第 ${p.day} 天 · 持仓中，按当天价格记账`;
    return p.scenario === 'forced-sale' ? `第 ${p.day} 天 · 被迫平仓（操作二）` : `第 ${p.day} 天 · 两个价格收敛，操作二平仓`;
  },
  futuresLabel: (v: number) => `期货 ${price(v)}`,
  cashLabel: (v: number) => `现货 ${price(v)}`,
  pressureNote: (v: number) => `抛压：现货只卖到 ${price(v)}`,
  ledgerTitle: '账本（每 100 美元面值，美元）',
  zoomNote: '下面三行用放大的比例尺',
  rowCash: '现货腿',
  rowFutures: '期货腿',
  rowNet: '两腿合计',
  rowRepo: (nights: number) => `回购利息（${nights} 晚）`,
  rowAfter: '扣除利息后',
  legPath: (from: number, to: number) => `${price(from)} → ${price(to)}`,
  netSub: (closed: boolean, net: number) => (!closed ? '账面' : Math.abs(net) < 5e-4 ? '价差没了（未计利息）' : '已落袋（未计利息）'),
  repoSub: (rate: number) => `年利率 ${formatPercent(rate, 1)}，每晚计息`,
  notCounted: '未计',
  describe(p: LedgerText): string {
    const parts: string[] = [];
    if (p.day === 0) {
      parts.push(
        `开仓当天：以 ${price(p.buyCash)} 买入现货，以 ${price(p.sellFutures)} 卖出期货。两条腿都还没有盈亏，期货比现货贵的 ${price(p.spread)} 只是纸面上的浮盈。`,
      );
    } else if (!p.closed) {
      parts.push(
        `第 ${p.day} 天：现货 ${price(p.cash)}，期货 ${price(p.futures)}，价差只剩 ${price(p.spread)}。按当天价格记账，现货腿 ${amount(p.cashLeg)}，期货腿 ${amount(p.futuresLeg)}，两腿合计 ${amount(p.net)}，仍是账面盈亏。`,
      );
    } else if (p.scenario === 'converge') {
      parts.push(
        `第 ${p.day} 天，期货和现货收敛到同一个价格 ${price(p.level)}。操作二把两条腿同时反过来：现货 ${price(p.buyCash)} 买、${price(p.cash)} 卖，现货腿 ${amount(p.cashLeg)}；期货 ${price(p.sellFutures)} 卖、${price(p.futures)} 买回，期货腿 ${amount(p.futuresLeg)}；两腿合计 ${amount(p.net)}，正是开仓时的价差。`,
      );
    } else {
      parts.push(
        `第 ${p.day} 天被迫平仓：期货按 ${price(p.futures)} 买回，现货却因为抛压只卖到 ${price(p.cash)}。现货腿 ${amount(p.cashLeg)}，期货腿 ${amount(p.futuresLeg)}，未计利息的合计是 ${amount(p.net)}，开仓时的价差没有了。`,
      );
    }
    if (p.showRepo && p.day > 0) {
      parts.push(
        `回购借款每晚付息约 ${formatNumber(p.nightly, 5)}（年利率 ${formatPercent(p.repoRate, 1)}），${p.day} 晚共 ${amount(-p.interest)}，扣除后 ${amount(p.netAfter)}。`,
      );
      if (p.scenario === 'converge') {
        parts.push(
          `${price(p.entrySpread)} 的价差只够付约 ${formatNumber(p.nightsCovered, 1)} 晚的利息；要撑过 ${p.days} 晚，回购利率得低于约 ${formatPercent(p.breakevenRate, 2)}。`,
        );
      }
    } else if (p.day > 0) {
      parts.push('这里还没有扣除回购利息。');
    }
    return parts.join('');
  },
  tableColumns: ['天', '现货', '期货', '价差（期货 − 现货）', '现货腿', '期货腿', '两腿合计', '累计回购利息', '扣除利息后'],
};

/** Labels and units of the figure's parameters (sliders, sandbox, parameter reference). */
export const ledgerParams = {
  scenario: { label: '平仓方式', doc: "'converge'：交割前收敛、按同一价格平仓；'forced-sale'：抛压下被迫平仓，现货比期货低一点" },
  day: { label: '持有天数', unit: '天', doc: '从开仓算起的天数；最后一天是操作二（平仓）' },
  level: { label: '平仓时的价格', unit: '每 100 面值', doc: '两条腿最后走到的共同价格' },
  showRepo: { label: '扣除回购利息', doc: '账本里加上逐晚累计的回购利息和扣息后的净额' },
  highlight: { label: '突出显示', doc: '突出账本的某一行' },
};
