/**
 * Whether figures may tween: off when the system asks for reduced motion
 * or the reader turned the motion toggle off (stored in localStorage and
 * mirrored on <html data-motion>). Either way the states are the same.
 */
export const MOTION_KEY = 'basis-motion';

export function motionReduced(): boolean {
  if (document.documentElement.dataset.motion === 'off') return true;
  if (document.documentElement.dataset.motion === 'on') return false;
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
