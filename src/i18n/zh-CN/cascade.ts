import { formatGrouped, formatUsdLarge } from './format';

/** Whole numbers with thousands separators. */
const whole = (v: number) => formatGrouped(v, 0);

/** Dollars → "约 X 亿美元" (sentences) or "0" when nothing was sold. */
const usd = (v: number) => (Math.abs(v) < 5e6 ? '0' : formatUsdLarge(v));
/** Points per 100 face, two decimals, with a true minus sign: −0.72, −0.50. */
const pts = (v: number) => (Math.abs(v) < 0.005 ? '0.00' : `${v < 0 ? '−' : '+'}${Math.abs(v).toFixed(2)}`);
/** A price per 100 face: 104.25. */
const price = (v: number) => v.toFixed(2);

export interface CascadeText {
  day: number;
  lastDay: number;
  fundCount: number;
  fed: boolean;
  fedStartDay: number;
  fedCapacity: number;
  shockBp: number;
  marginRisePct: number;
  highlight: string;
  cashPrice: number;
  futuresPrice: number;
  grossBasis: number;
  startBasis: number;
  forcedToday: number;
  externalToday: number;
  cbToday: number;
  forcedToDate: number;
  externalToDate: number;
  cbToDate: number;
  healthy: number;
  called: number;
  forced: number;
  out: number;
  positionShare: number;
  forcedTotal: number;
  finalBasis: number;
  worstBasis: number;
  worstDay: number;
  /** The same run without the central bank (when it is on), else null. */
  noFed: { forcedTotal: number; finalBasis: number; worstBasis: number; basisAtDay: number; forcedToDate: number } | null;
}

/** Text of the cascade figure: the live unwind cascade of chapter 8. */
export const cascade = {
  title: '连锁平仓：被迫卖出的基金越多，现券越便宜、基差越低；央行入场买入后，螺旋停了下来',
  source: '示意模型（本站引擎的连锁平仓模拟）：基金、保证金和价格冲击都是示意；默认冲击取 2020 年 2 月 28 日至 3 月 9 日 10 年期收益率的跌幅，外国官方卖出总额与央行每日买入上限取自 2020 年 3 月的公开数据。',
  status: { healthy: '正常', called: '追加保证金', forced: '被迫卖出', out: '出局' },
  dayLabel: (d: number) => `第 ${d} 天`,
  dayTick: (d: number) => String(d),
  daysAxis: '天',
  fundsTitle: (n: number) => `${whole(n)} 只基差基金（每格一只，大小 = 剩余仓位）`,
  priceTitle: '价格（每 100 美元面值）',
  basisTitle: '基差 = 现券 − 期货（点）',
  flowTitle: '每天卖出与买入（亿美元）',
  cash: '现券',
  futures: '期货',
  basis: '基差',
  noFed: '没有央行时',
  forcedBar: '被迫卖出',
  externalBar: '外国官方',
  cbBar: '央行买入',
  fedStart: '央行入场',
  priceTick: (v: number) => whole(v),
  priceTick2: price,
  basisValue: (v: number) => pts(v),
  withFed: '有央行',
  basisTick: (v: number) => (v === 0 ? '0' : `${v < 0 ? '−' : '+'}${Math.abs(v).toFixed(1)}`),
  flowTick: (bn: number) => whole(bn * 10),
  readout: (p: { day: number; forced: number; forcedToday: number }) =>
    `第 ${p.day} 天 · ${p.forced > 0 ? `${p.forced} 只被迫卖出，当天卖出 ${usd(p.forcedToday)}` : '没有基金被迫卖出'}`,
  readoutBasis: (basis: number, noFed: number | null) =>
    `基差 ${pts(basis)} 点${noFed === null ? '' : `（没有央行时 ${pts(noFed)}）`}`,
  fedControl: '央行买入',
  fedValue: (v: number) => (v >= 0.5 ? '开' : '关'),
  shockControl: '收益率下跌幅度',
  shockValue: (bp: number) => `${whole(bp)} 个基点`,
  describe(p: CascadeText): string {
    const parts: string[] = [];
    parts.push(
      `示意模型：${whole(p.fundCount)} 只做基差交易的对冲基金，前后 ${p.lastDay + 1} 天。收益率在第 2 至第 6 天共下跌 ${whole(p.shockBp)} 个基点，交易所随波动把期货保证金率上调约 ${whole(p.marginRisePct)}%，回购利差上升，第 5 天起外国官方机构抛售现券。`,
    );
    parts.push(
      p.fed
        ? `央行从第 ${p.fedStartDay} 天起每天最多买入 ${formatUsdLarge(p.fedCapacity)}现券，并通过回购操作压住回购利差。`
        : '这一次央行不出手。',
    );
    parts.push(
      `现在是第 ${p.day} 天：现券 ${price(p.cashPrice)}，期货 ${price(p.futuresPrice)}，基差（现券减期货，转换因子取 1）${pts(p.grossBasis)} 点，开始时为 ${pts(p.startBasis)} 点。`,
    );
    const states: string[] = [];
    if (p.healthy > 0) states.push(`${p.healthy} 只正常`);
    if (p.called > 0) states.push(`${p.called} 只收到追加保证金通知、用自有现金补足`);
    if (p.forced > 0) states.push(`${p.forced} 只被迫卖出`);
    if (p.out > 0) states.push(`${p.out} 只出局`);
    parts.push(`当天的基金：${states.join('，')}。`);
    const today: string[] = [];
    if (p.forcedToday > 5e6) today.push(`基金被迫卖出 ${usd(p.forcedToday)}`);
    if (p.externalToday > 5e6) today.push(`外国官方卖出 ${usd(p.externalToday)}`);
    if (p.cbToday > 5e6) today.push(`央行买入 ${usd(p.cbToday)}`);
    if (today.length) parts.push(`当天现券市场上：${today.join('，')}。`);
    parts.push(
      `到这一天为止，基金累计被迫卖出 ${usd(p.forcedToDate)}，剩余仓位为开始时的 ${whole(p.positionShare * 100)}%${p.cbToDate > 5e6 ? `；央行累计买入 ${usd(p.cbToDate)}` : ''}。`,
    );
    if (p.noFed && p.day >= p.fedStartDay) {
      parts.push(
        `对照：同样的冲击下如果央行不出手，到这一天基金累计被迫卖出 ${usd(p.noFed.forcedToDate)}，基差 ${pts(p.noFed.basisAtDay)} 点；整段时间被迫卖出合计 ${usd(p.noFed.forcedTotal)}（有央行时 ${usd(p.forcedTotal)}），最后一天基差 ${pts(p.noFed.finalBasis)} 点（有央行时 ${pts(p.finalBasis)} 点）。`,
      );
    }
    return parts.join('');
  },
};

/** Labels and units of the figure's parameters (sliders, sandbox, parameter reference). */
export const cascadeParams = {
  day: { label: '画到第几天', unit: '天' },
  shockBp: { label: '收益率下跌幅度', unit: '基点' },
  fed: { label: '央行买入（0 = 关，1 = 开）', unit: '' },
  fedStartDay: { label: '央行从第几天开始买入', unit: '天' },
  fedCapacity: { label: '央行每天最多买入', unit: '亿美元' },
  funds: { label: '基金数量', unit: '只' },
  highlight: { label: '强调' },
};
