/** groupDigits gives exactly what Intl.NumberFormat('en-US', { maximumFractionDigits }) gives (the site avoids Intl in the browser: its first formatter is slow to build). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupDigits } from '@strings/format';

const intl = new Map<number, Intl.NumberFormat>();
const reference = (value: number, digits: number) => {
  let f = intl.get(digits);
  if (!f) intl.set(digits, (f = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 })));
  return f.format(value);
};

describe('groupDigits', () => {
  it('matches Intl on edge cases', () => {
    const values = [0, -0, 1, -1, 0.5, 1.5, 2.5, -2.5, 1.005, 1.255, 0.045, 999.995, 999999.995, -0.001, 1e21, 1.5e-7, 123456789.125, -1234.5, 1e-10, 5e-324, Number.MAX_VALUE, NaN, Infinity, -Infinity, 0.1 + 0.2, 4125, 1.386, 7450, 1e15 + 0.5];
    for (const v of values) for (const d of [0, 1, 2, 3, 4]) expect(groupDigits(v, d), `${v} with ${d} digits`).toBe(reference(v, d));
  });

  it('matches Intl on random numbers of every size', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.integer({ min: 0, max: 6 }), (v, d) => groupDigits(v, d) === reference(v, d)),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }), (n, scale, d) => {
        const v = n / 10 ** scale;
        return groupDigits(v, d) === reference(v, d);
      }),
      { numRuns: 20_000 },
    );
  });
});
