import { describe, expect, it } from 'vitest';
import fedHoldingsFigure from '../../../src/components/widgets/fed-holdings/index';
import { fedHoldings } from '../../../src/data/index';
import { fact } from '../../../src/data/facts';
import { duplicateKeys } from '../../../src/components/widgets/core/marks';
import { badValues as badAttrs, stateOf } from '../../support/figures';

const STATES = [{ to: '2020-03-04' }, { to: '2020-05-06', highlight: 'purchases' }, { to: '2021-06-02', highlight: 'purchases' }, { to: '1999-01-01', highlight: 'purchases' }, {}];

describe('fed-holdings figure', () => {
  it('normalize fills defaults and clamps bad input without throwing', () => {
    const last = fedHoldings.date.at(-1);
    expect(stateOf(fedHoldingsFigure, null)).toEqual({ to: last, highlight: 'none' });
    expect(stateOf(fedHoldingsFigure, { to: 12, highlight: 'qe' })).toEqual({ to: last, highlight: 'none' });
    expect(stateOf(fedHoldingsFigure, { to: '2030-01-01' }).to).toBe(last);
  });

  it('every state lays out at 340 and 720 px without NaN or duplicate keys', () => {
    for (const raw of STATES) {
      const state = stateOf(fedHoldingsFigure, raw);
      const model = fedHoldingsFigure.compute(state);
      for (const width of [340, 720]) {
        const marks = fedHoldingsFigure.layout(model, state, { width, height: fedHoldingsFigure.heightFor(width) });
        expect(badAttrs(marks), JSON.stringify(raw)).toEqual([]);
        expect(duplicateKeys(marks), JSON.stringify(raw)).toEqual([]);
      }
    }
  });

  it('summary follows the data and the facts: holdings before and after the purchases, peak pace', () => {
    const state = stateOf(fedHoldingsFigure, { to: '2020-05-06', highlight: 'purchases' });
    const s = fedHoldingsFigure.summarize(fedHoldingsFigure.compute(state), state);
    const at = (d: string) => fedHoldings.treastBn[fedHoldings.date.indexOf(d)];
    expect(s.week).toBe('2020-05-06');
    expect(s.treastBn).toBe(at('2020-05-06'));
    expect(s.purchasesFromBn).toBe(at(fact('treast-2020-03-11').date));
    expect(s.purchasesToBn).toBe(at(fact('treast-2020-04-29').date));
    expect(s.purchasesToBn).toBe(fact('treast-2020-04-29').value);
    expect(s.purchasesChangeBn).toBeCloseTo((at('2020-04-29') as number) - (at('2020-03-11') as number), 1);
    expect(s.peakPaceBnPerDay).toBe(fact('fed-purchase-peak-2020-03-19').value);
    // A date between two Wednesdays shows the Wednesday before.
    const mid = stateOf(fedHoldingsFigure, { to: '2020-03-20' });
    expect(fedHoldingsFigure.summarize(fedHoldingsFigure.compute(mid), mid).week).toBe('2020-03-18');
  });

  it('describe gives the amounts of the purchases and the pace in 亿/万亿美元', () => {
    const state = stateOf(fedHoldingsFigure, { to: '2020-05-06', highlight: 'purchases' });
    const text = fedHoldingsFigure.describe(fedHoldingsFigure.compute(state), state);
    expect(text).toContain('2020 年 3 月 11 日');
    expect(text).toContain('约 2.52 万亿美元');
    expect(text).toContain('约 3.97 万亿美元');
    expect(text).toContain('7 周增加约 1.45 万亿美元');
    expect(text).toContain(`每天买入 ${fact('fed-purchase-peak-2020-03-19').value * 10} 亿美元`);
    const plain = stateOf(fedHoldingsFigure, { to: '2020-05-06' });
    expect(fedHoldingsFigure.describe(fedHoldingsFigure.compute(plain), plain)).not.toContain('每天买入');
  });

  it('pointer reads a Wednesday only up to the date shown; the table lists every week', () => {
    const state = stateOf(fedHoldingsFigure, { to: '2020-03-04' });
    const model = fedHoldingsFigure.compute(state);
    const texts: string[] = [];
    for (let x = 0; x <= 600; x += 3) {
      const r = fedHoldingsFigure.pointer!(model, state, { width: 600, height: 340 }, { x, y: 100 });
      if (r) texts.push(r.text);
    }
    expect(texts.some((t) => t.startsWith('2020 年 4 月'))).toBe(false);
    expect(texts.at(-1)).toContain('2020 年 3 月 4 日');
    expect(fedHoldingsFigure.table!(model, state).rows.length).toBe(fedHoldings.date.length);
  });
});
