/**
 * Which share card each page gets: a chapter's card shows its title and the
 * first step of its first figure; the site's card (home and every page that
 * is not a chapter) shows the site's name and the first chapter's first
 * figure. Build time only (content collections).
 */
import { getWidget } from '../widgets/registry';
import { share, site } from '@strings/ui';
import { CARD, type CardContent } from './card';
import { stepPages, type StepPage } from './step-pages';

/** Where the site's own card is written (under the base path). */
export const SITE_CARD = 'og/site.png';
export const chapterCardPath = (slug: string) => `og/${slug}.png`;

export interface CardImage {
  /** Path under the base, e.g. og/risks.png. */
  path: string;
  alt: string;
  width: number;
  height: number;
}

function firstFigure(page: StepPage) {
  const scrolly = page.scrollies[0];
  if (!scrolly) throw new Error(`share card: ${page.path} declares no figure`);
  return { name: scrolly.figure, state: scrolly.steps[0].state };
}

export interface Card {
  image: CardImage;
  content: CardContent;
}

let built: Promise<Card[]> | null = null;

/** The site's card and one card per chapter (read once per build; every page's head asks). */
export function cards(): Promise<Card[]> {
  if (import.meta.env.DEV) return readCards();
  return (built ??= readCards());
}

async function readCards(): Promise<Card[]> {
  const pages = await stepPages();
  const chapters = pages.filter((p) => p.slug);
  const home = chapters[0] ?? pages[0];
  const siteFigure = firstFigure(home);
  return [
    {
      image: { path: SITE_CARD, alt: share.siteImageAlt(getWidget(siteFigure.name).title), ...CARD },
      content: { label: share.siteCardLabel(chapters.length), title: site.title, subtitle: site.subtitle, large: true, figure: siteFigure },
    },
    ...chapters.map((page) => {
      const figure = firstFigure(page);
      return {
        image: { path: chapterCardPath(page.slug!), alt: share.chapterImageAlt(page.label, page.title, getWidget(figure.name).title), ...CARD },
        content: { top: { name: site.title, line: share.cardLine }, label: page.label, title: page.title, figure },
      };
    }),
  ];
}

/** The image a page shows when shared: its chapter's card, or the site's. */
export async function cardImageFor(slug?: string): Promise<CardImage> {
  const all = await cards();
  const path = slug ? chapterCardPath(slug) : SITE_CARD;
  return (all.find((c) => c.image.path === path) ?? all[0]).image;
}
