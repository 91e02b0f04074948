/**
 * The chapters as a teacher would check them: every glossary term used
 * exists and is defined, step ids are unique across the site, each chapter
 * has 4–8 steps, learning objectives and a closing recap.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { chapterFiles, chapterScrollies, chapterSource } from '../../support/pages';

const GLOSSARY_DIR = resolve(process.cwd(), 'src/content/glossary');

function frontmatter(source: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---/.exec(source);
  return m ? (parse(m[1]) as Record<string, unknown>) : {};
}

describe('glossary', () => {
  const entries = readdirSync(GLOSSARY_DIR).filter((f) => f.endsWith('.yaml'));

  it('every term id used in a chapter has a glossary entry', () => {
    const missing: string[] = [];
    for (const file of chapterFiles()) {
      for (const m of chapterSource(file).matchAll(/<Term\s+id="([^"]+)"/g)) {
        if (!existsSync(join(GLOSSARY_DIR, `${m[1]}.yaml`))) missing.push(`${file}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(entries)('%s has a term, an English name and a definition of its own', (file) => {
    const entry = parse(readFileSync(join(GLOSSARY_DIR, file), 'utf8'));
    expect(entry.term).toMatch(/[\u4e00-\u9fff]/);
    expect(entry.english).toMatch(/[a-z]/i);
    expect(String(entry.definition).length).toBeGreaterThan(15);
  });

  it('no two entries define the same Chinese term', () => {
    const terms = entries.map((f) => parse(readFileSync(join(GLOSSARY_DIR, f), 'utf8')).term as string);
    expect(terms.filter((t, i) => terms.indexOf(t) !== i)).toEqual([]);
  });
});

describe('chapters', () => {
  const files = chapterFiles();
  const scrollies = chapterScrollies();

  it('step ids are unique across the whole site', () => {
    const ids = scrollies.flatMap((s) => s.steps.map((st) => st.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('chapter orders are unique', () => {
    const orders = files.map((f) => frontmatter(chapterSource(f)).order);
    expect(new Set(orders).size).toBe(orders.length);
  });

  describe.each(files)('%s', (file) => {
    const source = chapterSource(file);
    const meta = frontmatter(source);

    it('has 4–8 steps', () => {
      const steps = scrollies.filter((s) => s.file === file).reduce((n, s) => n + s.steps.length, 0);
      expect(steps).toBeGreaterThanOrEqual(4);
      expect(steps).toBeLessThanOrEqual(8);
    });

    it('has 2–4 learning objectives a teacher can check, and reading minutes', () => {
      const objectives = meta.objectives as string[];
      expect(objectives.length).toBeGreaterThanOrEqual(2);
      expect(objectives.length).toBeLessThanOrEqual(4);
      for (const o of objectives) expect(o).toMatch(/^(解释|计算|判断|说明|比较|区分|描述|识别|估算|评估|读懂|画出|列出|指出|复述)/);
      expect(meta.minutes).toBeGreaterThan(0);
    });

    it('ends with a recap of three points', () => {
      const recap = /<Recap>([\s\S]*?)<\/Recap>\s*$/.exec(source);
      expect(recap, 'the <Recap> closes the chapter').not.toBeNull();
      expect(recap![1].split('\n').filter((l) => /^\s*-\s+\S/.test(l))).toHaveLength(3);
    });
  });
});
