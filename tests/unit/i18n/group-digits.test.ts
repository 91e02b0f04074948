/** groupDigits prints exactly what Intl.NumberFormat('en-US') prints, without paying ICU's start-up in the browser. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { groupDigits } from '@strings/format';

const intl = (digits: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });

describe('groupDigits', () => {
  test('edge cases: ties, carries, negative zero, huge and tiny values', () => {
    const values = [0, -0, -0.001, 1.005, 1.255, 0.125, 2.5, -2.5, 999.995, 9.999, 99999.5, 1234567.891, 1e21, 1e-7, -1e-7, 123e-8, NaN, Infinity, -Infinity, 0.1 + 0.2, 2 ** 53, 4.35, 1.45];
    for (const digits of [0, 1, 2, 3, 4, 20]) {
      const f = intl(digits);
      for (const v of values) expect(groupDigits(v, digits), `${v} @${digits}`).toBe(f.format(v));
    }
  });

  test('any double, 0–6 decimals', () => {
    const formats = [0, 1, 2, 3, 4, 5, 6].map(intl);
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: true }), fc.double({ min: -1e9, max: 1e9, noNaN: true })), fc.integer({ min: 0, max: 6 }), (v, d) => groupDigits(v, d) === formats[d].format(v)),
      { numRuns: 20_000 },
    );
  });

  test('money-like values (whole units to 1/10,000)', () => {
    const formats = [0, 1, 2, 3].map(intl);
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 3 }), (n, scale, d) => {
        const v = n / 10 ** scale;
        return groupDigits(v, d) === formats[d].format(v);
      }),
      { numRuns: 20_000 },
    );
  });
});
