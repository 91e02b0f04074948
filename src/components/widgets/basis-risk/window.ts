/**
 * The basis-risk figure's window: the 10-year Treasury yield from the close
 * before March 2020 to 9 March (dataset yields-2020).
 */
import { yields2020 } from '../../../data/index';

/** First and last date of the window: the 10-year yield from the close before March 2020 to 9 March. */
export const WINDOW = { from: '2020-02-28', to: '2020-03-09' } as const;

function windowYields(): { dates: string[]; yields: number[] } {
  const dates: string[] = [];
  const yields: number[] = [];
  yields2020.date.forEach((d, i) => {
    const y = yields2020.dgs10[i];
    if (d >= WINDOW.from && d <= WINDOW.to && y !== null) {
      dates.push(d);
      yields.push(y);
    }
  });
  return { dates, yields };
}

export const WINDOW_DATA = windowYields();
export const LAST_DAY = WINDOW_DATA.dates.length - 1;

