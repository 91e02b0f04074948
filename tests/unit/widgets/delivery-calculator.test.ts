/**
 * delivery-calculator figure (chapter 10): every step lays out at phone and
 * desktop widths; the cheapest to deliver it shows is the engine's
 * cheapestToDeliver on the same (edited) prices; raising a note's price
 * lowers its implied repo rate; the text alternative and the data table
 * carry the engine's numbers.
 */
import { describe, expect, it } from 'vitest';
import definition from '../../../src/components/widgets/delivery-calculator/index';
import { duplicateKeys, renderMarks } from '../../../src/components/widgets/core/marks';
import { cheapestToDeliver, DELIVERY_2013, formatQuote } from '../../../src/engine';
import { deliveryCalculator as t } from '@strings/delivery-calculator';
import { chapterScrollies } from '../../support/pages';
import { badValues, drawFigure, stateOf } from '../../support/figures';

const draw = (raw: unknown, width = 390) => drawFigure(definition, raw, width);
const steps = chapterScrollies()
  .filter((s) => s.figure === 'delivery-calculator')
  .flatMap((s) => s.steps);

/** The engine's ranking of the basket with one note's price moved by `shift32` 32nds. */
function engineRanking(bond: number, shift32: number, futuresPrice: number, repoRate: number) {
  const basket = DELIVERY_2013.basket.map((b, i) => ({ id: b.id, bond: b.bond, price: b.price + (i === bond ? shift32 / 32 : 0) }));
  return cheapestToDeliver(basket, { futuresPrice, settle: DELIVERY_2013.settle, delivery: DELIVERY_2013.delivery, contract: 'TY', repoRate });
}

describe('delivery-calculator reading', () => {
  it('fills the scenario defaults and clamps nonsense without throwing', () => {
    const s = stateOf(definition, {});
    expect(s.futures).toBe(DELIVERY_2013.futuresPrice);
    expect(s.repo).toBeCloseTo(DELIVERY_2013.repoRate * 100, 12);
    expect(s.priceShift).toBe(0);
    const bad = stateOf(definition, { bond: 99, priceShift: -1e6, futures: 'x', repo: -3, highlight: 'boom' });
    expect(bad.bond).toBe(DELIVERY_2013.basket.length - 1);
    expect(bad.priceShift).toBe(-64);
    expect(bad.futures).toBe(DELIVERY_2013.futuresPrice);
    expect(bad.repo).toBe(0);
    expect(bad.highlight).toBe('none');
    expect(stateOf(definition, { bond: '2.4' }).bond).toBe(2);
  });
});

describe('delivery-calculator chapter steps', () => {
  it('is driven by 4–8 steps of chapter 10, each changing the figure', () => {
    expect(steps.length).toBeGreaterThanOrEqual(4);
    expect(steps.length).toBeLessThanOrEqual(8);
    const summaries = steps.map((s) => JSON.stringify(draw(s.state).summary));
    for (let i = 1; i < summaries.length; i++) expect(summaries[i]).not.toBe(summaries[i - 1]);
  });

  it.each(steps.flatMap((s) => [390, 640].map((w) => [s.id, w, s.state] as const)))('%s lays out at %i px', (_id, width, state) => {
    const { marks, size } = draw(state, width);
    expect(badValues(marks)).toEqual([]);
    expect(duplicateKeys(marks)).toEqual([]);
    // Every row of the basket is drawn, and the markup stays inside the view box horizontally.
    const rows = marks.find((m) => m.key === 'rows')!;
    expect(rows.children).toHaveLength(DELIVERY_2013.basket.length);
    const xs = renderMarks(marks).match(/ x="(-?[\d.]+)"/g)!.map((a) => Number(a.slice(4, -1)));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(size.width);
  });

  it('shows the decimal price column only on wide screens', () => {
    const keys = (w: number) => draw({}, w).marks.find((m) => m.key === 'header')!.children!.map((c) => c.key);
    expect(keys(390)).not.toContain('h-decimal');
    expect(keys(640)).toContain('h-decimal');
  });
});

describe('delivery-calculator follows the engine', () => {
  const cases: [number, number, number, number][] = [];
  for (let bond = 0; bond < DELIVERY_2013.basket.length; bond++) {
    for (const shift of [-64, -24, -8, 0, 8.5, 40]) cases.push([bond, shift, 131.5, 0.2]);
  }
  cases.push([0, -20, DELIVERY_2013.futuresPrice, 0.9], [3, -64, 129, 0], [6, -64, 134, 2]);

  it.each(cases)('bond %i shifted %f/32, futures %f, repo %f%%: the CTD is the engine\'s', (bond, shift, futures, repo) => {
    const { summary } = draw({ bond, priceShift: shift, futures, repo });
    const engine = engineRanking(bond, shift, futures, repo / 100);
    expect(summary.ctd).toBe(engine.ctd.id);
    expect(summary.ctdIrr).toBeCloseTo(engine.ctd.impliedRepoRate, 6);
    const edited = engine.ranked.find((r) => r.index === bond)!;
    expect(summary.editedIrr).toBeCloseTo(edited.impliedRepoRate, 6);
    expect(summary.editedNetBasis).toBeCloseTo(edited.netBasis, 6);
    // The CTD has the highest implied repo rate of the basket (DOMAIN §2.8).
    for (const r of engine.ranked) expect(summary.ctdIrr as number).toBeGreaterThanOrEqual(r.impliedRepoRate - 1e-6);
  });

  it('raising one note\'s price lowers its implied repo rate (and cutting it raises it)', () => {
    for (let bond = 0; bond < DELIVERY_2013.basket.length; bond++) {
      const irr = (shift: number) => draw({ bond, priceShift: shift }).summary.editedIrr as number;
      expect(irr(4)).toBeLessThan(irr(0));
      expect(irr(0)).toBeLessThan(irr(-4));
    }
  });

  it('cutting a note\'s price enough makes it the cheapest to deliver', () => {
    const base = draw({}).summary;
    const other = base.ctdIndex === 0 ? 1 : 0;
    expect(draw({ bond: other, priceShift: -64 }).summary.ctdIndex).toBe(other);
  });

  it('a higher repo rate leaves every implied repo rate unchanged and raises the net basis', () => {
    const low = draw({ repo: 0.2 }).model.calc;
    const high = draw({ repo: 1.2 }).model.calc;
    low.rows.forEach((r, i) => {
      expect(high.rows[i].impliedRepoRate).toBeCloseTo(r.impliedRepoRate, 12);
      expect(high.rows[i].netBasis).toBeGreaterThan(r.netBasis);
    });
    expect(high.ctd).toBe(low.ctd);
  });

  it('the profit shown is minus the net basis on $100m face, and the CTD is "rich" exactly when its IRR beats repo', () => {
    for (const futures of [130, 131.3125, 131.5, 133]) {
      const { summary } = draw({ futures, bond: 1 });
      expect(summary.editedProfit).toBe(Math.round((-(summary.editedNetBasis as number) * DELIVERY_2013.face) / 100));
      expect(summary.rich).toBe((summary.ctdIrr as number) > (summary.repo as number));
      expect((summary.ctdNetBasis as number) < 0).toBe(summary.rich);
    }
  });
});

describe('delivery-calculator words and table', () => {
  it('the text alternative names the CTD, its implied repo rate and the edited note', () => {
    const { text, model } = draw({ highlight: 'ctd', futures: 131.5, bond: 0, priceShift: -20 });
    const ctd = model.calc.rows[model.calc.ctd];
    expect(text).toContain(t.bondLong(ctd.bond));
    expect(text).toContain(t.pct(ctd.impliedRepoRate));
    expect(text).toContain(formatQuote(model.calc.rows[0].price, 'cash'));
    expect(text).toContain('−20/32');
  });

  it('the invoice step states F × CF + accrued interest', () => {
    const { text, model, marks } = draw({ highlight: 'invoice', futures: 131.5 });
    const ctd = model.calc.rows[model.calc.ctd];
    expect(ctd.invoicePer100).toBeCloseTo(131.5 * ctd.conversionFactor + ctd.accruedEnd, 12);
    expect(text).toContain(ctd.invoicePer100.toFixed(4));
    expect(renderMarks(marks)).toContain(ctd.invoicePer100.toFixed(4));
  });

  it('the text alternative differs for every step', () => {
    const texts = steps.map((s) => draw(s.state).text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('the data table lists every note with the engine\'s numbers', () => {
    const state = stateOf(definition, { bond: 2, priceShift: 6 });
    const model = definition.compute(state);
    const table = definition.table!(model, state);
    expect(table.rows).toHaveLength(DELIVERY_2013.basket.length);
    table.rows.forEach((row, i) => {
      const r = model.calc.rows[i];
      expect(row).toHaveLength(table.columns.length);
      expect(row[1]).toBe(formatQuote(r.price, 'cash'));
      expect(row[3]).toBe(r.conversionFactor);
      expect(row[6]).toBeCloseTo(r.impliedRepoRate * 100, 3);
      expect(row[9]).toBe(r.rank);
    });
    expect(table.rows[2][2]).toBeCloseTo(DELIVERY_2013.basket[2].price + 6 / 32, 6);
  });

  it('the source line says the prices are illustrative, not CME\'s', () => {
    expect(definition.source).toContain('示意');
    expect(definition.source).toContain('不是 CME');
  });
});
