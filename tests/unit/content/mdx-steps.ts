/**
 * Reads the <Scrolly>/<Step> structure of every chapter's MDX source, so
 * unit tests can check every declared step state without a build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CHAPTER_DIR = resolve(process.cwd(), 'src/content/chapters');

export interface DeclaredScrolly {
  file: string;
  figure: string;
  steps: { id: string; state: Record<string, unknown> }[];
}

/** The JS object literal inside state={{ … }} (balanced braces). */
function objectAfter(text: string, start: number): string {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++;
    if (text[i] === '}') {
      depth--;
      if (depth === 0) return text.slice(start, i + 1);
    }
  }
  throw new Error('unbalanced braces in a step state');
}

export function chapterFiles(): string[] {
  return readdirSync(CHAPTER_DIR).filter((f) => f.endsWith('.mdx')).sort();
}

export function chapterSource(file: string): string {
  return readFileSync(join(CHAPTER_DIR, file), 'utf8');
}

export function chapterScrollies(): DeclaredScrolly[] {
  const out: DeclaredScrolly[] = [];
  for (const file of chapterFiles()) {
    const text = chapterSource(file);
    for (const block of text.matchAll(/<Scrolly\s+figure="([^"]+)"[^>]*>([\s\S]*?)<\/Scrolly>/g)) {
      const steps = [...block[2].matchAll(/<Step\s+id="([^"]+)"\s+state=\{/g)].map((m) => {
        const literal = objectAfter(block[2], m.index! + m[0].length);
        // The MDX author writes a plain object literal; evaluate it as such.
        const state = new Function(`return (${literal});`)() as Record<string, unknown>;
        return { id: m[1], state };
      });
      const written = [...block[2].matchAll(/<Step\b/g)].length;
      if (written !== steps.length) throw new Error(`${file}: write each <Step id="…" state={{…}}> with id first (${written} steps, ${steps.length} read)`);
      out.push({ file, figure: block[1], steps });
    }
  }
  return out;
}
