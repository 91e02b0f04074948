import { describe, expect, it } from 'vitest';
import { duplicateKeys, formatAttr, renderMarks, type Mark } from '../../../src/components/widgets/core/marks';

describe('marks printed as static SVG', () => {
  it('prints tags, keys, attributes and escaped text', () => {
    const marks: Mark[] = [
      { key: 'a', tag: 'g', children: [{ key: 'label', tag: 'text', attrs: { x: 1.005, y: 2 }, text: '价差 <0.01> & "x"' }] },
    ];
    expect(renderMarks(marks)).toBe(
      '<g data-key="a"><text data-key="label" x="1" y="2">价差 &lt;0.01&gt; &amp; &quot;x&quot;</text></g>',
    );
  });

  it('rounds numbers to two decimals so build and browser agree, and never prints NaN', () => {
    expect(formatAttr(3.14159)).toBe('3.14');
    expect(formatAttr(Number.NaN)).toBe('0');
    expect(formatAttr(undefined)).toBeNull();
    expect(formatAttr('M0,0L1,1')).toBe('M0,0L1,1');
  });

  it('omits undefined attributes', () => {
    expect(renderMarks([{ key: 'r', tag: 'rect', attrs: { x: 1, y: undefined } }])).toBe('<rect data-key="r" x="1"></rect>');
  });

  it('finds duplicate sibling keys, at any depth', () => {
    const marks: Mark[] = [
      { key: 'a', tag: 'g', children: [{ key: 'x', tag: 'line' }, { key: 'x', tag: 'line' }] },
      { key: 'a', tag: 'rect' },
    ];
    expect(duplicateKeys(marks).sort()).toEqual(['/a', '/a/x']);
  });
});
