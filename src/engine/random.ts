/**
 * Seeded pseudo-random numbers (mulberry32): the engine never calls
 * Math.random, so a figure and a test given the same seed see the same
 * funds.
 */
import { integer } from './validate';

/** A generator of uniform numbers in [0, 1). */
export type Random = () => number;

/** A deterministic generator from a 32-bit integer seed. */
export function seededRandom(seed: number): Random {
  integer('seed', seed, 0, 0xffffffff);
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
