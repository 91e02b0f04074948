/**
 * The one reader of step declarations: every `<Scrolly figure>` and its
 * `<Step id state>` elements, read from an MDX syntax tree. The remark
 * plugin (remark-steps.ts) uses it during the build, tests use it on the
 * source files; nothing reads step states back out of built HTML.
 *
 * A step's `state={{ … }}` must be a plain literal (numbers, strings,
 * booleans, null, nested objects/arrays): it is data, evaluated statically.
 */
import type { Root, RootContent } from 'mdast';
import type { Expression, Node as EsNode, Program } from 'estree';

export interface DeclaredStep {
  id: string;
  state: Record<string, unknown>;
}

export interface DeclaredScrolly {
  /** Source file, relative to the project (e.g. src/content/chapters/04-risks.mdx). */
  page: string;
  figure: string;
  steps: DeclaredStep[];
}

interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string; value: string; data?: { estree?: Program } };
}

export interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  children: RootContent[];
}

function isJsx(node: unknown, name: string): node is JsxElement {
  const n = node as JsxElement;
  return (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name === name;
}

/** Visit every JSX element called `name`, outermost first (a tiny walker: no dependency needed). */
export function jsxElements(tree: Root | RootContent | JsxElement, name: string): JsxElement[] {
  const found: JsxElement[] = [];
  const walk = (node: unknown) => {
    if (isJsx(node, name)) found.push(node);
    for (const child of (node as { children?: unknown[] }).children ?? []) walk(child);
  };
  walk(tree);
  return found;
}

export function stringAttribute(el: JsxElement, name: string): string | null {
  const attr = el.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return attr && typeof attr.value === 'string' ? attr.value : null;
}

class DeclarationError extends Error {}

/** Evaluate a literal expression (the only kind a step state may be). */
function literal(node: EsNode, where: string): unknown {
  switch (node.type) {
    case 'Literal':
      if (node.value instanceof RegExp || typeof node.value === 'bigint') break;
      return node.value;
    case 'UnaryExpression': {
      const arg = literal(node.argument, where);
      if (node.operator === '-' && typeof arg === 'number') return -arg;
      if (node.operator === '+' && typeof arg === 'number') return arg;
      break;
    }
    case 'TemplateLiteral':
      if (node.expressions.length === 0) return node.quasis.map((q) => q.value.cooked).join('');
      break;
    case 'ArrayExpression':
      return node.elements.map((e) => (e && e.type !== 'SpreadElement' ? literal(e, where) : fail(where, 'a spread or hole in an array')));
    case 'ObjectExpression': {
      const out: Record<string, unknown> = {};
      for (const prop of node.properties) {
        if (prop.type !== 'Property' || prop.computed || prop.kind !== 'init') fail(where, 'a computed, spread or method property');
        const p = prop as Extract<typeof prop, { type: 'Property' }>;
        const key = p.key.type === 'Identifier' ? p.key.name : p.key.type === 'Literal' ? String(p.key.value) : fail(where, 'an unusual key');
        out[key as string] = literal(p.value as Expression, where);
      }
      return out;
    }
    case 'Identifier':
      if (node.name === 'undefined') return undefined;
      break;
  }
  return fail(where, `an expression of type ${node.type}`);
}

function fail(where: string, what: string): never {
  throw new DeclarationError(`${where}: a step state must be a plain literal object, found ${what}`);
}

function stateOf(step: JsxElement, where: string): Record<string, unknown> {
  const attr = step.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'state');
  if (!attr) return {};
  const value = attr.value;
  if (!value || typeof value !== 'object') fail(where, 'a state that is not an expression');
  const program = value.data?.estree;
  const statement = program?.body[0];
  if (!program || program.body.length !== 1 || statement?.type !== 'ExpressionStatement') fail(where, 'no single expression');
  const state = literal(statement.expression, where);
  if (!state || typeof state !== 'object' || Array.isArray(state)) fail(where, 'a value that is not an object');
  return state as Record<string, unknown>;
}

/** Every scrolly in a page's MDX tree, with its steps in order. Throws on a malformed declaration. */
export function scrolliesInTree(tree: Root, page: string): DeclaredScrolly[] {
  return jsxElements(tree, 'Scrolly').map((scrolly) => {
    const figure = stringAttribute(scrolly, 'figure');
    if (!figure) throw new DeclarationError(`${page}: <Scrolly> needs figure="<name>"`);
    const steps = jsxElements(scrolly, 'Step').map((step, i) => {
      const id = stringAttribute(step, 'id');
      if (!id) throw new DeclarationError(`${page}: step ${i + 1} of <Scrolly figure="${figure}"> needs id="…"`);
      return { id, state: stateOf(step, `${page}, step "${id}"`) };
    });
    if (steps.length === 0) throw new DeclarationError(`${page}: <Scrolly figure="${figure}"> has no <Step>`);
    return { page, figure, steps };
  });
}
