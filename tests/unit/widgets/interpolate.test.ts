import { describe, expect, it } from 'vitest';
import { attrInterpolator } from '../../../src/components/widgets/core/interpolate';

describe('attrInterpolator (the in-between values of a tweened attribute)', () => {
  it('mixes a path number by number and keeps its commands', () => {
    const mix = attrInterpolator('M10,20L30,40h-5z', 'M20,0L30,80h5z')!;
    expect(mix(0)).toBe('M10,20L30,40h-5z');
    expect(mix(0.5)).toBe('M15,10L30,60h0z');
    expect(mix(0.25)).toBe('M12.5,15L30,50h-2.5z');
  });

  it('ends on the target string itself, character for character', () => {
    const to = 'M1.05,2.50L3,4';
    expect(attrInterpolator('M0,0L0,0', to)!(1)).toBe(to);
    expect(attrInterpolator('M0,0L0,0', to)!(1.2)).toBe(to);
  });

  it('rounds in-between numbers to two decimals, as the build prints them', () => {
    expect(attrInterpolator('0', '1')!(1 / 3)).toBe('0.33');
    expect(attrInterpolator('translate(0,0)', 'translate(10,-10)')!(1 / 3)).toBe('translate(3.33,-3.33)');
  });

  it('reads decimals without a leading digit and exponents', () => {
    expect(attrInterpolator('.5', '1.5')!(0.5)).toBe('1');
    expect(attrInterpolator('1e2', '3e2')!(0.5)).toBe('200');
  });

  it('will not mix values of another shape (they are drawn at once)', () => {
    expect(attrInterpolator('M0,0L1,1', 'M0,0L1,1L2,2')).toBeNull();
    expect(attrInterpolator('M0,0L1,1', 'M0,0H1,1')).toBeNull();
    expect(attrInterpolator('none', 'none')).toBeNull();
  });
});

describe('attrInterpolator with numbers that do not move', () => {
  it('keeps them as written while the others move', () => {
    const mix = attrInterpolator('M10.50,0h2.0V5', 'M10.50,0h2.0V15')!;
    expect(mix(0.5)).toBe('M10.50,0h2.0V10');
    expect(mix(0)).toBe('M10.50,0h2.0V5');
  });
});
