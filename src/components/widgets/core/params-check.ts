/**
 * The strict side of a figure's parameter declaration: a zod schema made
 * from it, and author-facing errors that name the place (page, step), the
 * key and the allowed values. Used at build time (a bad MDX step fails the
 * build) and in tests; never shipped to the browser.
 */
import { z } from 'zod';
import { describeRange, isWhole, type Param, type Params } from './params';

function schemaOf(p: Param): z.ZodTypeAny {
  switch (p.kind) {
    case 'number':
    {
      const n = z.number().finite().min(p.min).max(p.max);
      return isWhole(p) ? n.int() : n;
    }
    case 'choice':
      return z.enum(p.choices as [string, ...string[]]);
    case 'flag':
      return z.boolean();
    case 'date': {
      const day = z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .refine((d) => d >= p.min && d <= p.max, 'out-of-range');
      return p.optional ? day.nullable() : day;
    }
  }
}

/** Every key optional (a step may rely on defaults); no other key allowed. */
export function paramsSchema(params: Params) {
  return z.object(Object.fromEntries(Object.entries(params).map(([k, p]) => [k, schemaOf(p).optional()]))).strict();
}

/** Problems with a declared state, one sentence each; empty when it is valid. */
export function checkParams(params: Params, raw: unknown): string[] {
  const result = paramsSchema(params).safeParse(raw ?? {});
  if (result.success) return [];
  const known = Object.keys(params).join(', ');
  return result.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => `unknown key "${key}" (this figure's keys: ${known})`);
    }
    const key = String(issue.path[0] ?? '');
    const p = params[key];
    if (!p) return [`state must be an object of parameters (${known})`];
    const given = (raw as Record<string, unknown>)[key];
    return [`key "${key}" = ${JSON.stringify(given)} is not allowed: expected ${describeRange(p)}`];
  });
}

/** Where a declared state was written, for error messages. */
export interface StepPlace {
  page: string;
  figure: string;
  step: string;
}

/** Throw one error listing every problem of a step's declared state (build time). */
export function assertStepState(params: Params, raw: unknown, place: StepPlace): void {
  const problems = checkParams(params, raw);
  if (problems.length === 0) return;
  const where = `${place.page}, step "${place.step}" (figure ${place.figure})`;
  throw new Error(`Invalid step state in ${where}:\n  - ${problems.join('\n  - ')}`);
}
