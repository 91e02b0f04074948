/**
 * Share cards written by the build: dist/og/site.png and dist/og/<chapter>.png
 * (1200×630 PNG, see components/share/card.ts). Static endpoints: nothing
 * here runs in the browser, and the font they use stays in node_modules.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cards, type Card } from '../../components/share/cards';
import { cardSvg, renderPng } from '../../components/share/card';

export const getStaticPaths = (async () =>
  (await cards()).map((card) => ({
    params: { card: card.image.path.replace(/^og\//, '').replace(/\.png$/, '') },
    props: { card },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: Card }> = async ({ props }) => {
  const png = await renderPng(cardSvg(props.card.content));
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
