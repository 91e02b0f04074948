import { formatDate, formatNumber, formatUsd, formatUsdLarge, formatWan } from './format';

const EIGHTHS = ['', '⅛', '¼', '⅜', '½', '⅝', '¾', '⅞'];

/** 0.03375 → "3⅜%" (Treasury coupons are multiples of 1/8 %). */
function couponText(coupon: number): string {
  const eighths = Math.round(coupon * 800);
  return `${Math.floor(eighths / 8)}${EIGHTHS[eighths % 8]}%`;
}

/** A basket note in a table cell: "3⅜% 2019-11". */
function bondShort(bond: { coupon: number; maturity: string }): string {
  return `${couponText(bond.coupon)} ${bond.maturity.slice(0, 7)}`;
}

/** A basket note in running text: "票息 3⅜%、2019 年 11 月 15 日到期的国债". */
function bondLong(bond: { coupon: number; maturity: string }): string {
  return `票息 ${couponText(bond.coupon)}、${formatDate(bond.maturity)}到期的国债`;
}

/** 32nds with a sign: −20/32, +8.5/32. */
function shift32(v: number): string {
  if (v === 0) return '0';
  return `${v > 0 ? '+' : '−'}${formatNumber(Math.abs(v), 1)}/32`;
}

/** Fixed decimals with a true minus sign, and no "−0.0". */
function fixed(v: number, digits: number): string {
  const text = v.toFixed(digits);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text.replace('-', '−');
}
const pct = (rate: number) => `${fixed(rate * 100, 2)}%`;
const signedWan = (usd: number) => (Math.abs(usd) < 50 ? '0' : `${usd > 0 ? '+' : ''}${formatWan(usd)}美元`);

export interface DeliveryDescribe {
  futuresQuote: string;
  futuresPrice: number;
  repoRate: number;
  days: number;
  settle: string;
  delivery: string;
  rows: {
    bond: { coupon: number; maturity: string };
    priceQuote: string;
    conversionFactor: number;
    gross32: number;
    net32: number;
    impliedRepoRate: number;
  }[];
  ctd: number;
  edited: number;
  priceShift32: number;
  editedQuote: string;
  profitPer100: number;
  profitOnFace: number;
  profitChange: number;
  face: number;
  invoicePer100: number;
  invoicePerContract: number;
  accruedEnd: number;
  highlight: string;
}

/** Text of the delivery-calculator figure (chapter 10). */
export const deliveryCalculator = {
  title: '交割计算器：2013 年 3 月 10 年期国债期货可交割篮子里，哪只券最便宜',
  source:
    '票息与到期日：2013 年 3 月到期的 10 年期国债期货（TY）可交割篮子中的 7 只真实国债。结算日 2013 年 1 月 16 日、现券价格、期货价格与回购利率均为本站设定的示意数字，不是 CME《Understanding Treasury Futures》（2013）表 2 的数据。转换因子按 CME 公式计算；回购按实际天数/360，应计利息按实际天数/实际天数。',
  couponText,
  fixed,
  pct,
  bondShort,
  bondLong,
  shift32,
  columns: { bond: '可交割券', price: '价格', decimal: '小数价格', cf: '转换因子', gross: '基差', net: '净基差', irr: '隐含回购' },
  unitNote: '基差与净基差以 1/32 点计（每 100 面值）；绿色：隐含回购高于回购利率',
  market: (futuresQuote: string, futuresPrice: number, repoRate: number, days: number, wide: boolean) =>
    wide
      ? `期货 ${futuresQuote}（${formatNumber(futuresPrice, 4)}）· 回购 ${pct(repoRate)} · 距交割 ${days} 天`
      : `期货 ${futuresQuote} · 回购 ${pct(repoRate)} · 距交割 ${days} 天`,
  ctdLine: (bond: { coupon: number; maturity: string }, irr: number) => `最便宜可交割券：${bondShort(bond)}，隐含回购 ${pct(irr)}`,
  editedLine: (bond: { coupon: number; maturity: string }, shift: number, quote: string) =>
    shift === 0 ? `所选：${bondShort(bond)}，价格 ${quote}（未改动）` : `所选：${bondShort(bond)}，价格 ${shift32(shift)} → ${quote}`,
  profitLine: (profitOnFace: number) => `买入所选券持有到交割：每 1 亿美元面值 ${signedWan(profitOnFace)}`,
  changeLine: (change: number) => `改价使这笔盈亏变化 ${signedWan(change)}`,
  invoiceLine: (bond: { coupon: number; maturity: string }, futuresPrice: number, cf: number, ai: number) =>
    `交割 ${bondShort(bond)}：${formatNumber(futuresPrice, 4)} × ${cf.toFixed(4)} + 应计利息 ${ai.toFixed(4)}`,
  invoiceTotal: (per100: number, perContract: number) => `= 每 100 面值 ${per100.toFixed(4)}，每张合约 ${formatUsd(perContract, 0)}`,
  futuresValue: (quote: string, price: number) => `${quote}（${formatNumber(price, 4)}）`,
  repoValue: (pctValue: number) => `${pctValue.toFixed(2)}%`,
  tableCaption: (futuresQuote: string, repoRate: number) =>
    `2013 年 3 月 10 年期国债期货可交割篮子（7 只，价格为示意）：期货 ${futuresQuote}，回购利率 ${pct(repoRate)}`,
  tableColumns: [
    '可交割券',
    '价格（32 进制）',
    '价格（小数）',
    '转换因子',
    '基差（1/32）',
    '净基差（1/32）',
    '隐含回购利率（%）',
    '发票价格（每 100 面值）',
    '持有到交割盈亏（每 1 亿美元面值，美元）',
    '排名',
  ],
  describe(p: DeliveryDescribe): string {
    const ctd = p.rows[p.ctd];
    const ed = p.rows[p.edited];
    const parts = [
      `以 ${formatDate(p.settle)}结算、${formatDate(p.delivery)}交割计，期货价格 ${p.futuresQuote}（${formatNumber(p.futuresPrice, 4)}），回购利率 ${pct(p.repoRate)}，持有 ${p.days} 天。`,
      `最便宜可交割券是${bondLong(ctd.bond)}：价格 ${ctd.priceQuote}，转换因子 ${ctd.conversionFactor.toFixed(4)}，基差 ${fixed(ctd.gross32, 1)}/32，净基差 ${fixed(ctd.net32, 1)}/32，隐含回购利率 ${pct(ctd.impliedRepoRate)}，在篮子里最高。`,
    ];
    parts.push(
      ctd.impliedRepoRate > p.repoRate
        ? `它的隐含回购利率高于回购利率，净基差为负：期货相对现券偏贵，买券、借钱、交割这一套能赚钱。`
        : `它的隐含回购利率不高于回购利率，净基差为正：买券持有到交割不赚钱，这点差额可以看作期货空头手中交割选择权的价格。`,
    );
    const column: Record<string, [string, (r: DeliveryDescribe['rows'][number]) => string]> = {
      cf: ['各券的转换因子', (r) => r.conversionFactor.toFixed(4)],
      gross: ['各券的基差（1/32 点）', (r) => fixed(r.gross32, 1)],
      net: ['各券的净基差（1/32 点）', (r) => fixed(r.net32, 1)],
      ctd: ['各券的隐含回购利率', (r) => pct(r.impliedRepoRate)],
    };
    const col = column[p.highlight];
    if (col) parts.push(`${col[0]}：${p.rows.map((r) => `${bondShort(r.bond)} 为 ${col[1](r)}`).join('，')}。`);
    if (p.highlight === 'invoice') {
      parts.push(
        `交割时多头按发票价格付款：${formatNumber(p.futuresPrice, 4)} × ${ctd.conversionFactor.toFixed(4)} + 应计利息 ${p.accruedEnd.toFixed(4)} = 每 100 面值 ${p.invoicePer100.toFixed(4)}，一张 10 万美元面值的合约为 ${formatUsd(p.invoicePerContract, 0)}。`,
      );
    }
    const shift = p.priceShift32 === 0 ? '价格未改动' : `价格改动 ${shift32(p.priceShift32)}，现为 ${p.editedQuote}`;
    parts.push(
      `所选券为${bondLong(ed.bond)}，${shift}；隐含回购利率 ${pct(ed.impliedRepoRate)}，排第 ${p.rows.filter((r) => r.impliedRepoRate > ed.impliedRepoRate).length + 1} 位。买入它、以回购融资、按转换因子卖出期货并持有到交割，每 100 面值盈亏 ${fixed(p.profitPer100, 3)}，每 ${formatUsdLarge(p.face)}面值 ${Math.abs(p.profitOnFace) < 50 ? '约为 0' : formatUsdLarge(p.profitOnFace)}${p.priceShift32 === 0 ? '' : `，比改价前变化 ${Math.abs(p.profitChange) < 50 ? '约为 0' : formatUsdLarge(p.profitChange)}`}。`,
    );
    return parts.join('');
  },
};

/** Labels and units of the figure's parameters (sliders, sandbox, parameter reference). */
export const deliveryCalculatorParams = {
  bond: { label: '改哪只券', doc: 'Index of the basket note whose price the reader edits (0 = the shortest).' },
  priceShift: { label: '改它的价格', unit: '/32' },
  futures: { label: '期货价格', unit: '每 100 面值' },
  repo: { label: '回购利率', unit: '%（年化，实际天数/360）' },
  highlight: { label: '强调' },
};
