/**
 * Pictures under test (Observable Plot style): every declared step of every
 * page is drawn to its static SVG at a phone's and a desktop's width and
 * compared with a committed snapshot (tests/snapshots/<figure>/<step>.<width>.svg),
 * so any change to what a figure draws shows up in review as a changed
 * file. The same pass checks for NaN, duplicate mark keys and text outside
 * the view box. After an intended change: `npx vitest run tests/unit/widgets/snapshots.test.ts -u`.
 */
import { describe, expect, it } from 'vitest';
import { duplicateKeys, renderMarks, type Mark } from '../../../src/components/widgets/core/marks';
import { widgets } from '../../../src/components/widgets/registry';
import { declaredScrollies } from '../../support/pages';
import { badValues, drawFigure } from '../../support/figures';
import { textOutside } from '../../support/text-bounds';

const WIDTHS = [390, 640];

const cases = declaredScrollies().flatMap((s) => s.steps.map((step) => ({ page: s.page, figure: s.figure, ...step })));

describe('every declared step, drawn as static SVG', () => {
  it('flags a label that would run past the edge (the check can fail)', () => {
    const label = (x: number, cls = 'note'): Mark => ({ key: 'l', tag: 'text', attrs: { x, y: 20, class: cls }, text: '美联储买入' });
    expect(textOutside([label(10)], 100, 50)).toEqual([]);
    expect(textOutside([label(60)], 100, 50)).toHaveLength(1);
    expect(textOutside([label(60, 'note end')], 100, 50)).toEqual([]);
    expect(textOutside([{ key: 'g', tag: 'g', attrs: { transform: 'translate(80,0)' }, children: [label(10)] }], 100, 50)).toHaveLength(1);
  });

  it('covers every page with steps', () => {
    expect(new Set(cases.map((c) => c.page)).size).toBeGreaterThanOrEqual(6);
  });

  describe.each(cases.map((c) => [`${c.figure} · ${c.id}`, c] as const))('%s', (_label, c) => {
    it.each(WIDTHS)('at %i px matches its snapshot, with no NaN, no duplicate key and no text outside the view box', async (width) => {
      const drawn = drawFigure(widgets[c.figure], c.state, width);
      const { height } = drawn.size;
      expect(duplicateKeys(drawn.marks)).toEqual([]);
      expect(badValues(drawn.marks)).toEqual([]);
      expect(textOutside(drawn.marks, width, height)).toEqual([]);
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-${c.figure}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">\n${pretty(drawn.marks)}</svg>\n`;
      expect(svg).not.toMatch(/NaN|Infinity|undefined/);
      await expect(svg).toMatchFileSnapshot(`../../snapshots/${c.figure}/${c.id}.${width}.svg`);
    });
  });
});

/** One mark per line, so a review diff shows which marks changed. */
function pretty(marks: readonly Mark[], depth = 0): string {
  return marks
    .map((m) => {
      const pad = '  '.repeat(depth + 1);
      if (!m.children?.length) return `${pad}${renderMarks([m])}\n`;
      const open = renderMarks([{ ...m, children: [], text: m.text }]).replace(new RegExp(`</${m.tag}>$`), '');
      return `${pad}${open}\n${pretty(m.children, depth + 1)}${pad}</${m.tag}>\n`;
    })
    .join('');
}
