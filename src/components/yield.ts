/**
 * Give the browser a turn (input, paint) between pieces of start-up work, so no
 * piece becomes a long task (Lighthouse's total blocking time, and a reader's tap).
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
