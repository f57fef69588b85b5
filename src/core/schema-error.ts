// Schema errors in words: `field "labels.needsLogs": expected a string`. zod/mini carries no
// messages of its own (every issue says "Invalid input"), so the words come from the issue's code
// and details. Every boundary that validates data (reports, configs, payloads, inputs) uses this.

/** The parts of a zod issue this reads (zod 4's issue shapes, loosely). */
interface SchemaIssue {
  code?: string;
  path: readonly PropertyKey[];
  message?: string;
  expected?: string;
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  keys?: readonly string[];
  values?: readonly unknown[];
  format?: string;
  pattern?: string;
}

const NOUNS: Record<string, string> = {
  string: 'characters',
  array: 'items',
  set: 'items',
  file: 'bytes',
};

/** `field "a.b": what is wrong`, from the first issue of a failed parse. */
export function describeSchemaError(error: { issues: readonly SchemaIssue[] }): string {
  const { field, problem } = schemaProblem(error);
  return `field "${field}": ${problem}`;
}

/** The first issue's field (a dotted path, `(root)` for the whole) and what is wrong with it. */
export function schemaProblem(error: { issues: readonly SchemaIssue[] }): {
  field: string;
  problem: string;
} {
  const issue = error.issues[0];
  if (!issue) return { field: '(root)', problem: 'invalid' };
  // An unknown key is the field at fault, so it goes into the path.
  const path =
    issue.code === 'unrecognized_keys' && issue.keys?.length
      ? [...issue.path, issue.keys[0] ?? '']
      : issue.path;
  return {
    field: path.length ? path.map(String).join('.') : '(root)',
    problem: describeIssue(issue),
  };
}

function describeIssue(issue: SchemaIssue): string {
  // A message the schema wrote itself says it best.
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  const unit = NOUNS[issue.origin ?? ''];
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int'
        ? 'expected a whole number'
        : `expected ${article(issue.expected ?? 'value')}`;
    case 'invalid_value':
      return `expected one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_big':
      return unit ? `at most ${String(issue.maximum)} ${unit}` : `at most ${String(issue.maximum)}`;
    case 'too_small':
      return unit
        ? `at least ${String(issue.minimum)} ${unit}`
        : `at least ${String(issue.minimum)}`;
    case 'unrecognized_keys':
      return issue.keys && issue.keys.length > 1
        ? `unknown keys ${issue.keys.map((k) => `"${k}"`).join(', ')}`
        : 'unknown key';
    case 'invalid_format':
      return issue.pattern ? `does not match ${issue.pattern}` : `not a valid ${issue.format}`;
    case 'invalid_union':
      return 'matches none of the accepted shapes';
    default:
      return 'invalid';
  }
}

/** The first line of an error message, capped: what a parser's multi-line message says first. */
export function firstLineOf(message: string, max = 200): string {
  return (message.split('\n', 1)[0] ?? '').slice(0, max);
}

function article(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}
