// Schema errors in words, for every boundary that validates data.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { describeSchemaError, schemaProblem } from '../../src/core/schema-error.js';

const Shape = z.strictObject({
  flag: z.optional(z.boolean()),
  count: z.optional(z.int().check(z.minimum(1), z.maximum(10))),
  kind: z.optional(z.enum(['a', 'b'])),
  id: z.optional(z.string().check(z.regex(/^[a-z]+$/), z.maxLength(5))),
  list: z.optional(z.array(z.string()).check(z.minLength(2))),
  either: z.optional(z.union([z.string(), z.object({ n: z.string() })])),
  nested: z.optional(z.strictObject({ deep: z.optional(z.string()) })),
  custom: z.optional(z.string().check(z.refine((s) => s !== 'x', 'must not be x'))),
});

const problem = (data: unknown) => {
  const parsed = Shape.safeParse(data);
  if (parsed.success) throw new Error('expected a failure');
  return describeSchemaError(parsed.error);
};

describe('describeSchemaError', () => {
  it('says what is wrong, per kind of problem', () => {
    expect(problem({ flag: 'yes' })).toBe('field "flag": expected a boolean');
    expect(problem({ count: 1.5 })).toBe('field "count": expected a whole number');
    expect(problem({ count: 11 })).toBe('field "count": at most 10');
    expect(problem({ count: 0 })).toBe('field "count": at least 1');
    expect(problem({ kind: 'c' })).toBe('field "kind": expected one of "a", "b"');
    expect(problem({ id: 'A' })).toBe('field "id": does not match /^[a-z]+$/');
    expect(problem({ id: 'abcdef' })).toBe('field "id": at most 5 characters');
    expect(problem({ list: ['one'] })).toBe('field "list": at least 2 items');
    expect(problem({ either: 3 })).toBe('field "either": matches none of the accepted shapes');
    expect(problem({ custom: 'x' })).toBe('field "custom": must not be x');
    expect(problem(null)).toBe('field "(root)": expected an object');
  });

  it('puts an unknown key into the path', () => {
    expect(problem({ flg: true })).toBe('field "flg": unknown key');
    expect(problem({ nested: { deap: 'x' } })).toBe('field "nested.deap": unknown key');
    expect(problem({ a: 1, b: 2 })).toBe('field "a": unknown keys "a", "b"');
    expect(schemaProblem({ issues: [] })).toEqual({ field: '(root)', problem: 'invalid' });
  });
});
