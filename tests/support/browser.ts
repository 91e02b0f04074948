/**
 * Shared browser-test helpers: a guard that fails on any request to a host
 * other than the local server, a console-error collector, and the list of
 * chapters and their steps (read from the MDX by the build's own reader, tests/support/pages.ts).
 */
import { expect, type Page } from '@playwright/test';
import { chapterFiles, chapterScrollies, chapterSlug } from './pages';

export interface Chapter {
  file: string;
  slug: string;
  scrollies: { figure: string; steps: { id: string }[] }[];
}

export function chapters(): Chapter[] {
  const scrollies = chapterScrollies();
  return chapterFiles().map((file) => ({ file, slug: chapterSlug(file), scrollies: scrollies.filter((s) => s.file === file) }));
}

export function chapterUrl(slug: string, hash = ''): string {
  return `/chapters/${slug}/${hash ? `#${hash}` : ''}`;
}

/** Abort and record any request to another host; collect console errors and page errors. */
export async function guard(page: Page): Promise<{ foreign: string[]; errors: string[] }> {
  const foreign: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
    foreign.push(url.href);
    return route.abort();
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') errors.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return { foreign, errors };
}

/** Scroll a step to where a reader would read it (its scroll-margin puts it under the trigger line). */
export async function scrollToStep(page: Page, id: string): Promise<void> {
  await page.locator(`#${id}`).evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
}

/** The figure of the scrolly that holds a step. */
export function figureOf(page: Page, stepId: string) {
  return page.locator(`[data-scrolly]:has(#${stepId}) figure[data-figure]`);
}

/** Wait until the step is active and the figure shows exactly the state the build computed for it. */
export async function expectStepDrawn(page: Page, stepId: string): Promise<void> {
  const figure = figureOf(page, stepId);
  await expect(figure).toHaveAttribute('data-active-step', stepId);
  const expected = await page.locator(`#${stepId} [data-step-summary]`).getAttribute('data-step-summary');
  await expect(figure).toHaveAttribute('data-state', expected!);
}
