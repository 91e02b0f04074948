/** Each figure's parameter reference (widgets/<name>/PARAMS.md) is generated from its declaration and kept current. */
import { describe, expect, it } from 'vitest';
import { widgets } from '../../../src/components/widgets/registry';
import { paramsReference } from '../../../src/components/widgets/core/params-doc';

describe.each(Object.keys(widgets))('%s/PARAMS.md', (name) => {
  it('matches its declaration (regenerate with npm run params:doc)', async () => {
    const doc = paramsReference(name, widgets[name].params);
    for (const key of Object.keys(widgets[name].params)) expect(doc).toContain(`| \`${key}\` |`);
    await expect(doc).toMatchFileSnapshot(`../../../src/components/widgets/${name}/PARAMS.md`);
  });
});
