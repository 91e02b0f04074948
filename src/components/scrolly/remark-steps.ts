/**
 * Remark plugin (build): reads every <Scrolly>/<Step> declaration of an MDX
 * page once, through declarations.ts, and hands the result to the
 * components as plain attributes: the scrolly gets its page and the JSON
 * list of its steps; each step gets its figure and page. Scrolly.astro then
 * checks every state strictly against the figure's parameters.
 */
import type { Root } from 'mdast';
import { relative } from 'node:path';
import { jsxElements, scrolliesInTree, type JsxElement } from './declarations';

function setAttribute(el: JsxElement, name: string, value: string): void {
  el.attributes = el.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name === name));
  el.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

export function remarkSteps() {
  return (tree: Root, file: { path?: string; cwd?: string }) => {
    const page = file.path ? relative(file.cwd ?? process.cwd(), file.path) : '(unknown page)';
    const declared = scrolliesInTree(tree, page);
    const seen = new Set<string>();
    for (const s of declared) {
      for (const step of s.steps) {
        if (seen.has(step.id)) throw new Error(`${page}: step id "${step.id}" is used twice (ids are the page's anchors)`);
        seen.add(step.id);
      }
    }
    jsxElements(tree, 'Scrolly').forEach((el, i) => {
      setAttribute(el, 'page', page);
      setAttribute(el, 'steps', JSON.stringify(declared[i].steps));
      for (const step of jsxElements(el, 'Step')) {
        setAttribute(step, 'figure', declared[i].figure);
        setAttribute(step, 'page', page);
      }
    });
  };
}
