/**
 * Geometry of the basis-flows figure (chapter 3): the hedge fund on the
 * left, its three counterparties on the right (futures exchange, cash
 * market, repo lender), one row of arrows per leg; below, the fund's
 * balance sheet as two stacked bars drawn to one scale, with the leverage.
 * Pure: engine numbers + state + size → marks. Words come from @strings/basis-flows.
 */
import { scaleLinear } from 'd3-scale';
import { basisFlows as t } from '@strings/basis-flows';
import type { Mark } from '../core/marks';
import type { Size } from '../core/types';
import type { ToySheet } from '../../../engine';

export type FlowsView = 'flows' | 'net';
export type FlowsHighlight = 'none' | 'futures' | 'cash' | 'repo' | 'cost' | 'leverage';

/** The fund's balance sheet as the engine gives it (scenarios/three-legs.ts). */
export type FlowsSheet = ToySheet;

export interface FlowsModel {
  legs: number;
  view: FlowsView;
  highlight: FlowsHighlight;
  showBalanceSheet: boolean;
  haircut: number;
  /** Price the futures were sold at, per 100. */
  futuresPrice: number;
  /** Price paid for the cash bond, per 100. */
  cashPrice: number;
  /** Face value bought, dollars. */
  face: number;
  /** Futures initial margin posted, dollars. */
  initialMargin: number;
  /** Overnight repo rate, decimal per year. */
  repoRate: number;
  /** What the repo loan would be with the repo leg on, dollars. */
  repoLoanIfOn: number;
  /** Interest for one night on that loan (act/360), dollars. */
  repoInterestNight: number;
  /** That interest rounded to the 1/100,000 the figure shows, dollars. */
  repoInterestShown: number;
  /** Repurchase price tomorrow: loan + the interest as shown, dollars. */
  repurchase: number;
  /** Futures price minus cash price at entry, per 100: the toy trade's paper gain. */
  paperGain: number;
  /** 1/haircut from the engine (null when the haircut is 0). */
  repoLeverage: number | null;
  /** Largest assets any haircut can give: fixes the balance-sheet scale across states. */
  scaleMax: number;
  /** Paper gain over the capital tied up by all three legs (before repo interest). */
  returnOnCapital: number;
  sheet: FlowsSheet;
}

const PAD = 10;

interface Frame {
  narrow: boolean;
  rowH: number;
  top: number;
  fundX: number;
  fundW: number;
  cpX: number;
  cpW: number;
  x0: number;
  x1: number;
  noteY: number;
  bsTop: number;
}

export function frame(width: number): Frame {
  const narrow = width < 560;
  const rowH = narrow ? 58 : 66;
  const top = 14;
  const fundW = narrow ? 74 : 104;
  const cpW = narrow ? 96 : 132;
  const cpX = width - PAD - cpW;
  const noteY = top + rowH * 3 + 16;
  return { narrow, rowH, top, fundX: PAD, fundW, cpX, cpW, x0: PAD + fundW + 6, x1: cpX - 6, noteY, bsTop: noteY + 10 };
}

/** Height for a width: the diagram, one note line and the balance sheet under it. */
export function heightFor(width: number): number {
  return frame(width).bsTop + 156;
}

type Leg = 'futures' | 'cash' | 'repo';
const LEGS: readonly Leg[] = ['futures', 'cash', 'repo'];

function arrow(key: string, leg: Leg, kind: 'money' | 'asset', dir: 'out' | 'in', x0: number, x1: number, y: number, shown: boolean, label: string, labelBelow: boolean): Mark {
  // Hidden arrows shrink to the fund's edge so they grow out of it when their leg arrives.
  const from = dir === 'out' ? x0 : x1;
  const to = dir === 'out' ? x1 : x0;
  const tipX = shown ? to : from;
  const sign = dir === 'out' ? 1 : -1;
  const baseX = tipX - sign * 8;
  return {
    key,
    tag: 'g',
    attrs: { opacity: shown ? 1 : 0 },
    children: [
      { key: 'line', tag: 'line', attrs: { x1: from, x2: baseX, y1: y, y2: y, class: `bf-arrow ${leg} ${kind}` } },
      { key: 'head', tag: 'polygon', attrs: { points: `${tipX},${y} ${baseX},${y - 4.5} ${baseX},${y + 4.5}`, class: `bf-head ${leg}` } },
      {
        key: 'label',
        tag: 'text',
        attrs: { x: (x0 + x1) / 2, y: labelBelow ? y + 15 : y - 6, class: `bf-label middle ${leg}` },
        text: label,
      },
    ],
  };
}

export function layoutBasisFlows(m: FlowsModel, size: Size): Mark[] {
  const f = frame(size.width);
  const { width } = size;
  const s = m.sheet;
  const net = m.view === 'net' && m.legs >= 3;
  const rowMid = (r: number) => f.top + r * f.rowH + f.rowH / 2;
  const yA = (r: number) => rowMid(r) - 9;
  const yB = (r: number) => rowMid(r) + 9;
  const legHl = m.highlight === 'futures' || m.highlight === 'cash' || m.highlight === 'repo' ? m.highlight : null;
  const rowOpacity = (r: number) => (r >= m.legs ? 1 : legHl && LEGS[r] !== legHl ? 0.4 : 1);

  const marks: Mark[] = [];

  // The fund, spanning all three rows.
  const fundY = f.top + 7;
  const fundH = f.rowH * 3 - 14;
  const cxFund = f.fundX + f.fundW / 2 - (net ? 5 : 0);
  marks.push({
    key: 'fund',
    tag: 'g',
    children: [
      { key: 'box', tag: 'rect', attrs: { x: f.fundX, y: fundY, width: f.fundW, height: fundH, rx: 10, class: 'bf-party fund' } },
      { key: 'name', tag: 'text', attrs: { x: cxFund, y: fundY + 24, class: 'bf-name middle hedge-text' }, text: t.fund },
      { key: 'own-label', tag: 'text', attrs: { x: cxFund, y: fundY + fundH / 2 + 4, class: 'bf-sub middle', opacity: m.legs > 0 ? 1 : 0 }, text: t.ownFunds },
      {
        key: 'own-value',
        tag: 'text',
        attrs: { x: cxFund, y: fundY + fundH / 2 + 22, class: 'bf-value middle hedge-text', opacity: m.legs > 0 ? 1 : 0 },
        text: t.money(s.equity),
      },
    ],
  });

  // Counterparties, one per row.
  const parties: [Leg, string, string][] = [
    ['futures', t.exchange, t.exchangeSub],
    ['cash', t.cashMarket, t.cashMarketSub],
    ['repo', t.repoLender, t.repoLenderSub],
  ];
  parties.forEach(([leg, name, sub], r) => {
    const y = f.top + r * f.rowH + 7;
    const built = r < m.legs;
    marks.push({
      key: `party-${leg}`,
      tag: 'g',
      attrs: { opacity: built ? rowOpacity(r) : 0.35 },
      children: [
        { key: 'box', tag: 'rect', attrs: { x: f.cpX, y, width: f.cpW, height: f.rowH - 14, rx: 8, class: `bf-party ${leg}${legHl === leg ? ' is-hl' : ''}` } },
        { key: 'name', tag: 'text', attrs: { x: f.cpX + f.cpW / 2, y: y + 19, class: `bf-name middle ${leg}-text` }, text: name },
        { key: 'sub', tag: 'text', attrs: { x: f.cpX + f.cpW / 2, y: y + 35, class: 'bf-sub middle' }, text: sub },
      ],
    });
  });

  // The arrows of each leg: top = what the fund gives, bottom = what it gets (or posts).
  const shown = (r: number) => r < m.legs;
  const rowG = (r: number, children: Mark[]): Mark => ({ key: `leg-${LEGS[r]}`, tag: 'g', attrs: { opacity: rowOpacity(r) }, children });
  marks.push(
    rowG(0, [
      arrow('contract', 'futures', 'asset', 'out', f.x0, f.x1, yA(0), shown(0), t.sellFutures(m.futuresPrice), false),
      arrow('margin', 'futures', 'money', 'out', f.x0, f.x1, yB(0), shown(0), t.postMargin(m.initialMargin), true),
    ]),
    rowG(1, [
      arrow('pay', 'cash', 'money', 'out', f.x0, f.x1, yA(1), shown(1), net ? t.payCashNet(m.cashPrice * (m.face / 100), s.repoLoan) : t.payCash(m.cashPrice * (m.face / 100)), false),
      arrow('bond', 'cash', 'asset', 'in', f.x0, f.x1, yB(1), shown(1), t.getBond(m.face), true),
    ]),
    rowG(2, [
      arrow('collateral', 'repo', 'asset', 'out', f.x0, f.x1, yA(2), shown(2), t.giveCollateral, false),
      arrow('loan', 'repo', 'money', 'in', f.x0, f.x1, yB(2), shown(2), t.borrowCash(m.repoLoanIfOn), true),
    ]),
  );

  // Net picture: the borrowed cash passes straight through to the seller, the bond straight on to the lender.
  const edge = f.fundX + f.fundW - 4;
  const bend = edge - 10;
  const through = (y1: number, y2: number) => (net ? `M${edge},${y1}H${bend}V${y2}H${edge}` : `M${edge},${y1}H${edge}V${y1}H${edge}`);
  marks.push({
    key: 'pass',
    tag: 'g',
    attrs: { opacity: net ? 1 : 0 },
    children: [
      { key: 'money', tag: 'path', attrs: { d: through(yB(2), yA(1)), class: 'bf-pass repo money' } },
      { key: 'bond', tag: 'path', attrs: { d: through(yB(1), yA(2)), class: 'bf-pass cash asset' } },
    ],
  });

  // One line under the diagram says what this state is about.
  let note = '';
  if (m.legs === 1) note = t.noteFutures(m.initialMargin);
  else if (m.legs === 2) note = t.noteNoRepo(s.equity);
  else if (m.legs >= 3 && !net) note = t.noteRepo(m.repurchase, m.repoRate);
  else if (net) note = t.noteCost(s.equity, m.repoInterestShown);
  marks.push({ key: 'note', tag: 'text', attrs: { x: width / 2, y: f.noteY, class: 'bf-note middle' + (m.highlight === 'cost' || m.highlight === 'repo' ? ' strong' : '') }, text: note });

  // Balance sheet: assets above, where the money came from below, both on one scale.
  const x = scaleLinear().domain([0, m.scaleMax]).range([PAD, width - PAD]);
  const w = (v: number) => Math.max(0, x(v) - x(0));
  const barH = 18;
  const b1 = f.bsTop + 38;
  const b2 = f.bsTop + 82;
  const shownBs = m.showBalanceSheet ? 1 : 0;
  const hlCost = m.highlight === 'cost' || m.highlight === 'leverage';
  const withRepo = s.repoLoan > 0 || m.legs >= 3;
  const rightEnd = x(s.assets);
  const seg = (key: string, from: number, value: number, y: number, cls: string): Mark => ({
    key,
    tag: 'rect',
    attrs: { x: x(from), y, width: w(value), height: barH, class: `bf-seg ${cls}` },
  });
  const lev = m.legs >= 3 ? t.leverageRepo(m.haircut, m.repoLeverage) : '';
  marks.push({
    key: 'sheet',
    tag: 'g',
    attrs: { opacity: shownBs },
    children: [
      { key: 'title', tag: 'text', attrs: { x: PAD, y: f.bsTop + 12, class: 'axis-title' }, text: t.sheetTitle },
      { key: 'assets-label', tag: 'text', attrs: { x: PAD, y: b1 - 6, class: 'bf-label cash-text' }, text: s.bondValue > 0 ? t.assetsBond(s.bondValue) : t.assetsOnly(s.assets) },
      { key: 'assets-right', tag: 'text', attrs: { x: Math.max(rightEnd, PAD + 150), y: b1 - 6, class: 'bf-label end futures-text', opacity: s.bondValue > 0 ? 1 : 0 }, text: t.marginAsset(s.marginEquity) },
      seg('bond', 0, s.bondValue, b1, 'cash'),
      seg('margin', s.bondValue, s.marginEquity, b1, 'futures'),
      { key: 'funding-label', tag: 'text', attrs: { x: PAD, y: b2 - 6, class: `bf-label ${withRepo ? 'repo-text' : 'hedge-text'}` }, text: withRepo ? t.liabilityLoan(s.repoLoan) : t.equityAll(s.equity, s.bondEquity, s.marginEquity, s.bondValue > 0) },
      {
        key: 'equity-label',
        tag: 'text',
        attrs: { x: Math.max(rightEnd, PAD + 250), y: b2 - 6, class: `bf-label end hedge-text${hlCost ? ' strong' : ''}`, opacity: withRepo ? 1 : 0 },
        text: t.equityParts(s.equity, s.bondEquity, s.marginEquity),
      },
      seg('loan', 0, s.repoLoan, b2, 'repo'),
      seg('equity-bond', s.repoLoan, s.bondEquity, b2, 'equity' + (hlCost ? ' is-hl' : '')),
      seg('equity-margin', s.repoLoan + s.bondEquity, s.marginEquity, b2, 'equity margin-part' + (hlCost ? ' is-hl' : '')),
      { key: 'zero', tag: 'line', attrs: { x1: x(0), x2: x(0), y1: b1 - 2, y2: b2 + barH + 2, class: 'rule' } },
      {
        key: 'leverage',
        tag: 'text',
        attrs: { x: PAD, y: b2 + barH + 24, class: 'bf-lev' + (m.highlight === 'leverage' ? ' strong' : '') },
        text: t.leverageTotal(s.assets, s.equity, s.leverage),
      },
      { key: 'leverage-repo', tag: 'text', attrs: { x: PAD, y: b2 + barH + 44, class: 'bf-note' + (m.highlight === 'leverage' ? ' strong' : ''), opacity: lev ? 1 : 0 }, text: lev },
    ],
  });
  return marks;
}
