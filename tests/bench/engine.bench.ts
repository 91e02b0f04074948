// Vitest's bench view of the same cases (`npx vitest bench --run`); `npm run bench`
// (tests/bench/run.mjs) prints the medians against the budgets.
import { bench, describe } from 'vitest';
import { CASES } from './cases';

describe('engine', () => {
  for (const c of CASES) bench(c.name, () => { c.fn(); });
});
