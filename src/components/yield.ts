/**
 * Give the browser a turn (input, paint) between pieces of start-up work, so no
 * piece becomes a long task (Lighthouse's total blocking time, and a reader's tap).
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Run `fn` in a task of its own, soon. Unlike chained setTimeout(0), which browsers slow to 4 ms a link
 * after five links, a chain of these keeps up with one slider input per frame. A 'user-blocking' task
 * (where the browser has scheduler.postTask) usually runs ahead of a frame that is due. Returns a cancel
 * function.
 */
export function postTask(fn: () => void, priority: 'user-blocking' | 'user-visible' = 'user-visible'): () => void {
  const scheduler = (globalThis as { scheduler?: { postTask?: (cb: () => void, o?: { signal?: AbortSignal; priority?: string }) => Promise<void> } }).scheduler;
  if (scheduler?.postTask) {
    const controller = new AbortController();
    scheduler.postTask(fn, { signal: controller.signal, priority }).catch(() => {
      /* cancelled */
    });
    return () => controller.abort();
  }
  const timer = setTimeout(fn, 0);
  return () => clearTimeout(timer);
}

/** Run `fn` once the page has loaded and the browser is idle (a second after load where there is no idle callback). */
export function whenIdleAfterLoad(fn: () => void): void {
  const idle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => fn(), { timeout: 5000 }) : setTimeout(fn, 1000));
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}
