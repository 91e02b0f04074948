/**
 * With JavaScript each step's static drawing stays inert inside <noscript>
 * (Step.astro), so the page's DOM holds only the sticky figure. The printed
 * handout shows every step with its own drawing: before printing (or when
 * print media is emulated) the drawings become markup, once.
 */
export function initPrintFigures(): void {
  let done = false;
  const materialise = () => {
    if (done) return;
    done = true;
    for (const inert of document.querySelectorAll('.step-figure > noscript')) inert.outerHTML = inert.textContent ?? '';
  };
  window.addEventListener('beforeprint', materialise);
  const print = window.matchMedia('print');
  if (print.matches) materialise();
  else print.addEventListener('change', (event) => event.matches && materialise());
}
