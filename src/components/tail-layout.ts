/**
 * The chapter's tail (self-test, chapter terms, sources) waits unrendered until it nears the screen
 * (content-visibility: auto, reader.css). A fast scroll to the end then brings several of its items in
 * at once, and their layout lands in one frame of that scroll (up to 40 ms at a 4× CPU slowdown). So once
 * the reader is within five screens of the tail, the page lays it out ahead, element by element while an
 * idle period has room, and a few every 100 ms when there is none: the fling to the end then finds
 * it ready. (Within two screens and in idle periods only, at a 4× CPU slowdown it was about half done
 * when the reader flung: while a step's tweens play, a slow phone has few idle periods.)
 */
const TAIL = '.quiz, .quiz-item, .chapter-glossary, .gloss-entry, .sources, .sources li';
/** Idle time (ms) an element's layout needs at most on a slow phone. */
const ROOM_MS = 10;
/** Longest wait (ms) for an idle period before the layout goes on anyway, for about BUSY_MS (ms) at a time. */
const WAIT_MS = 100;
const BUSY_MS = 8;

export function layOutTailAhead(): void {
  if (typeof requestIdleCallback !== 'function' || typeof IntersectionObserver !== 'function') return;
  const pending = [...document.querySelectorAll<HTMLElement>(TAIL)]; // document order: a section before its items
  if (!pending.length) return;
  const layOut = (el: HTMLElement) => {
    el.classList.add('is-laid-out');
    void el.offsetHeight; // its layout now, in this task, rather than in a frame of the reader's scroll
  };
  const next = (deadline: IdleDeadline) => {
    if (deadline.didTimeout) {
      // No idle period for a while (a slow phone playing a step's tweens): a short task's worth anyway.
      const start = performance.now();
      do layOut(pending.shift()!);
      while (pending.length && performance.now() - start < BUSY_MS);
    }
    while (pending.length && deadline.timeRemaining() >= ROOM_MS) layOut(pending.shift()!);
    if (pending.length) requestIdleCallback(next, { timeout: WAIT_MS });
  };
  const near = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      near.disconnect();
      requestIdleCallback(next, { timeout: WAIT_MS });
    },
    { rootMargin: '500% 0px' },
  );
  near.observe(pending[0]);
}
