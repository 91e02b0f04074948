/**
 * Sandbox presets of the cascade figure (plain data): chapter 8's last step,
 * a month after the shock, with the central bank buying, and the same run
 * with the buyer switched off.
 */
export const presets = {
  'march-2020-fed': { day: 29, highlight: 'compare', fed: 1 },
  'march-2020-no-fed': { day: 29, highlight: 'compare', fed: 0 },
};
