/**
 * The pages whose figures can be shared: every chapter (in order) and the
 * /data/ page, each with the scrollies and steps its MDX declares, read by
 * the build's own reader (scrolly/read-source.ts). The share cards and the
 * embed pages are made from this one list (build time only: it uses the
 * content collections).
 */
import { getCollection } from 'astro:content';
import { scrolliesInSource } from '../scrolly/read-source';
import type { DeclaredScrolly } from '../scrolly/declarations';
import { dataPage, site } from '@strings/ui';
import dataSource from '../../pages/data/_content.mdx?raw';

export interface StepPage {
  /** Path under the site's base, e.g. chapters/risks/ or data/. */
  path: string;
  /** Chapter slug (chapters only). */
  slug?: string;
  order?: number;
  title: string;
  /** e.g. 第 4 章 or 数据图: how a link names the page. */
  label: string;
  scrollies: DeclaredScrolly[];
}

export async function stepPages(): Promise<StepPage[]> {
  const chapters = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
  return [
    ...chapters.map((c) => ({
      path: `chapters/${c.id}/`,
      slug: c.id,
      order: c.data.order,
      title: c.data.title,
      label: site.chapterLabel(c.data.order),
      scrollies: scrolliesInSource(c.body ?? '', c.filePath ?? c.id),
    })),
    { path: 'data/', title: dataPage.title, label: dataPage.title, scrollies: scrolliesInSource(dataSource, 'src/pages/data/_content.mdx') },
  ];
}

/** An absolute URL on this site (Astro's `site` with the base path). */
export function absoluteUrl(path: string, siteUrl: URL | undefined): string {
  const base = import.meta.env.BASE_URL;
  return new URL(`${base}${path}`.replace(/\/{2,}/g, '/'), siteUrl ?? 'http://127.0.0.1:4321').href;
}
