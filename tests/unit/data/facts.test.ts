// Dated facts: well-formed, unique, and derived ones reproduced by the shipped datasets.
import { describe, expect, it } from 'vitest';
import { FACTS, fact } from '../../../src/data/facts.ts';
import { loadDataset, valueOn } from '../../../src/data/index.ts';

describe('facts', () => {
  it('ids are unique and every fact is complete', () => {
    expect(new Set(FACTS.map((f) => f.id)).size).toBe(FACTS.length);
    for (const f of FACTS) {
      expect(f.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(f.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      if (f.dateEnd) expect(f.dateEnd >= f.date).toBe(true);
      expect(Number.isFinite(f.value)).toBe(true);
      expect(f.statementKey).toMatch(/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/);
      expect(f.sourceTitle.length).toBeGreaterThan(3);
      expect(f.publisher.length).toBeGreaterThan(1);
      expect(f.url).toMatch(/^https?:\/\//);
    }
  });
  it('fact() finds by id and throws on a typo', () => {
    expect(fact('sofr-2019-09-17').value).toBe(5.25);
    expect(() => fact('sofr-2019-09-71')).toThrow(RangeError);
  });
  it('derived facts equal the value in the named dataset and field on that date', () => {
    const derived = FACTS.filter((f) => f.derived);
    expect(derived.length).toBeGreaterThan(5);
    for (const f of derived) {
      expect(f.dataset && f.field, f.id).toBeTruthy();
      const d = loadDataset(f.dataset!) as unknown as Record<string, unknown>;
      const v = valueOn(d.date as string[], d[f.field!] as (number | null)[], f.date);
      expect(v, f.id).toBe(f.value);
    }
  });
  it('quoted data-file figures agree with the datasets', () => {
    const sep = loadDataset('rates-stress').windows[0];
    expect(valueOn(sep.date, sep.sofr, fact('sofr-2019-09-16').date)).toBe(fact('sofr-2019-09-16').value);
    expect(valueOn(sep.date, sep.sofr, '2019-09-17')).toBe(fact('sofr-2019-09-17').value);
    expect(valueOn(sep.date, sep.effr, '2019-09-17')).toBe(fact('effr-2019-09-17').value);
    const y = loadDataset('yields-2020');
    expect(valueOn(y.date, y.dgs10, '2020-03-09')).toBe(fact('dgs10-2020-03-09').value);
    expect(valueOn(y.date, y.dgs10, '2020-03-18')).toBe(fact('dgs10-2020-03-18').value);
    expect(valueOn(y.date, y.dgs2, '2020-03-09')).toBe(fact('dgs2-2020-03-09').value);
  });
});
