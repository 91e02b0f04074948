/**
 * Each fund's equity, position and status, day by day, from a cascade's compact history.
 *
 * `runCascade` does not write a days × funds table (at 5,000 × 250 that alone took longer than a
 * frame). A fund that is not touched on a day keeps its position, and its equity moves by its
 * position times one per-unit shift common to all such funds. So the run records only:
 * - `shift[d]`: that per-unit shift summed over days 0…d (dollars per dollar of face);
 * - one event per fund and day the fund was touched (checked one by one because it was at or
 *   near its funding limit, or went out): its equity, position and status at the end of that day.
 * Between its events a fund's equity is E + B × (shift[d] − shift[day of E]), which is what the
 * engine itself uses, so the tables built here are the run's values.
 */
import { integer } from './validate';
import type { CascadeResult } from './cascade';

export interface CascadeHistory {
  /** shift[d]: the per-unit carry and marks of untouched funds over days 0…d. */
  shift: Float64Array;
  /** called[d] = 1 when a fund that held on without selling paid a margin call on day d. */
  called: Uint8Array;
  /** Events of day d are eventStart[d] … eventStart[d + 1] − 1 (eventStart[dayCount]: their number). */
  eventStart: Int32Array;
  /** Per event: the fund, and its end-of-day equity, position and FUND_STATUS (buffers may be longer than the events). */
  eventFund: Int32Array;
  eventEquity: Float64Array;
  eventPosition: Float64Array;
  eventStatus: Uint8Array;
}

export interface FundTables {
  equity: Float64Array;
  position: Float64Array;
  status: Uint8Array;
}

/** Walks the history forward one day at a time, holding each fund's last event. */
class Replay {
  readonly equity: Float64Array;
  readonly position: Float64Array;
  readonly since: Float64Array;
  readonly lastDay: Int32Array;
  readonly lastStatus: Uint8Array;
  readonly out: Uint8Array;
  day = -1;

  constructor(private readonly r: CascadeResult) {
    const K = r.fundCount;
    this.equity = Float64Array.from(r.initial.equity);
    this.position = Float64Array.from(r.initial.position);
    this.since = new Float64Array(K);
    this.lastDay = new Int32Array(K).fill(-1);
    this.lastStatus = new Uint8Array(K);
    this.out = new Uint8Array(K);
  }

  /** Apply the events of the next day. */
  step(): void {
    const d = ++this.day;
    const h = this.r.history;
    const w = h.shift[d];
    for (let e = h.eventStart[d], end = h.eventStart[d + 1]; e < end; e++) {
      const i = h.eventFund[e];
      this.equity[i] = h.eventEquity[e];
      this.position[i] = h.eventPosition[e];
      this.since[i] = w;
      this.lastDay[i] = d;
      const s = h.eventStatus[e];
      this.lastStatus[i] = s;
      if (s === 3) this.out[i] = 1;
    }
  }

  /** Write the current day's values into the arrays at `offset`. */
  write(into: FundTables, offset: number): void {
    const d = this.day;
    const w = this.r.history.shift[d];
    const quiet = this.r.history.called[d] === 1 ? 1 : 0;
    const { equity, position, since, lastDay, lastStatus, out } = this;
    for (let i = 0, K = equity.length; i < K; i++) {
      const b = position[i];
      into.equity[offset + i] = b === 0 ? equity[i] : equity[i] + b * (w - since[i]);
      into.position[offset + i] = b;
      into.status[offset + i] = out[i] === 1 ? 3 : lastDay[i] === d ? lastStatus[i] : quiet;
    }
  }
}

/** Every fund on one day (a whole number in [0, dayCount − 1]): equity, position and status. */
export function fundsOnDay(result: CascadeResult, day: number): FundTables {
  const d = integer('day', day, 0, result.dayCount - 1);
  const K = result.fundCount;
  const replay = new Replay(result);
  while (replay.day < d) replay.step();
  const into = { equity: new Float64Array(K), position: new Float64Array(K), status: new Uint8Array(K) };
  replay.write(into, 0);
  return into;
}

/** The days × funds tables (row d at d × fundCount), in one pass over the history. */
export function fundTables(result: CascadeResult): FundTables {
  const K = result.fundCount;
  const D = result.dayCount;
  const into = { equity: new Float64Array(D * K), position: new Float64Array(D * K), status: new Uint8Array(D * K) };
  const replay = new Replay(result);
  for (let d = 0; d < D; d++) {
    replay.step();
    replay.write(into, d * K);
  }
  return into;
}
