/**
 * Glossary terms: with JavaScript, a click on a term opens its definition
 * in a popover where the reader is; without it (or where popovers are not
 * supported) the link leads to the chapter's glossary at the end.
 */
export function initTerms(): void {
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a.term[data-popover]');
    if (!link) return;
    const card = document.getElementById(link.dataset.popover ?? '');
    if (!card || typeof card.showPopover !== 'function') return;
    event.preventDefault();
    try {
      card.showPopover();
      card.querySelector<HTMLButtonElement>('.term-close')?.focus();
    } catch {
      window.location.hash = link.hash;
    }
  });
}
