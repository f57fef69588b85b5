// The Action's inputs, read once and validated in full before any work; an error names the input.
// The schema is the one description: its output type is what the rest of the Action reads, and its
// defaults are action.yml's (a test holds the two together).
import * as z from 'zod/mini';
import { FINDING_LEVELS } from '../core/diff/analyze.js';
import { schemaProblem } from '../core/schema-error.js';
import { parseRequest, PYTHON_PREFERENCES } from '../core/tools/requests.js';
import { FIXTURE_KINDS } from '../fixtures/manifest.js';
import { parseToolSpec } from '../tools/spec.js';
import { UserError } from './errors.js';

export const INPUT_NAMES = [
  'mode',
  'tool',
  'baseline-tool',
  'requests',
  'python-preference',
  'fixtures',
  'baseline',
  'fail-on',
  'warn-on',
  'comment',
  'check-run',
  'github-token',
  'leg',
  'expected-legs',
  'waivers',
  'reports-dir',
  'report-name',
  'bisect',
  'bisect-max-probes',
] as const;
export type InputName = (typeof INPUT_NAMES)[number];
/** Every input as the runner gives it: '' when unset. */
export type RawInputs = Record<InputName, string>;

/** What an empty input means; action.yml declares the same defaults. */
export const INPUT_DEFAULTS = {
  mode: 'all',
  baseline: 'tool',
  'fail-on': 'regression',
  'warn-on': 'any-change',
  comment: 'on-change',
  'check-run': 'auto',
  'report-name': 'interpreter-guard',
  bisect: 'off',
  'bisect-max-probes': '8',
} as const satisfies Partial<RawInputs>;

// regression < disagreement < any-change; never counts nothing.
const LEVELS = FINDING_LEVELS;

const trimmed = (fallback = '') =>
  z.pipe(
    z.string(),
    z.transform((s) => s.trim() || fallback),
  );
const optional = z.pipe(
  trimmed(),
  z.transform((s) => s || null),
);
const choice = <const T extends readonly [string, ...string[]]>(values: T, fallback?: T[number]) =>
  z.pipe(trimmed(fallback), z.enum(values));
const NAME = /^[\w.-]*$/;
const NAME_RULE = 'may hold letters, digits, ".", "_" and "-" only';

/** A comma- or newline-separated list; `check` returns why an item is wrong, or null. */
const list = (check: (item: string) => string | null = () => null) =>
  z.pipe(
    z.string(),
    z.transform((text, ctx) => {
      const items = text
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean);
      for (const item of items) {
        const problem = check(item);
        if (problem) ctx.issues.push({ code: 'custom', message: problem, input: text });
      }
      return items;
    }),
  );

const toolSpec = z.pipe(
  optional,
  z.transform((text, ctx) => {
    const parsed = text ? parseToolSpec(text) : null;
    if (parsed && 'error' in parsed)
      ctx.issues.push({ code: 'custom', message: parsed.error, input: text });
    return text;
  }),
);

/** A whole number from `min` to `max`; the fallback when empty. */
const count = (fallback: string, min: number, max: number) =>
  z.pipe(
    z.pipe(
      trimmed(fallback),
      z.string().check(z.regex(/^\d{1,9}$/, `must be a whole number from ${min} to ${max}`)),
    ),
    z.pipe(
      z.transform(Number),
      z
        .number()
        .check(
          z.gte(min, `must be a whole number from ${min} to ${max}`),
          z.lte(max, `must be a whole number from ${min} to ${max}`),
        ),
    ),
  );

const baseline = z.pipe(
  z.pipe(
    trimmed(INPUT_DEFAULTS.baseline),
    z
      .string()
      .check(
        z.regex(
          /^(?:tool|base-branch|none|file:.+)$/,
          'must be tool, base-branch, none or file:PATH',
        ),
      ),
  ),
  z.transform((v) =>
    v.startsWith('file:')
      ? { kind: 'file' as const, path: v.slice(5) }
      : { kind: v as 'tool' | 'base-branch' | 'none' },
  ),
);

export const ActionInputs = z
  .object({
    mode: choice(['discover', 'report', 'all', 'comment', 'triage'], INPUT_DEFAULTS.mode),
    tool: toolSpec,
    'baseline-tool': toolSpec,
    requests: list((r) => {
      const parsed = parseRequest(r);
      return 'error' in parsed ? parsed.error : null;
    }),
    'python-preference': z.pipe(optional, z.nullable(z.enum(PYTHON_PREFERENCES))),
    fixtures: z.pipe(
      list((k) =>
        (FIXTURE_KINDS as readonly string[]).includes(k)
          ? null
          : `unknown kind "${k}" (expected ${FIXTURE_KINDS.join(', ')})`,
      ),
      z.array(z.enum(FIXTURE_KINDS)),
    ),
    baseline,
    'fail-on': choice(LEVELS, INPUT_DEFAULTS['fail-on']),
    'warn-on': choice(LEVELS, INPUT_DEFAULTS['warn-on']),
    comment: choice(['always', 'on-change', 'on-regression', 'off'], INPUT_DEFAULTS.comment),
    'check-run': choice(['auto', 'off'], INPUT_DEFAULTS['check-run']),
    'github-token': trimmed(),
    leg: z.pipe(z.pipe(trimmed(), z.string().check(z.regex(NAME, NAME_RULE))), optional),
    'expected-legs': list((l) => (NAME.test(l) ? null : `"${l}" ${NAME_RULE}`)),
    waivers: optional,
    'reports-dir': optional,
    'report-name': z.pipe(
      trimmed(INPUT_DEFAULTS['report-name']),
      z.string().check(z.regex(NAME, NAME_RULE), z.minLength(1)),
    ),
    /** on-regression: a leg whose tool regressed against baseline-tool finds the release that did it. */
    bisect: choice(['off', 'on-regression'], INPUT_DEFAULTS.bisect),
    'bisect-max-probes': count(INPUT_DEFAULTS['bisect-max-probes'], 1, 64),
  })
  .check(
    z.superRefine((v, ctx) => {
      const leg = v.mode === 'discover' || v.mode === 'all';
      if (leg && !v.tool)
        ctx.addIssue({
          code: 'custom',
          path: ['tool'],
          message: `is required when mode is ${v.mode}`,
          input: v.tool,
        });
      else if (leg && v.baseline.kind === 'tool' && !v['baseline-tool'])
        ctx.addIssue({
          code: 'custom',
          path: ['baseline'],
          message:
            'is "tool" but no "baseline-tool" was given (set baseline-tool, or baseline: none / file:PATH)',
          input: 'tool',
        });
    }),
  );

export type Inputs = z.output<typeof ActionInputs>;

export class InputError extends UserError {}

/** `raw` maps every input name to its value as the runner gave it ('' when unset). */
export function parseInputs(raw: RawInputs): Inputs {
  const parsed = ActionInputs.safeParse(raw);
  if (parsed.success) return parsed.data;
  const { field, problem } = schemaProblem(parsed.error);
  const name = (field.split('.')[0] ?? '') as InputName;
  // A token is never echoed; anything else is shown as given, so a typo can be seen.
  const value = raw[name]?.trim().slice(0, 200) ?? '';
  const got = name === 'github-token' || !value ? '' : ` (got "${value}")`;
  throw new InputError(`input "${name}": ${problem}${got}`);
}
