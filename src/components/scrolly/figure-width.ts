/**
 * The width (CSS px) of a scrolly's figure on a desktop screen: from a window of about 1200 px up, the
 * section stops growing (scrolly.css: at most 72rem, 0.5rem padding each side, the figure 3 of 5 columns
 * after a 2rem gap: (1152 − 16 − 32) × 3 / 5 ≈ 662). The build draws a scrolly's figure at this width, so
 * on a desktop the live figure's first drawing moves no mark and lays no text out again (it did: drawn
 * at 640 and shown at 662, every label was laid out anew in one frame, 37 ms at a 4× CPU slowdown).
 * tests/e2e/lazy-start.spec.ts fails when the CSS and this number part.
 */
export const DESKTOP_FIGURE_WIDTH = 662;
