/**
 * Chinese typography (WRITING.md, after 中文文案排版指北), checked with
 * autocorrect: spaces between Chinese and Latin letters or digits, full-width
 * punctuation in Chinese sentences. Runs over the chapters, the glossary, the
 * data page, the UI strings and the text alternative of every step state.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { format, lintFor } from 'autocorrect-node';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { widgets } from '../../../src/components/widgets/registry';
import { chapterScrollies } from './mdx-steps';

const root = process.cwd();

function lint(text: string, filetype: string): string[] {
  return lintFor(text, filetype).lines.map((l) => `${l.l}: ${l.old.trim()} → ${l.new.trim()}`);
}

describe('Chinese typography', () => {
  const chapterDir = resolve(root, 'src/content/chapters');
  const mdx = [
    ...readdirSync(chapterDir).map((f) => join(chapterDir, f)),
    resolve(root, 'src/pages/data/_content.mdx'),
  ];

  it.each(mdx.map((f) => [f.slice(root.length + 1), f]))('%s', (_name, file) => {
    expect(lint(readFileSync(file, 'utf8'), 'x.md')).toEqual([]);
  });

  it('glossary entries', () => {
    const dir = resolve(root, 'src/content/glossary');
    const problems: string[] = [];
    for (const file of readdirSync(dir)) {
      const entry = parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
      for (const value of [entry.term, entry.definition, ...((entry.aliases as string[]) ?? [])]) {
        if (typeof value === 'string' && format(value) !== value) problems.push(`${file}: ${value} → ${format(value)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('UI strings file', () => {
    expect(lint(readFileSync(resolve(root, 'src/i18n/zh-CN.ts'), 'utf8'), 'x.ts')).toEqual([]);
  });

  it('the text alternative of every step state', () => {
    const problems: string[] = [];
    for (const scrolly of chapterScrollies()) {
      const w = widgets[scrolly.figure];
      for (const step of scrolly.steps) {
        const state = w.normalize(step.state);
        const text = w.describe(w.compute(state), state);
        if (format(text) !== text) problems.push(`${step.id}: ${text}\n  → ${format(text)}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
