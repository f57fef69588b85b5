// The Action's inputs, read once and validated; an error names the input.
import * as z from 'zod/mini';
import { schemaProblem } from '../core/schema-error.js';

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
  'github-token',
  'leg',
  'expected-legs',
  'waivers',
  'reports-dir',
  'report-name',
] as const;
export type InputName = (typeof INPUT_NAMES)[number];

const list = (text: string) =>
  text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
const LEVEL = z.enum(['regression', 'any-change', 'never']);

export const ActionInputs = z.object({
  mode: z._default(z.enum(['discover', 'report', 'all', 'comment', 'triage']), 'all'),
  tool: z.string(),
  'baseline-tool': z.string(),
  requests: z.string(),
  'python-preference': z.string(),
  fixtures: z.string(),
  baseline: z
    .string()
    .check(
      z.regex(
        /^(?:tool|base-branch|none|file:.+)$/,
        'must be tool, base-branch, none or file:PATH',
      ),
    ),
  'fail-on': LEVEL,
  'warn-on': LEVEL,
  comment: z.enum(['always', 'on-change', 'on-regression', 'off']),
  'github-token': z.string(),
  leg: z.string().check(z.regex(/^[\w.-]*$/, 'may hold letters, digits, ".", "_" and "-" only')),
  'expected-legs': z.string(),
  waivers: z.string(),
  'reports-dir': z.string(),
  'report-name': z
    .string()
    .check(z.regex(/^[\w.-]+$/, 'may hold letters, digits, ".", "_" and "-" only')),
});

export interface Inputs {
  mode: 'discover' | 'report' | 'all' | 'comment' | 'triage';
  tool: string | null;
  baselineTool: string | null;
  requests: string[];
  pythonPreference: string | null;
  fixtures: string[];
  baseline: { kind: 'tool' | 'base-branch' | 'none' } | { kind: 'file'; path: string };
  failOn: 'regression' | 'any-change' | 'never';
  warnOn: 'regression' | 'any-change' | 'never';
  comment: 'always' | 'on-change' | 'on-regression' | 'off';
  githubToken: string;
  leg: string | null;
  expectedLegs: string[];
  waivers: string | null;
  reportsDir: string | null;
  reportName: string;
}

export class InputError extends Error {}

/** `raw` maps every input name to its value as the runner gave it ('' when unset). */
export function parseInputs(raw: Record<InputName, string>): Inputs {
  const defaults: Partial<Record<InputName, string>> = {
    mode: 'all',
    baseline: 'tool',
    'fail-on': 'regression',
    'warn-on': 'any-change',
    comment: 'on-change',
    'report-name': 'interpreter-guard',
  };
  const withDefaults = Object.fromEntries(
    INPUT_NAMES.map((n) => [n, raw[n].trim() || defaults[n] || '']),
  ) as Record<InputName, string>;
  const parsed = ActionInputs.safeParse(withDefaults);
  if (!parsed.success) {
    const { field, problem } = schemaProblem(parsed.error);
    const name = field.split('.')[0] ?? 'input';
    throw new InputError(
      `input "${name}": ${problem} (got "${withDefaults[name as InputName] ?? ''}")`,
    );
  }
  const v = parsed.data;
  if ((v.mode === 'discover' || v.mode === 'all') && !v.tool)
    throw new InputError(`input "tool" is required when mode is ${v.mode}`);
  if (v.baseline === 'tool' && (v.mode === 'discover' || v.mode === 'all') && !v['baseline-tool']) {
    throw new InputError(
      'input "baseline" is "tool" but no "baseline-tool" was given (set baseline-tool, or baseline: none / file:PATH)',
    );
  }
  return {
    mode: v.mode,
    tool: v.tool || null,
    baselineTool: v['baseline-tool'] || null,
    requests: list(v.requests),
    pythonPreference: v['python-preference'] || null,
    fixtures: list(v.fixtures),
    baseline: v.baseline.startsWith('file:')
      ? { kind: 'file', path: v.baseline.slice(5) }
      : { kind: v.baseline as 'tool' | 'base-branch' | 'none' },
    failOn: v['fail-on'],
    warnOn: v['warn-on'],
    comment: v.comment,
    githubToken: v['github-token'],
    leg: v.leg || null,
    expectedLegs: list(v['expected-legs']),
    waivers: v.waivers || null,
    reportsDir: v['reports-dir'] || null,
    reportName: v['report-name'],
  };
}
