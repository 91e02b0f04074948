/** Text of the futures margin account figure (chapter 2, the 奶茶 example). */
import { formatNumber, formatSigned, formatUsd } from './format';

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

/** Labels and units of the figure's parameters (sliders, sandbox, parameter reference). */
export const marginAccountParams = {
  day: { label: '显示第几天', unit: '天' },
  answer: { label: '对追加保证金通知的回应' },
  showSwing: { label: '标出通常的价格波动' },
  showLevels: { label: '标出初始与维持保证金线' },
};
