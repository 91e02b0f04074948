/**
 * The site's MDX pages and every <Scrolly>/<Step> they declare, read through
 * the same module the build uses (src/components/scrolly/declarations.ts).
 * Shared by unit and browser tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scrolliesInSource } from '../../src/components/scrolly/read-source';
import type { DeclaredScrolly } from '../../src/components/scrolly/declarations';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHAPTER_DIR = join(ROOT, 'src/content/chapters');
/** MDX that is not a chapter but declares steps (the /data/ page's prose). */
const OTHER_PAGES = [{ file: 'src/pages/data/_content.mdx', url: '/data/' }];

export function chapterFiles(): string[] {
  return readdirSync(CHAPTER_DIR).filter((f) => f.endsWith('.mdx')).sort();
}

export function chapterSource(file: string): string {
  return readFileSync(join(CHAPTER_DIR, file), 'utf8');
}

export function chapterSlug(file: string): string {
  return /\nslug:\s*([a-z0-9-]+)/.exec(chapterSource(file))![1];
}

export interface Page {
  /** Source file relative to the project. */
  file: string;
  url: string;
  scrollies: DeclaredScrolly[];
}

/** Every page with steps: the chapters in order, then the /data/ page. */
export function pages(): Page[] {
  const chapters = chapterFiles().map((f) => ({ file: `src/content/chapters/${f}`, url: `/chapters/${chapterSlug(f)}/` }));
  return [...chapters, ...OTHER_PAGES].map(({ file, url }) => ({
    file,
    url,
    scrollies: scrolliesInSource(readFileSync(join(ROOT, file), 'utf8'), file),
  }));
}

/** Every declared scrolly of every page. */
export function declaredScrollies(): DeclaredScrolly[] {
  return pages().flatMap((p) => p.scrollies);
}

/** The steps of one figure across all pages (e.g. to test a figure on its real states). */
export function stepsOf(figure: string): { page: string; id: string; state: Record<string, unknown> }[] {
  return declaredScrollies()
    .filter((s) => s.figure === figure)
    .flatMap((s) => s.steps.map((step) => ({ page: s.page, ...step })));
}

/** The chapters' scrollies, each with its chapter's file name (e.g. 04-risks.mdx). */
export function chapterScrollies(): (DeclaredScrolly & { file: string })[] {
  return declaredScrollies()
    .filter((s) => s.page.startsWith('src/content/chapters/'))
    .map((s) => ({ ...s, file: s.page.slice('src/content/chapters/'.length) }));
}
