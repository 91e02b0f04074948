/**
 * A small checker for the rules of WRITING.md (after 中文文案排版指北) that
 * matter most on this site. Dependency-free on purpose: it must run on every
 * machine `npm ci` runs on.
 */

const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff';
const RULES: { name: string; pattern: RegExp }[] = [
  { name: 'space between Chinese and Latin letters or digits', pattern: new RegExp(`[${HAN}][A-Za-z0-9]|[A-Za-z0-9%][${HAN}]`, 'g') },
  { name: 'half-width punctuation after Chinese', pattern: new RegExp(`[${HAN}][,;:?!(]`, 'g') },
  { name: 'half-width bracket around Chinese', pattern: new RegExp(`\\([${HAN}]|[${HAN}]\\)`, 'g') },
  { name: 'space next to full-width punctuation', pattern: /[ \t][，。、；：？！）”」》]|[（“「《，。、；：？！][ \t]/g },
  { name: 'space before %', pattern: /\d %/g },
];

export interface Finding {
  line: number;
  rule: string;
  text: string;
}

/** Findings in plain text (one string may hold several lines). */
export function checkText(text: string, firstLine = 1): Finding[] {
  const findings: Finding[] = [];
  text.split('\n').forEach((line, i) => {
    for (const { name, pattern } of RULES) {
      for (const m of line.matchAll(pattern)) {
        findings.push({ line: firstLine + i, rule: name, text: line.slice(Math.max(0, m.index! - 8), m.index! + 10) });
      }
    }
  });
  return findings;
}

/** The reader-visible text of an MDX chapter: no frontmatter keys, URLs, JSX tags or state objects. */
export function visibleMdx(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---/, (fm) =>
      fm
        .split('\n')
        .map((l) => (/https?:|^\s*(url|publisher|date|slug|order|minutes):/.test(l) ? '' : l.replace(/^\s*-?\s*[a-zA-Z]+:\s?/, '')))
        .join('\n'),
    )
    .replace(/<[^<>]*(\{\{[^}]*\}\}[^<>]*)?>/g, '')
    .replace(/\[[^\]]*\]\([^)]*\)/g, (link) => link.replace(/\([^)]*\)$/, ''));
}

/** The text of string and template literals in a TypeScript file; each `${…}` becomes a neutral mark (▢) the rules ignore. */
export function stringLiterals(source: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  for (const m of source.matchAll(/'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g)) {
    const text = (m[1] ?? m[2] ?? '').replace(/\$\{(?:[^{}]|\{[^{}]*\})*\}/g, '▢');
    out.push({ line: source.slice(0, m.index).split('\n').length, text });
  }
  return out;
}
