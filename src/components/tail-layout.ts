/**
 * The chapter's tail (self-test, chapter terms, sources) waits unrendered until it nears the screen
 * (content-visibility: auto, reader.css). A fast scroll to the end then brings several of its items in
 * at once, and their layout lands in one frame of that scroll (up to 30 ms at a 4× CPU slowdown). So once
 * the reader is within two screens of the tail, the page lays it out ahead, one element per idle period:
 * the fling to the end then finds it ready.
 */
const TAIL = '.quiz, .quiz-item, .chapter-glossary, .gloss-entry, .sources, .sources li';
/** Idle time (ms) an element's layout needs at most on a slow phone. */
const ROOM_MS = 10;

export function layOutTailAhead(): void {
  if (typeof requestIdleCallback !== 'function' || typeof IntersectionObserver !== 'function') return;
  const pending = [...document.querySelectorAll<HTMLElement>(TAIL)]; // document order: a section before its items
  if (!pending.length) return;
  const next = (deadline: IdleDeadline) => {
    if (deadline.timeRemaining() >= ROOM_MS) {
      const el = pending.shift()!;
      el.classList.add('is-laid-out');
      void el.offsetHeight; // its layout now, in this idle task, rather than in a frame of the reader's scroll
    }
    if (pending.length) requestIdleCallback(next);
  };
  const near = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      near.disconnect();
      requestIdleCallback(next);
    },
    { rootMargin: '200% 0px' },
  );
  near.observe(pending[0]);
}
