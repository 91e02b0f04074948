/**
 * Input checks shared by every engine model. Each throws a RangeError that
 * names the parameter and its allowed range, so a caller (or a test) can
 * tell at once which input was wrong. The UI clamps before calling, so a
 * reader never meets these errors.
 */

/** A finite number (not NaN, not ±Infinity). */
export function finite(name: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`${name} must be a finite number (got ${String(value)})`);
  }
  return value;
}

/** A finite number within [min, max] (either bound may be omitted). */
export function inRange(name: string, value: number, min = -Infinity, max = Infinity): number {
  finite(name, value);
  if (value < min || value > max) {
    throw new RangeError(`${name} must be in [${min}, ${max}] (got ${value})`);
  }
  return value;
}

/** A finite number > 0. */
export function positive(name: string, value: number): number {
  finite(name, value);
  if (value <= 0) throw new RangeError(`${name} must be > 0 (got ${value})`);
  return value;
}

/** A finite number ≥ 0. */
export function nonNegative(name: string, value: number): number {
  finite(name, value);
  if (value < 0) throw new RangeError(`${name} must be ≥ 0 (got ${value})`);
  return value;
}

/** A whole number within [min, max]. */
export function integer(name: string, value: number, min = -Infinity, max = Infinity): number {
  inRange(name, value, min, max);
  if (!Number.isInteger(value)) throw new RangeError(`${name} must be a whole number in [${min}, ${max}] (got ${value})`);
  return value;
}

/** A non-empty array. */
export function nonEmpty<T>(name: string, values: readonly T[]): readonly T[] {
  if (!Array.isArray(values) || values.length === 0) {
    throw new RangeError(`${name} must be a non-empty array`);
  }
  return values;
}

/** One of a fixed set of values. */
export function oneOf<T extends string>(name: string, value: T, allowed: readonly T[]): T {
  if (!allowed.includes(value)) {
    throw new RangeError(`${name} must be one of ${allowed.join(', ')} (got ${String(value)})`);
  }
  return value;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An ISO date string YYYY-MM-DD that names a real calendar day. */
export function isoDate(name: string, value: string): string {
  const m = ISO_DATE.exec(value);
  if (!m) throw new RangeError(`${name} must be an ISO date YYYY-MM-DD (got ${String(value)})`);
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  if (d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) {
    throw new RangeError(`${name} must be a real calendar date (got ${value})`);
  }
  return value;
}
