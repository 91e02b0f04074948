/**
 * Chinese typography (WRITING.md): spaces between Chinese and Latin letters
 * or digits, full-width punctuation in Chinese sentences, no space before %.
 * Runs over the chapters, the data page, the glossary, the UI strings and the
 * text alternative of every step state.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { widgets } from '../../../src/components/widgets/registry';
import { chapterScrollies } from '../../support/pages';
import { checkText, stringLiterals, visibleMdx } from './typography';
import { stateOf } from '../../support/figures';

const root = process.cwd();
const show = (findings: ReturnType<typeof checkText>) => findings.map((f) => `${f.line}: ${f.rule}: …${f.text}…`);

describe('the checker', () => {
  it('finds what WRITING.md forbids and passes what it asks for', () => {
    expect(checkText('在2020年3月，SOFR一度达到5.25 %。').map((f) => f.rule)).toEqual([
      'space between Chinese and Latin letters or digits',
      'space between Chinese and Latin letters or digits',
      'space between Chinese and Latin letters or digits',
      'space between Chinese and Latin letters or digits',
      'space between Chinese and Latin letters or digits',
      'space before %',
    ]);
    expect(checkText('价格上涨,保证金(变动)减少 。').map((f) => f.rule)).toEqual([
      'half-width punctuation after Chinese',
      'half-width punctuation after Chinese',
      'half-width bracket around Chinese',
      'half-width bracket around Chinese',
      'space next to full-width punctuation',
    ]);
    expect(checkText('在 2020 年 3 月，SOFR 一度达到 5.25%（见《FEDS Notes》）。')).toEqual([]);
  });

  it('reads only what a reader sees in MDX', () => {
    const mdx = '---\ntitle: 标题\nslug: a-b\n---\n<Step id="x1" state={{ day: 5 }}>第 5 天<Term id="margin">保证金</Term>。</Step>';
    expect(visibleMdx(mdx)).not.toMatch(/Step|Term|slug|day/);
    expect(checkText(visibleMdx(mdx))).toEqual([]);
  });
});

describe('Chinese typography', () => {
  const chapterDir = resolve(root, 'src/content/chapters');
  const mdx = [...readdirSync(chapterDir).map((f) => join(chapterDir, f)), resolve(root, 'src/pages/data/_content.mdx')];

  it.each(mdx.map((f) => [f.slice(root.length + 1), f]))('%s', (_name, file) => {
    expect(show(checkText(visibleMdx(readFileSync(file, 'utf8'))))).toEqual([]);
  });

  it('glossary entries', () => {
    const dir = resolve(root, 'src/content/glossary');
    const problems: string[] = [];
    for (const file of readdirSync(dir)) {
      const entry = parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
      for (const value of [entry.term, entry.definition, ...((entry.aliases as string[]) ?? [])]) {
        if (typeof value === 'string') problems.push(...show(checkText(value)).map((p) => `${file}: ${p}`));
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(readdirSync(resolve(root, 'src/i18n/zh-CN')))('locale module %s', (file) => {
    const source = readFileSync(resolve(root, 'src/i18n/zh-CN', file), 'utf8');
    const problems = stringLiterals(source).flatMap((s) => show(checkText(s.text, s.line)));
    expect(problems).toEqual([]);
  });

  it('the text alternative of every step state', () => {
    const problems: string[] = [];
    for (const scrolly of chapterScrollies()) {
      const w = widgets[scrolly.figure];
      for (const step of scrolly.steps) {
        const state = stateOf(w, step.state);
        problems.push(...show(checkText(w.describe(w.compute(state), state))).map((p) => `${step.id}: ${p}`));
      }
    }
    expect(problems).toEqual([]);
  });
});
