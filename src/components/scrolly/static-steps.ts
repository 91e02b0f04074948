/**
 * Build-time pass over a <Scrolly>'s rendered steps: read each step's
 * declared state and fill its placeholder with the step's own static
 * figure and text alternative. Working on the rendered HTML (not on shared
 * render state) keeps it correct however Astro orders sibling rendering.
 */
import { escapeXml } from '../widgets/core/marks';
import { renderStatic } from '../widgets/registry';
import { ui } from '@strings/ui';

export interface DeclaredStep {
  id: string;
  state: unknown;
}

const STEP_FIGURE_WIDTH = 400;

const STEP = /<section[^>]*\bid="([^"]+)"[^>]*\bdata-step-state="([^"]*)"[^>]*>/g;
const PLACEHOLDER = /<div data-step-static="([^"]+)"><\/div>/g;

function decodeAttr(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, '&');
}

export function readSteps(html: string): DeclaredStep[] {
  return [...html.matchAll(STEP)].map((m) => ({ id: m[1], state: JSON.parse(decodeAttr(m[2])) }));
}

export function fillStaticSteps(html: string, figure: string, steps: readonly DeclaredStep[]): string {
  const byId = new Map(steps.map((s) => [s.id, s.state]));
  return html.replace(PLACEHOLDER, (_, id: string) => {
    // Each step's own drawing serves phones without JavaScript, reader mode and print: lay it out
    // at a phone's width so its text stays legible there (it scales up moderately on wide screens).
    const drawn = renderStatic(figure, byId.get(id), STEP_FIGURE_WIDTH);
    return (
      `<p class="sr-only step-alt">${escapeXml(ui.figureLabel)}：${escapeXml(drawn.description)}</p>` +
      `<div class="step-figure" aria-hidden="true" data-step-summary="${escapeXml(drawn.summary)}"><svg class="chart chart-${figure}" viewBox="0 0 ${drawn.width} ${drawn.height}" focusable="false">` +
      `<g>${drawn.markup}</g></svg></div>`
    );
  });
}
