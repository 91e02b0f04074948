import { describe, expect, it } from 'vitest';
import { duplicateKeys, formatAttr, renderMarks, type Mark } from '../../../src/components/widgets/core/marks';
import { readSteps } from '../../../src/components/scrolly/static-steps';

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

describe('steps read back from rendered HTML', () => {
  it('decodes the state JSON Astro escaped into the attribute', () => {
    const html =
      '<section class="step" id="s-1" data-step-state="{&quot;day&quot;:5,&quot;answer&quot;:&quot;top-up&quot;,&quot;note&quot;:&quot;a&amp;b&quot;}" data-step>';
    expect(readSteps(html)).toEqual([{ id: 's-1', state: { day: 5, answer: 'top-up', note: 'a&b' } }]);
  });
});
