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
  glossaryHeading: '本章术语',
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
      parts.push(`你已在收到追加保证金通知后平仓，账户里剩下的 ${formatUsd(p.balance)}退还给你，此后价格再涨跌都与你无关。`);
      return parts.join('');
    }
    parts.push(`保证金账户余额 ${formatUsd(p.balance)}，初始保证金 ${formatUsd(p.initial)}，维持保证金 ${formatUsd(p.maintenance)}。`);
    if (p.day === 0) parts.push(`只用 ${formatUsd(p.initial)}就握住了价值 ${formatUsd(p.price)}的奶茶，杠杆约 ${formatNumber(p.leverage, 1)} 倍。`);
    if (p.call > 0 && p.answer === 'pending') parts.push(`余额已低于维持保证金，你收到追加保证金通知：需补入 ${formatUsd(p.call)}，把余额补回初始保证金。`);
    if (p.answer === 'top-up' && p.paidIn > 0) parts.push(`你选择补仓，累计补入 ${formatUsd(p.paidIn)}，仓位保住了。`);
    if (p.withdrawable > 0) parts.push(`高出初始保证金的 ${formatUsd(p.withdrawable)}可以取出。`);
    return parts.join('');
  },
};

// ---------------------------------------------------------------------------
// basis-flows figure (chapter 3, issue 5): the three legs and the balance sheet
// ---------------------------------------------------------------------------
import { formatNumber as bfNumber } from './format';

/** "2%", "0.5%": a haircut as a short percentage. */
const bfPercent = (rate: number) => `${Number((rate * 100).toFixed(2))}%`;
/** A leverage multiple; anything above 100 reads as "超过 100 倍". */
const bfTimes = (lev: number) =>
  lev > 100 ? '超过 100 倍' : Math.abs(lev - Math.round(lev)) < 0.005 ? `${Math.round(lev)} 倍` : `约 ${bfNumber(lev, 1)} 倍`;

/** Text of the basis-flows figure (chapter 3, the 100 / 100.01 toy trade). */
export const basisFlows = {
  title: '基差交易的三条腿：现金和债券在对冲基金与三个对手之间怎么流动，基金自己要出多少钱',
  fund: '对冲基金',
  exchange: '期货交易所',
  exchangeSub: '（清算所）',
  cashMarket: '现货市场',
  cashMarketSub: '（交易商）',
  repoLender: '回购出借方',
  repoLenderSub: '（如货币基金）',
  ownFunds: '自有资金',
  money: (v: number) => bfNumber(v),
  percent: bfPercent,
  times: bfTimes,
  sellFutures: (price: number) => `卖出期货 @${bfNumber(price)}`,
  postMargin: (im: number) => `交初始保证金 ${bfNumber(im)}`,
  payCash: (v: number) => `付现金 ${bfNumber(v)}`,
  payCashNet: (v: number, loan: number) => `付 ${bfNumber(v)}（${bfNumber(loan)} 是借的）`,
  getBond: (face: number) => `收到债券（面值 ${bfNumber(face)}）`,
  giveCollateral: '交出债券作抵押',
  borrowCash: (loan: number) => `借入现金 ${bfNumber(loan)}`,
  noteFutures: (im: number) => `期货只是约定：今天只押 ${bfNumber(im)} 保证金`,
  noteNoRepo: (equity: number) => `不借钱的话，基金要自掏 ${bfNumber(equity)}`,
  noteRepo: (repurchase: number, rate: number) => `明天还 ${bfNumber(repurchase, 5)} 取回债券 · 年利率 ${bfPercent(rate)}`,
  noteCost: (equity: number, night: number) => `自掏 ${bfNumber(equity)}，另付每晚利息 ${bfNumber(night, 5)}`,
  sheetTitle: '对冲基金的资产负债表（美元，同一比例）',
  assetsBond: (v: number) => `资产：债券 ${bfNumber(v)}`,
  assetsOnly: (v: number) => `资产：保证金存款 ${bfNumber(v)}`,
  marginAsset: (m: number) => `保证金 ${bfNumber(m)}`,
  liabilityLoan: (loan: number) => `负债：回购借款 ${bfNumber(loan)}`,
  equityAll: (equity: number, bondEquity: number, margin: number, hasBond: boolean) =>
    hasBond ? `全是自有资金 ${bfNumber(equity)}（买债 ${bfNumber(bondEquity)} + 保证金 ${bfNumber(margin)}）` : `全是自有资金 ${bfNumber(equity)}`,
  equityParts: (equity: number, haircut: number, margin: number) =>
    `自有资金 ${bfNumber(equity)}（扣减 ${bfNumber(haircut)} + 保证金 ${bfNumber(margin)}）`,
  leverageTotal: (assets: number, equity: number, lev: number) =>
    `杠杆：资产 ${bfNumber(assets)} ÷ 自有资金 ${bfNumber(equity)}，${bfTimes(lev)}`,
  leverageRepo: (haircut: number, lev: number | null) =>
    lev === null || haircut === 0
      ? '只看回购：扣减率为 0，买债不占自有资金，没有上限'
      : `只看回购：1 ÷ 扣减率 ${bfPercent(haircut)}，${bfTimes(lev)}`,
  haircutControl: '回购扣减率',
  describe(p: {
    legs: number;
    net: boolean;
    showBalanceSheet: boolean;
    futuresPrice: number;
    cashPrice: number;
    face: number;
    initialMargin: number;
    haircut: number;
    repoLoan: number;
    repoRate: number;
    repoInterestNight: number;
    repurchase: number;
    bondEquity: number;
    equity: number;
    assets: number;
    leverage: number;
    repoLeverage: number | null;
    paperGain: number;
  }): string {
    const n = bfNumber;
    const parts: string[] = [];
    if (p.legs === 0) {
      parts.push('图中是对冲基金和它的三个交易对手：期货交易所、现货市场和回购出借方，三条腿都还没有做。');
      return parts.join('');
    }
    parts.push(`第一条腿：对冲基金在期货交易所以 ${n(p.futuresPrice)} 卖出期货（做空），当下只交 ${n(p.initialMargin)} 的初始保证金。`);
    if (p.legs >= 2) {
      parts.push(`第二条腿：在现货市场付 ${n(p.cashPrice)} 买入面值 ${n(p.face)} 的国债（做多），期货比现货贵 ${n(p.paperGain)}，这是纸面上的价差。`);
    }
    if (p.legs === 2) {
      parts.push(`不借钱，基金得拿出自有资金 ${n(p.equity)}（买债 ${n(p.bondEquity)} 加保证金 ${n(p.initialMargin)}），杠杆 ${n(p.leverage, 1)} 倍。`);
    }
    if (p.legs >= 3) {
      parts.push(
        `第三条腿：把国债押给回购出借方，借入 ${n(p.repoLoan)}（扣减率 ${bfPercent(p.haircut)}），明天付 ${n(p.repurchase, 5)} 把债券买回，` +
          `多出的 ${n(p.repoInterestNight, 5)} 就是年利率 ${bfPercent(p.repoRate)} 下一晚的利息。`,
      );
      if (p.net) parts.push(`合起来看：借来的 ${n(p.repoLoan)} 直接付给了卖方，债券直接押给了出借方，基金自己只出 ${n(p.equity)}，另付每晚利息。`);
    }
    if (p.showBalanceSheet && p.legs >= 3) {
      parts.push(
        `资产负债表：资产 ${n(p.assets)}，负债是回购借款 ${n(p.repoLoan)}，自有资金 ${n(p.equity)}（扣减 ${n(p.bondEquity)} 加保证金 ${n(p.initialMargin)}），` +
          `杠杆（资产 ÷ 自有资金）${bfTimes(p.leverage)}。`,
      );
      parts.push(
        p.repoLeverage === null
          ? '扣减率为 0 时，回购借满债券全价，只剩期货保证金占用自有资金。'
          : `只看回购这一腿，1 ÷ ${bfPercent(p.haircut)}，${bfTimes(p.repoLeverage)}。`,
      );
    } else if (p.showBalanceSheet) {
      parts.push(`资产负债表：资产 ${n(p.assets)}，全部是自有资金，没有负债。`);
    }
    return parts.join('');
  },
};
// end of basis-flows block (issue 5)

/* ── futures-premium (chapter 2: why futures trade above cash) ── */

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

// ---------------------------------------------------------------------------
// Data figures (issue 4): shared axis words, then one block per figure.
// Amounts arrive in billions of US dollars (the datasets' unit) and are shown
// in 亿美元 / 万亿美元; rates arrive in percent.
// ---------------------------------------------------------------------------
import { formatDate as fmtDate, formatNumber as fmtNumber, formatUsdLarge as fmtUsdLarge } from './format';

/** $bn → exact 亿美元 (data read-outs and tables: 124.6 → "1,246 亿美元"). */
const yiExact = (bn: number) => `${fmtNumber(bn * 10, 0)} 亿美元`;
/** $bn → rounded for sentences (three significant digits): "约 1,250 亿美元". */
const bnApprox = (bn: number) => `约 ${fmtUsdLarge(bn * 1e9)}`;
const pct = (v: number) => `${v.toFixed(2)}%`;

export const dataFigures = {
  tickYear: (y: number) => String(y),
  tickYearMonth: (y: number, m: number) => `${y}.${m}`,
  tickMonth: (m: number) => `${m} 月`,
  tickMonthDay: (m: number, d: number) => `${m}/${d}`,
  /** Axis ticks for amounts in $bn (0; 5,000 亿; 1 万亿; 1.5 万亿). */
  tickBn: (bn: number) => (bn === 0 ? '0' : bn >= 1000 ? `${fmtNumber(bn / 1000, 2)} 万亿` : `${fmtNumber(bn * 10, 0)} 亿`),
  tickPct: (v: number) => `${fmtNumber(v, 2)}%`,
  date: (iso: string) => fmtDate(iso),
  missing: '—',
  yiExact,
  bnApprox,
  pct,
};

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
    buildup: '阴影标出 2018 年初到 2020 年 2 月：杠杆基金的空头大幅累积，2019 年升到高位后一直停在高处，对面的资产管理人多头也同步增加。',
    unwind: '阴影标出 2020 年 3 月 3 日到 4 月 28 日：市场动荡中，杠杆基金大举平掉期货空头，基差交易被迫拆仓。',
    record: '阴影标出 2023 年以来：杠杆基金的空头重新累积，规模超过了 2020 年之前的高点。',
  } as Record<'none' | 'buildup' | 'unwind' | 'record', string>,
  source: (last: string) =>
    `来源：美国商品期货交易委员会（CFTC）《交易者持仓报告》金融期货细分表（TFF，仅期货）。10 年期合约代码 043602；“六种合计”为 2 年、5 年、10 年、超长 10 年、长期和超长期国债期货。面值 = 合约张数 × 每张面值（2 年期 20 万美元，其余 10 万美元），未做久期调整。取自 CFTC 年度文件的公开存档副本并与其他副本逐周核对，最新一周为 ${fmtDate(last)}。`,
  tableCaption: (name: string, from: string, to: string) => `${name}，每周持仓（亿美元），${fmtDate(from)}至 ${fmtDate(to)}`,
  tableColumns: ['报告日', '杠杆基金空头（亿美元）', '资产管理人多头（亿美元）'],
  readout: (p: { week: string; levShortBn: number | null; amLongBn: number | null; showAm: boolean }) =>
    p.levShortBn === null
      ? `${fmtDate(p.week)}：该周无数据`
      : `${fmtDate(p.week)}：杠杆基金空头 ${yiExact(p.levShortBn)}` +
        (p.showAm && p.amLongBn !== null ? `；资产管理人多头 ${yiExact(p.amLongBn)}` : ''),
  // Chart labels follow WRITING.md (three significant digits); the read-out and table keep the exact figure.
  cursorValue: (bn: number) => fmtUsdLarge(bn * 1e9).replace('美元', ''),
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
    const parts = [`折线图：${fmtDate(p.from)}至 ${fmtDate(p.to)}，${name}每周持仓（CFTC 数据，按合约面值计）。`];
    parts.push(p.showAm ? '红线是杠杆基金（主要是对冲基金）的空头，蓝线是资产管理人的多头。' : '红线是杠杆基金（主要是对冲基金）的空头。');
    if (p.week && p.levShortBn !== null) {
      const amText = p.showAm && p.amLongBn !== null ? `，资产管理人多头${bnApprox(p.amLongBn)}` : '';
      parts.push(`${p.cursor ? '标出的' : '窗口内最后一'}周是 ${fmtDate(p.week)}：杠杆基金空头${bnApprox(p.levShortBn)}${amText}。`);
    }
    if (p.peakLevShortBn !== null && p.peakWeek) parts.push(`这段时间里杠杆基金空头最高${bnApprox(p.peakLevShortBn)}（${fmtDate(p.peakWeek)}）。`);
    if (p.gapWeeks > 0) parts.push(`其中有 ${p.gapWeeks} 周 CFTC 数据缺失，折线在那里断开。`);
    if (p.highlight !== 'none') parts.push(positions.highlightSentence[p.highlight]);
    return parts.join('');
  },
};

/** Text of the `repo-rates` data figure (SOFR and EFFR against the FOMC target range). */
export const repoRates = {
  title: '回购利率与联邦基金利率：2019 年 9 月和 2020 年 3 月的两次紧张',
  axis: '年利率',
  sofr: '回购利率 SOFR',
  effr: '联邦基金利率 EFFR',
  range: '美联储目标区间',
  windowName: { sep2019: '2019 年 8—10 月', mar2020: '2020 年 2—4 月' } as Record<'sep2019' | 'mar2020', string>,
  spikeLabel: (date: string, sofr: number) => `${fmtDate(date).replace(/^\d+ 年 /, '')} SOFR ${pct(sofr)}`,
  cutLabel: (date: string, cutBp: number) => `${fmtDate(date).replace(/^\d+ 年 /, '')}降 ${fmtNumber(cutBp, 0)} 个基点`,
  spreadLabel: (bp: number) => `最多高出上限 ${fmtNumber(bp, 0)} 个基点`,
  source:
    '来源：纽约联储（SOFR、EFFR，经圣路易斯联储 FRED 数据库，序列 SOFR、EFFR）；目标区间取自美联储公开市场委员会（FOMC）历次声明。日度数据，节假日空缺。',
  tableCaption: (name: string) => `${name}每日利率（%）与 SOFR 高出目标区间上限的幅度（基点）`,
  tableColumns: ['日期', 'SOFR (%)', 'EFFR (%)', '目标区间（%）', 'SOFR − 上限（基点）'],
  rangeCell: (lower: number, upper: number) => `${fmtNumber(lower, 2)}–${fmtNumber(upper, 2)}`,
  readout: (p: { date: string; sofr: number | null; effr: number | null; lower: number; upper: number }) =>
    `${fmtDate(p.date)}：SOFR ${p.sofr === null ? '无数据' : pct(p.sofr)}，EFFR ${p.effr === null ? '无数据' : pct(p.effr)}，目标区间 ${pct(p.lower)}–${pct(p.upper)}`,
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
    const parts = [`折线图：${fmtDate(p.from)}至 ${fmtDate(p.to)}每个工作日的回购利率 SOFR（橙线）和联邦基金利率 EFFR（深色线），灰色带是美联储的目标区间。`];
    parts.push(`这段时间 SOFR 最高 ${pct(p.maxSofr)}（${fmtDate(p.maxSofrDate)}），当天目标区间是 ${pct(p.rangeOnMax[0])}–${pct(p.rangeOnMax[1])}${p.effrOnMax === null ? '' : `，EFFR 为 ${pct(p.effrOnMax)}`}。`);
    if (p.highlight === 'spike') parts.push('图中标出了这一天：隔夜回购利率在一天之内跳到区间上限的两倍多。');
    if (p.highlight === 'cuts' || (p.window === 'mar2020' && p.cuts.length > 0)) {
      parts.push(p.cuts.map((c) => `${fmtDate(c.date)}美联储降息 ${fmtNumber(c.cutBp, 0)} 个基点，目标区间降到 ${pct(c.lower)}–${pct(c.upper)}`).join('；') + '。');
    }
    if (p.highlight === 'spread' && p.maxAboveTopBp !== null && p.maxAboveTopDate) {
      parts.push(`阴影是 SOFR 高出区间上限的部分：共有 ${p.daysAboveTop} 个工作日高出，最多高出 ${fmtNumber(p.maxAboveTopBp, 0)} 个基点（${fmtDate(p.maxAboveTopDate)}）。`);
    }
    return parts.join('');
  },
};

/** Text of the `yields-2020` data figure (10-year and 2-year yields, February–April 2020). */
export const yields2020 = {
  title: '2020 年春天的美国国债收益率：先跌到纪录低点，再在抛售中急升',
  axis: '收益率',
  tenYear: '10 年期',
  twoYear: '2 年期',
  lowLabel: (date: string, v: number) => `${fmtDate(date).replace(/^\d+ 年 /, '')} 低点 ${pct(v)}`,
  snapLabel: (date: string, v: number) => `${fmtDate(date).replace(/^\d+ 年 /, '')} 回到 ${pct(v)}`,
  snapBand: (days: number, riseBp: number) => `${days} 天上升 ${fmtNumber(riseBp, 0)} 个基点`,
  source: '来源：美联储理事会 H.15 统计发布，10 年期与 2 年期国债固定期限收益率（经圣路易斯联储 FRED 数据库，序列 DGS10、DGS2），每日收盘值，休市日空缺。',
  tableCaption: '2020 年 2—4 月每日收益率（%）',
  tableColumns: ['日期', '10 年期（%）', '2 年期（%）'],
  readout: (p: { date: string; dgs10: number | null; dgs2: number | null }) =>
    p.dgs10 === null ? `${fmtDate(p.date)}：休市` : `${fmtDate(p.date)}：10 年期 ${pct(p.dgs10)}${p.dgs2 === null ? '' : `，2 年期 ${pct(p.dgs2)}`}`,
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
    const parts = [`折线图：${fmtDate(p.from)}起每个交易日的 10 年期美国国债收益率（深色线）和 2 年期收益率（浅色线），画到 ${fmtDate(p.to)}。`];
    if (p.date && p.dgs10 !== null) parts.push(`最后一个交易日 ${fmtDate(p.date)}，10 年期 ${pct(p.dgs10)}${p.dgs2 === null ? '' : `，2 年期 ${pct(p.dgs2)}`}。`);
    if (p.low) parts.push(`到目前为止，10 年期的最低收盘是 ${pct(p.low.value)}（${fmtDate(p.low.date)}）${p.highlight === 'low' ? '，图中已标出' : ''}。`);
    if (p.highlight === 'snapback' && p.snap) {
      parts.push(`随后 ${p.snap.days} 天里，10 年期收益率升到 ${pct(p.snap.value)}（${fmtDate(p.snap.date)}），上升 ${fmtNumber(p.snap.riseBp, 0)} 个基点：这是债券价格大跌，人们在抛售“最安全”的资产。`);
    }
    return parts.join('');
  },
};

/** Text of the `fed-holdings` data figure (TREAST, weekly 2019–2021). */
export const fedHoldings = {
  title: '美联储持有的美国国债：2020 年 3 月起的急速增加',
  axis: '持有量（美元，面值）',
  line: '美联储持有的美国国债',
  purchasesBand: '2020 年 3—4 月大规模购债',
  changeLabel: (weeks: number, changeBn: number) => `${weeks} 周增加${bnApprox(changeBn)}`,
  paceLabel: (paceBn: number) => `高峰时每天买入 ${fmtUsdLarge(paceBn * 1e9)}`,
  source: '来源：美联储理事会 H.4.1 统计发布“直接持有的美国国债（周三水平）”（经圣路易斯联储 FRED 数据库，序列 TREAST），按面值计；每日购债高峰速度见“数据与来源”页所列报道。',
  tableCaption: '美联储每周三持有的美国国债（亿美元）',
  tableColumns: ['日期（周三）', '持有量（亿美元）'],
  readout: (p: { date: string; bn: number | null }) => (p.bn === null ? `${fmtDate(p.date)}：无数据` : `${fmtDate(p.date)}：${yiExact(p.bn)}`),
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
    const parts = [`面积图：${fmtDate(p.from)}起美联储每周三持有的美国国债，画到 ${fmtDate(p.to)}。`];
    if (p.firstBn !== null) parts.push(`起点${bnApprox(p.firstBn)}。`);
    if (p.date && p.bn !== null) parts.push(`${fmtDate(p.date)}为${bnApprox(p.bn)}。`);
    if (p.highlight === 'purchases' && p.purchases) {
      parts.push(
        `阴影标出 2020 年 3—4 月：从 ${fmtDate(p.purchases.from)}的${bnApprox(p.purchases.fromBn)}到 ${fmtDate(p.purchases.to)}的${bnApprox(p.purchases.toBn)}，${p.purchases.weeks} 周增加${bnApprox(p.purchases.toBn - p.purchases.fromBn)}；高峰时每天买入 ${fmtUsdLarge(p.paceBn * 1e9)}。`,
      );
    }
    return parts.join('');
  },
};

/** The /data/ page shell (its prose is in src/pages/data/_content.mdx). */
export const dataPage = {
  title: '数据图',
  description: '基差交易相关的四组真实数据：国债期货持仓、回购利率、国债收益率和美联储的国债持有量，每张图都可以逐步浏览、悬停读数、展开数据表。',
  intro: '这一页收集了本站用到的四组真实数据。每张图都会随着文字滚动变化；在图上悬停或点按可以读出具体数值，图下可以展开完整的数据表。',
  sourcesLink: '每组数据的出处、单位和处理方法，见“数据与来源”页',
  homeLink: '数据图：持仓、回购利率、收益率与美联储购债',
};

/** The /sources/ page. */
export const sourcesPage = {
  title: '数据与来源',
  description: '本站使用的数据集与引用事实：发布机构、序列代码、单位、时间范围和处理方法。',
  intro: '本站图表里的每个数字都来自下面这些公开数据，正文引用的事实也都列出了原始出处。数据文件由脚本从原始文件派生，不做插补；缺失的日期在图上留空。',
  datasetsHeading: '数据集',
  factsHeading: '正文引用的事实',
  dataPageLink: '在“数据图”页浏览这些数据',
  labels: {
    publisher: '发布机构',
    series: '序列代码',
    units: '单位',
    range: '时间范围',
    derivation: '处理方法',
    link: '原始数据',
    files: '原始文件',
  },
  rangeText: (from: string, to: string) => `${fmtDate(from)}至 ${fmtDate(to)}`,
  /** "2020-03" → 2020 年 3 月; "2020" → 2020 年; full dates as usual. */
  factDate: (date: string, end?: string) => {
    const one = (d: string) => {
      const [y, m, day] = d.split('-').map(Number);
      return day ? fmtDate(d) : m ? `${y} 年 ${m} 月` : `${y} 年`;
    };
    return end ? `${one(date)}至 ${one(end)}` : one(date);
  },
  datasetName: {
    'positions-10y': '10 年期美国国债期货持仓（CFTC TFF）',
    'positions-all': '六种美国国债期货合计持仓（CFTC TFF）',
    'rates-stress': '回购利率 SOFR、联邦基金利率 EFFR 与目标区间',
    'yields-2020': '10 年期与 2 年期美国国债收益率（H.15）',
    'fed-holdings': '美联储持有的美国国债（H.4.1）',
  } as Record<string, string>,
  usedBy: '用于',
  figureName: {
    positions: '持仓图',
    'repo-rates': '回购利率图',
    'yields-2020': '收益率图',
    'fed-holdings': '美联储持有量图',
  } as Record<string, string>,
  gapsText: (n: number) => `缺失 ${n} 段（整周空白，不插补）`,
  sourceLink: '出处',
  derivedNote: '（由本站数据计算）',
  factLine: (date: string, value: string) => `${date}：${value}`,
  unit: {
    percent: (v: number) => `${v}%`,
    bp: (v: number) => `${v} 个基点`,
    usd_bn: (v: number) => fmtUsdLarge(v * 1e9),
    usd_bn_per_day: (v: number) => `每天 ${fmtUsdLarge(v * 1e9)}`,
    contracts: (v: number) => `${fmtNumber(v, 0)} 张合约`,
    share_percent: (v: number) => `${v}%`,
  },
};

/** Short Chinese labels of the dated facts in src/data/facts.ts, by statementKey (the value is formatted from the fact). */
export const factStatements: Record<string, string> = {
  'repo2019.sofrBefore': '回购利率 SOFR，飙升前一天',
  'repo2019.sofrSpike': 'SOFR 飙升当天',
  'repo2019.sofr99thPercentile': '当天成交最贵的 1% 回购交易的利率（第 99 百分位）',
  'repo2019.effrAboveRange': '联邦基金利率 EFFR 升出目标区间',
  'repo2019.targetRangeTop': '当时美联储目标区间的上限',
  'repo2019.nyFedRepoOperation': '纽约联储 2008 年以来首次回购操作，隔夜最多放出',
  'repo2019.gcfIndexHigh': 'DTCC 一般抵押回购指数（全年最高）',
  'march2020.hfLongExposure': '大型对冲基金持有的美国国债多头敞口',
  'march2020.hfShortExposure': '大型对冲基金的美国国债空头敞口',
  'march2020.hfGrossExposureFall': '2020 年 3 月对冲基金美国国债总敞口的减少',
  'march2020.hfNetSales': '对冲基金净卖出的美国国债（剔除估值变化）',
  'march2020.hfShortDerivativesCut': '对冲基金削减的衍生品空头',
  'march2020.basisTradeEstimate': '摩根大通分析师对杠杆基金基差交易规模的估计（“可能高达”）',
  'march2020.levShortMidFeb': '杠杆基金的美国国债期货空头（2 月中旬，OFR 统计）',
  'march2020.levShortMar17': '杠杆基金的美国国债期货空头（OFR 统计）',
  'march2020.levShortApr28': '杠杆基金的美国国债期货空头，比 2 月中旬少了近三成（OFR 统计）',
  'march2020.noteMarginRise': '芝商所国债中期期货保证金的上调幅度（超过）',
  'march2020.foreignNetSales': '外国投资者当月净卖出的美国国债',
  'march2020.foreignOfficialNetSales': '其中外国官方机构净卖出',
  'march2020.emergencyCut': '美联储紧急降息',
  'march2020.tenYearBelowOne': '10 年期美国国债收益率盘中首次跌破 1%，盘中低点',
  'march2020.tenYearLowClose': '10 年期美国国债收益率收盘（当时的历史最低）',
  'march2020.tenYearIntradayLow': '10 年期美国国债收益率盘中历史最低',
  'march2020.twoYearClose': '2 年期美国国债收益率收盘',
  'march2020.tenYearSnapback': '10 年期美国国债收益率反弹后的收盘',
  'march2020.firstPurchases': '纽约联储当天买入的美国国债',
  'march2020.zeroLowerBound': '美联储把目标区间降到零附近，区间上限',
  'march2020.purchasePledgeTreasuries': '美联储承诺至少买入的美国国债',
  'march2020.purchasePledgeMbs': '美联储承诺至少买入的机构抵押贷款证券',
  'march2020.effrAtTop': '联邦基金利率 EFFR，处在新区间的上限',
  'march2020.gcfAboveRange': 'DTCC 一般抵押回购指数，高于新区间',
  'march2020.sofrAboveRange': 'SOFR，高于新的目标区间',
  'march2020.purchasePeakPace': '美联储买入美国国债的最高速度',
  'march2020.amountsNeeded': '美联储宣布“按需”购买，纽约联储计划当周每个工作日买入美国国债',
  'march2020.fedHoldingsBefore': '美联储持有的美国国债（周三水平）',
  'march2020.fedHoldingsAfter': '美联储持有的美国国债（周三水平），大规模购债之后',
  'march2020.tenYearLevShortPeak': '10 年期国债期货，杠杆基金空头（2020 年最高）',
  'march2020.tenYearLevShortAfter': '10 年期国债期货，杠杆基金空头',
  'today.tenYearLevShortHigh': '10 年期国债期货，杠杆基金空头（全序列最高）',
  'buildup.levShortAll2019High': '六种国债期货合计，杠杆基金空头面值',
  'march2020.levShortAllBefore': '六种国债期货合计，杠杆基金空头面值',
  'march2020.levShortAllAfter': '六种国债期货合计，杠杆基金空头面值',
  'today.levShortAll2025': '六种国债期货合计，杠杆基金空头面值',
  'buildup.levShortFeds2019': '杠杆基金各期限国债期货空头合计（美联储统计）',
  'buildup.levShort2510Feds2019': '其中 2 年、5 年、10 年期合约的空头（美联储统计）',
  'today.levShortFeds2022': '杠杆基金各期限国债期货空头合计（美联储统计）',
  'today.levShortFeds2023': '杠杆基金各期限国债期货空头合计（美联储统计）',
  'buildup.sponsoredRepo2019': '对冲基金通过“担保回购”借入的资金',
  'today.sponsoredRepo2023': '对冲基金通过“担保回购”借入的资金',
  'today.hfRepoBorrowing': '对冲基金以美国国债作抵押的回购借款',
  'today.hfCapitalBehindRepo': '支撑这些回购借款的对冲基金自有资本',
  'today.zeroHaircutShare': '对冲基金回购借款中扣减率为零或负数的比例',
  'today.bisNetShort2023': '杠杆基金的美国国债期货净空头（四成以上在 2 年期合约）',
  'today.levShortEnd2023': '杠杆基金的美国国债期货空头（2023 年底）',
  'today.basisTradeSize2025': '现货—期货基差交易的规模，约为 2020 年初高点的两倍',
};
// end of data figures block (issue 4)

// ---------------------------------------------------------------------------
// basis-risk and repo-carry figures (chapter 4, issue 5; helper6)
// ---------------------------------------------------------------------------
import { formatDate as h6Date, formatUsdLarge as h6UsdLarge } from './format';

/** 万美元 for axis ticks and compact labels: 4183000 → "418 万". */
function h6Wan(value: number): string {
  const v = value / 1e4;
  const abs = Math.abs(v);
  const text = abs >= 100 ? formatNumber(Math.round(abs), 0) : formatNumber(abs, abs >= 10 ? 1 : 2);
  return `${value < 0 ? '−' : ''}${text} 万`;
}

/** Text of the basis-risk figure: a basis position while yields fall. */
export const basisRisk = {
  title: '收益率下跌时的基差头寸：期货空头每天付出现金，现券的上涨只记在账上',
  source: '收益率：10 年期美国国债（FRED DGS10）；头寸、保证金与基差变化为示意。',
  priceAxis: '价格（开仓日 = 100）',
  cashAxis: '现金流（美元）',
  accountAxis: '保证金账户与可动用现金',
  futures: (price: number) => `期货 ${formatNumber(price, 2)}`,
  cash: (price: number) => `现券 ${formatNumber(price, 2)}`,
  paidLegend: (v: number) => `累计付出 ${h6Wan(v)}`,
  paperLegend: (v: number) => `债券浮盈 ${h6Wan(v)}`,
  freeCashLegend: (v: number) => `可动用现金 ${h6Wan(v)}`,
  openDay: '开仓',
  dayTick: (d: number) => String(d),
  tick: h6Wan,
  initialLine: '初始',
  maintenanceLine: '维持',
  callLabel: (v: number) => `追加 ${h6Wan(v)}`,
  toppedUpLabel: (v: number) => `补入 ${h6Wan(v)}`,
  reduceLabel: (share: number) => `砍仓 ${formatNumber(share * 100, 0)}%`,
  shortfallLabel: '现金缺口',
  tableDate: (iso: string) => h6Date(iso),
  tableColumns: ['日期', '现券价格', '期货价格', '当日付出变动保证金（美元）', '累计付出（美元）', '债券浮盈（美元）', '追加保证金（美元）', '可动用现金（美元）'],
  scenarioName: { calm: '平稳', 'yield-fall': '收益率下跌', 'yield-fall-widening': '收益率下跌且基差拉大' } as Record<string, string>,
  describe(p: {
    scenario: 'calm' | 'yield-fall' | 'yield-fall-widening';
    day: number;
    date: string;
    cashPrice: number;
    futuresPrice: number;
    cashChange: number;
    futuresChange: number;
    paidToday: number;
    cumulativePaid: number;
    paperGain: number;
    showPaperGain: boolean;
    balance: number;
    maintenance: number;
    initial: number;
    call: number;
    answer: 'pending' | 'top-up' | 'reduce';
    paidIn: number;
    freeCash: number;
    openingCash: number;
    cutShare: number;
    contractsKept: number;
    contracts: number;
    faceSold: number;
    cashFreed: number;
    yieldChangeBp: number;
    face: number;
  }): string {
    const when = p.day === 0 ? '开仓当天' : `第 ${p.day} 个交易日（${h6Date(p.date)}）`;
    const parts: string[] = [];
    if (p.day === 0) {
      parts.push(`${when}：基金持有面值 ${h6UsdLarge(p.face)}的现券，同时卖出 ${formatNumber(p.contracts, 0)} 张 10 年期国债期货；保证金账户里有 ${h6UsdLarge(p.initial)}，另有可动用现金 ${h6UsdLarge(p.openingCash)}。`);
      return parts.join('');
    }
    parts.push(`${when}，情景“${basisRisk.scenarioName[p.scenario]}”：开仓以来 10 年期收益率变动 ${formatSigned(p.yieldChangeBp, 0)} 个基点，以开仓日为 100，现券价格 ${formatNumber(p.cashPrice, 2)}（${formatSigned(p.cashChange, 2)}%），期货价格 ${formatNumber(p.futuresPrice, 2)}（${formatSigned(p.futuresChange, 2)}%）。`);
    if (p.paidToday > 0) parts.push(`期货空头当天以现金付出变动保证金 ${h6UsdLarge(p.paidToday)}。`);
    else if (p.paidToday < 0) parts.push(`期货价格回落，空头当天收到变动保证金 ${h6UsdLarge(-p.paidToday)}。`);
    parts.push(`开仓以来累计净付出现金 ${h6UsdLarge(p.cumulativePaid)}。`);
    if (p.showPaperGain) {
      const gap = p.cumulativePaid - p.paperGain;
      parts.push(`同期现券的账面浮盈为 ${h6UsdLarge(p.paperGain)}，但这笔钱没有到手。`);
      if (gap > 0.05 * Math.max(1, Math.abs(p.cumulativePaid))) parts.push(`期货涨得比现券快，付出的现金比浮盈多出 ${h6UsdLarge(gap)}。`);
    }
    if (p.answer === 'reduce' && p.cutShare > 0) {
      parts.push(`基金选择不补钱、砍仓：两条腿各平掉约 ${formatNumber(p.cutShare * 100, 0)}%，卖出面值 ${h6UsdLarge(p.faceSold)} 的现券并买回期货，只剩 ${formatNumber(p.contractsKept, 0)} 张合约；卖券收回 ${h6UsdLarge(p.cashFreed)} 现金，但这部分头寸原本能锁定的收益也随之放弃，而且是在市场最慌的时候卖出。`);
      return parts.join('');
    }
    if (p.call > 0 && p.answer === 'pending') {
      parts.push(`保证金账户只剩 ${h6UsdLarge(p.balance)}，低于维持保证金 ${h6UsdLarge(p.maintenance)}：收到追加保证金通知，要补入 ${h6UsdLarge(p.call)}，把账户补回初始保证金 ${h6UsdLarge(p.initial)}。`);
    } else {
      parts.push(`保证金账户余额 ${h6UsdLarge(p.balance)}（维持保证金 ${h6UsdLarge(p.maintenance)}）。`);
      if (p.paidIn > 0) parts.push(`至今已从可动用现金里补入保证金 ${h6UsdLarge(p.paidIn)}。`);
    }
    if (p.freeCash < 0) parts.push(`可动用现金已经用光，还差 ${h6UsdLarge(-p.freeCash)}，只能从别处筹钱，否则就得砍仓。`);
    else parts.push(`可动用现金还剩 ${h6UsdLarge(p.freeCash)}。`);
    return parts.join('');
  },
};

/** Text of the repo-carry figure: profit at delivery against the repo rate. */
export const repoCarry = {
  title: '回购利率越高，基差交易到期时的盈利越少，越过盈亏平衡点就变成亏损',
  source: 'SOFR：纽约联储（FRED）；价格与持有期为示意，盈亏按净基差计算。',
  rateAxis: '回购利率（整个持有期都按此利率借钱）',
  sliderLabel: '回购利率',
  rateTick: (pct: number) => `${formatNumber(pct, 0)}%`,
  rateValue: (pct: number) => `${pct.toFixed(2)}%`,
  tick: h6Wan,
  breakeven: (pct: number) => `盈亏平衡 ${pct.toFixed(2)}%`,
  sofrBefore: (pct: number) => `9 月 16 日 ${pct.toFixed(2)}%`,
  sofrSpike: (pct: number) => `9 月 17 日 ${pct.toFixed(2)}%`,
  readout: (pct: number, profit: number) =>
    Math.abs(profit) < 50 ? `利率 ${pct.toFixed(2)}% → 到期不赚不亏` : `利率 ${pct.toFixed(2)}% → 到期盈亏 ${profit > 0 ? '+' : ''}${h6Wan(profit)}美元`,
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
      `一笔面值 ${h6UsdLarge(p.face)}的基差交易，持有 ${p.days} 天到交割。若整个持有期的回购利率都是 ${p.ratePct.toFixed(2)}%，${Math.abs(p.profit) < 50 ? '到期不赚不亏' : `到期盈亏为 ${p.profit > 0 ? '+' : '−'}${h6UsdLarge(Math.abs(p.profit))}，即每 100 美元面值 ${formatSigned(p.profitPer100, 3)} 美元`}。`,
    ];
    if (Math.abs(p.ratePct - p.breakevenPct) < 0.005) parts.push(`这正是盈亏平衡的回购利率 ${p.breakevenPct.toFixed(2)}%（隐含回购利率）：借钱的成本刚好吃掉全部价差。`);
    else if (p.ratePct < p.breakevenPct) parts.push(`利率低于盈亏平衡点 ${p.breakevenPct.toFixed(2)}%，交易仍然赚钱；利率每升高一点，盈利就线性减少。`);
    else parts.push(`利率高于盈亏平衡点 ${p.breakevenPct.toFixed(2)}%，借钱成本超过了价差，交易亏钱。`);
    if (p.preset === 'sofr-spike') parts.push(`2019 年 9 月 17 日 SOFR 从前一天的 ${p.sofrBeforePct.toFixed(2)}% 跳到 ${p.sofrSpikePct.toFixed(2)}%；这里假设高利率持续整个持有期，实际上飙升只维持了很短时间。`);
    return parts.join('');
  },
};
// end of basis-risk / repo-carry block (helper6)
