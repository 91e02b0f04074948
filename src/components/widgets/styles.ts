/**
 * Each figure's own styles live beside it (widgets/<name>/style.css).
 * Figure.astro imports this module at build time, so the figures' CSS is
 * bundled with the page's stylesheet (never loaded by the figure scripts).
 */
import.meta.glob('./*/style.css', { eager: true });
