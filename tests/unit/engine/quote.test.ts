import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatQuote, parseQuote } from '../../../src/engine';

describe('parseQuote', () => {
  it('reads whole points and 32nds', () => {
    expect(parseQuote('97-18', 'cash')).toBe(97 + 18 / 32);
    expect(parseQuote('97-18', 'futures')).toBe(97 + 18 / 32);
    expect(parseQuote('100', 'cash')).toBe(100);
    expect(parseQuote('100.01', 'futures')).toBe(100.01);
  });
  it('a trailing + adds 1/64 in either market', () => {
    expect(parseQuote('97-18+', 'cash')).toBe(97 + 18.5 / 32);
    expect(parseQuote('97-18+', 'futures')).toBe(97 + 18.5 / 32);
  });
  it('a cash third digit counts eighths of a 32nd', () => {
    expect(parseQuote('97-182', 'cash')).toBe(97 + (18 + 2 / 8) / 32);
    expect(parseQuote('97-186', 'cash')).toBe(97 + (18 + 6 / 8) / 32);
  });
  it('a futures third digit is the truncated decimal of the fraction', () => {
    expect(parseQuote('97-182', 'futures')).toBe(97 + 18.25 / 32);
    expect(parseQuote('97-185', 'futures')).toBe(97 + 18.5 / 32);
    expect(parseQuote('97-187', 'futures')).toBe(97 + 18.75 / 32);
    expect(parseQuote('97-181', 'futures')).toBe(97 + 18.125 / 32);
    expect(parseQuote('97-188', 'futures')).toBe(97 + 18.875 / 32);
  });
  it('cash 97-18+ equals futures 97-185, cash 97-186 equals futures 97-187 (DOMAIN §0)', () => {
    expect(parseQuote('97-18+', 'cash')).toBe(parseQuote('97-185', 'futures'));
    expect(parseQuote('97-186', 'cash')).toBe(parseQuote('97-187', 'futures'));
    // The same text means different prices in the two markets.
    expect(parseQuote('97-185', 'cash')).not.toBe(parseQuote('97-185', 'futures'));
  });
  it('rejects malformed quotes, 32nds above 31, and digits a market does not use', () => {
    for (const q of ['', 'abc', '97-1', '97-32', '97-18++', '-97-18', '97-18-2']) {
      expect(() => parseQuote(q, 'cash')).toThrow(RangeError);
    }
    expect(() => parseQuote('97-188', 'cash')).toThrow(/\[0, 7\]/);
    expect(() => parseQuote('97-184', 'futures')).toThrow(/0,1,2,3,5,6,7,8/);
    expect(() => parseQuote('97-189', 'futures')).toThrow(RangeError);
    expect(() => parseQuote('97-18', 'otc' as never)).toThrow(/market must be one of cash, futures/);
    expect(() => parseQuote(97 as never, 'cash')).toThrow(/quote/);
  });
});

describe('formatQuote', () => {
  it('writes halves as + in cash and 5 in futures', () => {
    expect(formatQuote(97 + 18.5 / 32, 'cash')).toBe('97-18+');
    expect(formatQuote(97 + 18.5 / 32, 'futures')).toBe('97-185');
    expect(formatQuote(97 + 18.75 / 32, 'cash')).toBe('97-186');
    expect(formatQuote(97 + 18.75 / 32, 'futures')).toBe('97-187');
    expect(formatQuote(100, 'cash')).toBe('100-00');
  });
  it('round-trips every eighth of a 32nd in both markets', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 * 256 }), fc.constantFrom('cash' as const, 'futures' as const), (units, market) => {
        const price = units / 256;
        expect(parseQuote(formatQuote(price, market), market)).toBe(price);
      }),
    );
  });
  it('rejects NaN and negative prices', () => {
    expect(() => formatQuote(NaN, 'cash')).toThrow(/price must be a finite number ≥ 0/);
    expect(() => formatQuote(-1, 'futures')).toThrow(RangeError);
  });
});
