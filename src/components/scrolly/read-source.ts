/**
 * Step declarations of an MDX file read from its source text (Node only:
 * tests and tools). It parses with the same MDX grammar the build uses and
 * hands the tree to declarations.ts, the one reader of steps.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import type { Root } from 'mdast';
import { scrolliesInTree, type DeclaredScrolly } from './declarations';

/** Frontmatter is YAML, not MDX: blank it out, keeping line numbers. */
function withoutFrontmatter(source: string): string {
  const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(source);
  return m ? m[0].replace(/[^\n]/g, '') + source.slice(m[0].length) : source;
}

export function scrolliesInSource(source: string, page: string): DeclaredScrolly[] {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(withoutFrontmatter(source)) as Root;
  return scrolliesInTree(tree, page);
}
