/**
 * Share cards (issue 10): the card stylesheet derived from the site's CSS,
 * the title's line breaks, the composed SVG and the rasterised PNG.
 */
import { describe, expect, test } from 'vitest';
import { chartStylesheet, lightTokens, resolveVars, siteCss, topLevelRules } from '../../../src/components/share/card-style';
import { CARD, FIGURE_LAYOUT_WIDTH, balancedTitle, cardSvg, drawnCharacters, rasterise, textWidth, wrapTitle } from '../../../src/components/share/card';
import { renderStatic } from '../../../src/components/widgets/registry';
import { declaredScrollies } from '../../support/pages';

describe('card stylesheet', () => {
  const css = siteCss();
  const sheet = chartStylesheet(css, 'Noto Sans SC');
  const tokens = lightTokens(css.flatMap(topLevelRules));

  test('every custom property is replaced by a value', () => {
    expect(sheet.length).toBeGreaterThan(0);
    expect(sheet).not.toContain('var(');
  });

  test("a chart rule carries the light theme's value of the token the site uses", () => {
    // Every chart rule of the site that sets a colour from a token keeps that token's light value.
    const siteRules = css.flatMap(topLevelRules).filter((r) => r.selectors.length && r.selectors.every((s) => s.startsWith('.chart ')));
    const withToken = siteRules.flatMap((r) => r.declarations.filter(([, v]) => /^var\(--[\w-]+\)$/.test(v)).map(([k, v]) => ({ r, k, v })));
    expect(withToken.length).toBeGreaterThan(10);
    const cardRules = topLevelRules(sheet);
    for (const { r, k, v } of withToken) {
      if (k === 'font-family') continue;
      const value = tokens.get(v.slice(4, -1));
      expect(value, v).toBeDefined();
      const same = cardRules.filter((c) => c.selectors.join(',') === r.selectors.join(','));
      expect(same.some((c) => c.declarations.some(([ck, cv]) => ck === k && cv === value)), `${r.selectors.join(',')} ${k}`).toBe(true);
    }
  });

  test('fonts are the card font; no media query, pseudo-class or non-chart rule gets in', () => {
    expect(sheet).not.toMatch(/font-family:(?!'Noto Sans SC')/);
    expect(sheet).not.toContain('@media');
    for (const line of sheet.split('\n')) {
      const selectors = line.slice(0, line.indexOf('{')).split(',');
      for (const s of selectors) expect(s).toMatch(/^\.chart/);
      expect(line.slice(0, line.indexOf('{'))).not.toContain(':');
    }
  });

  test('the light tokens come from plain :root rules only (dark theme and media queries ignored)', () => {
    const rules = topLevelRules(`
      :root { --a: #111; --b: var(--a); }
      :root[data-theme='dark'] { --a: #eee; }
      @media (prefers-color-scheme: dark) { :root:not([data-theme='light']) { --a: #ddd; } }
      @media (min-width: 10rem) { :root { --a: #222; } }
      .chart .x { fill: var(--b); stroke: var(--missing, #333); }
      .page .chart .y { fill: var(--a); }
      .chart .z:hover { fill: var(--a); }
    `);
    const t = lightTokens(rules);
    expect(t.get('--a')).toBe('#111');
    expect(resolveVars('var(--b)', t)).toBe('#111');
    expect(() => resolveVars('var(--nope)', t)).toThrow(/--nope/);
    const sheet = chartStylesheet([`:root { --a: #111; --b: var(--a); }`, `.chart .x { fill: var(--b); stroke: var(--missing, #333); } .page .chart .y { fill: red } .chart .z:hover { fill: blue }`], 'F');
    expect(sheet).toBe('.chart .x{fill:#111;stroke:#333}');
  });
});

describe('title lines', () => {
  const titles = ['引子：美联储为何盯上基差交易', '监管机构的担忧：对冲基金与资管，并非对赌', '基差交易三步曲', '2020 年 3 月：连锁平仓与美联储'];
  const closing = /^[，。、：；！？）」』》]/;

  for (const title of titles) {
    test(`"${title}" keeps every character, fits the measure and starts no line with closing punctuation`, () => {
      const maxEm = 8;
      const lines = wrapTitle(title, maxEm, 10)!;
      expect(lines.join('')).toBe(title);
      for (const line of lines) {
        expect(line).not.toMatch(closing);
        // A closing mark may hang past the measure; nothing else may.
        expect(textWidth(line.replace(/[，。、：；！？）」』》]+$/, ''))).toBeLessThanOrEqual(maxEm);
      }
    });
  }

  test('breaks after a punctuation mark in the second half of a line', () => {
    expect(wrapTitle('监管机构的担忧：对冲基金与资管，并非对赌', 9, 3)).toEqual(['监管机构的担忧：', '对冲基金与资管，', '并非对赌']);
  });

  test('a last line shorter than a third of the measure is balanced with the line before, in as many lines', () => {
    const title = '盈利锁定与平仓风险';
    expect(wrapTitle(title, 8, 3)).toEqual(['盈利锁定与平仓风', '险']);
    const balanced = balancedTitle(title, 8, 3)!;
    expect(balanced.join('')).toBe(title);
    expect(balanced).toHaveLength(2);
    expect(Math.min(...balanced.map(textWidth))).toBeGreaterThanOrEqual(8 / 3);
    // A last line long enough is left alone.
    expect(balancedTitle('引子：美联储为何盯上基差交易', 8, 3)).toEqual(wrapTitle('引子：美联储为何盯上基差交易', 8, 3));
  });

  test('null when the title needs more lines than allowed', () => {
    expect(wrapTitle('一二三四五六七八九十', 3, 2)).toBeNull();
    expect(wrapTitle('一二三四五六', 3, 2)).toEqual(['一二三', '四五六']);
  });
});

describe('the card', () => {
  const scrolly = declaredScrollies()[0];
  const figure = { name: scrolly.figure, state: scrolly.steps[0].state };
  const content = { top: { name: '基差交易', line: '副标题' }, label: '第 1 章', title: '引子：美联储为何盯上基差交易', figure };

  test('is a 1200×630 SVG with the title, the labels and the figure drawn at its declared state', () => {
    const svg = cardSvg(content);
    expect(svg).toMatch(new RegExp(`^<svg[^>]* width="${CARD.width}" height="${CARD.height}"`));
    for (const part of ['基差交易', '副标题', '第 1 章']) expect(svg).toContain(`>${part}</text>`);
    expect(drawnCharacters(svg)).toEqual(expect.stringContaining('盯'));
    // The figure's own marks, exactly as the build prints them for this state at the card's layout width.
    const drawn = renderStatic(figure.name, figure.state, FIGURE_LAYOUT_WIDTH);
    expect(drawn.markup.length).toBeGreaterThan(100);
    expect(svg).toContain(`<g class="chart chart-${figure.name}">${drawn.markup}</g>`);
    expect(svg).toContain(`viewBox="0 0 ${drawn.width} ${drawn.height}"`);
  });

  test('the characters a card draws leave out its stylesheet', () => {
    const chars = drawnCharacters('<svg><style>.chart .x{fill:#abc}</style><text>基差 &amp; 1</text></svg>');
    expect(chars).toContain('基');
    expect(chars).toContain('&');
    expect(chars).not.toContain('{');
    expect(chars).not.toContain('#');
  });

  test('rasterises to a 1200×630 PNG', async () => {
    const { png, width, height } = await rasterise(cardSvg(content));
    expect([width, height]).toEqual([CARD.width, CARD.height]);
    // PNG signature, then IHDR with the width and height (big-endian).
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    expect(String.fromCharCode(...png.subarray(12, 16))).toBe('IHDR');
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([CARD.width, CARD.height]);
  });

  test('draws Chinese glyphs from the build-time font (two characters differ; not blank, not the same box)', async () => {
    const one = (ch: string) =>
      rasterise(`<svg xmlns="http://www.w3.org/2000/svg" width="80" height="80"><rect width="80" height="80" fill="#fff"/><text x="8" y="64" font-size="64">${ch}</text></svg>`);
    const dark = (p: Uint8Array) => p.filter((_, i) => i % 4 === 0 && p[i] < 128).length;
    const [a, b] = await Promise.all([one('基'), one('差')]);
    expect(dark(a.pixels)).toBeGreaterThan(100);
    expect(dark(b.pixels)).toBeGreaterThan(100);
    expect(Buffer.from(a.pixels).equals(Buffer.from(b.pixels))).toBe(false);
  });
});
