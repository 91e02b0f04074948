/** The header's motion and theme toggles; choices persist in localStorage. */
import { MOTION_KEY, motionReduced } from './motion';
import { ui } from '@strings/ui';

const THEME_KEY = 'basis-theme';

function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
}

export function initToggles(): void {
  const root = document.documentElement;
  const motion = document.querySelector<HTMLButtonElement>('[data-motion-toggle]');
  const paintMotion = () => {
    if (!motion) return;
    const on = !motionReduced();
    motion.setAttribute('aria-pressed', String(on));
    motion.title = on ? ui.motionOn : ui.motionOff;
  };
  paintMotion();
  motion?.addEventListener('click', () => {
    const next = motionReduced() ? 'on' : 'off';
    root.dataset.motion = next;
    store(MOTION_KEY, next);
    paintMotion();
  });
  window.matchMedia('(prefers-reduced-motion: reduce)').addEventListener('change', paintMotion);

  document.querySelector('[data-theme-toggle]')?.addEventListener('click', () => {
    const dark = root.dataset.theme ? root.dataset.theme === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
    const next = dark ? 'light' : 'dark';
    root.dataset.theme = next;
    store(THEME_KEY, next);
  });
}
