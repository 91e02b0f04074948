/** Lazy loaders for the browser: a page downloads only the figures it shows. */
import type { WidgetDefinition } from './core/types';

const loaders = import.meta.glob<{ default: WidgetDefinition<any, any> }>('./*/index.ts');

export async function loadWidget(name: string): Promise<WidgetDefinition<any, any> | null> {
  const loader = loaders[`./${name}/index.ts`];
  if (!loader) return null;
  return (await loader()).default;
}
