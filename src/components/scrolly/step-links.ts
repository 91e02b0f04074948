/**
 * The copy-link button of every step (shown only with JavaScript): it
 * copies the step's exact address and says so in its own label for a
 * moment (the button is its own live feedback; no toast to chase).
 */
export function initStepLinks(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-step]')) {
    button.hidden = false;
    const label = button.textContent ?? '';
    button.addEventListener('click', async () => {
      const url = `${window.location.origin}${window.location.pathname}${window.location.search}#${encodeURIComponent(button.dataset.copyStep ?? '')}`;
      try {
        await navigator.clipboard.writeText(url);
        button.textContent = button.dataset.copiedLabel ?? label;
      } catch {
        // No clipboard permission: fall back to the address bar, which the reader can copy.
        history.replaceState(history.state, '', url);
      }
      window.setTimeout(() => (button.textContent = label), 2000);
    });
  }
}
