/**
 * The parameter reference authors read (widgets/<name>/PARAMS.md), made
 * from the figure's declaration so it can never disagree with it. Written
 * by `npm run params:doc`; a test fails when a committed file is stale.
 */
import { describeRange, readParams, type Params } from './params';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function paramsReference(figure: string, params: Params): string {
  const defaults = readParams(params, {}).state as Record<string, unknown>;
  const rows = Object.entries(params).map(([key, p]) => {
    const type = p.kind === 'number' ? 'number' : p.kind === 'choice' ? 'choice' : p.kind === 'flag' ? 'boolean' : 'ISO date';
    const dflt = `\`${JSON.stringify(defaults[key])}\`${typeof p.default === 'function' ? ' (computed from the keys above)' : ''}`;
    const extra = p.kind === 'number' && p.control ? ' · slider' : '';
    return `| \`${key}\` | ${type}${extra} | ${dflt} | ${cell(describeRange(p))} | ${cell(('unit' in p && p.unit) || '')} | ${cell(p.label)} |`;
  });
  return [
    `# \`${figure}\` parameters`,
    '',
    'Generated from `params.ts` by `npm run params:doc`; do not edit by hand.',
    'Every key is optional in a `<Step state={{…}}>`; a missing key takes its default.',
    'The build rejects unknown keys, wrong types and values outside the allowed range.',
    '',
    '| key | type | default | allowed | unit | label |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
