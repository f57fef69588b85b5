// Random and adversarial input: triage never throws, its output stays bounded, and no input makes
// it slow. (Exact timings are printed by `npm run bench`; here a hang guard is all that is asserted.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLogs, MAX_EVENTS } from '../../../src/core/triage/grammars/index.js';
import { triageIssue, triageLog } from '../../../src/core/triage/index.js';
import { TriageResult } from '../../../src/core/triage/result.js';

// Pieces of every shape the grammars and the extractor look for, so random joins hit their edges.
const FRAGMENTS = [
  'DEBUG ',
  'TRACE ',
  'ERROR ',
  'error: ',
  '  Caused by: ',
  'hint: ',
  ' × ',
  '│ ',
  '╰─▶ ',
  '    0.001s DEBUG uv_python::discovery ',
  'uv 0.5.31',
  'Found `',
  '` at `',
  '` (',
  ')',
  'Ignoring Python interpreter at `',
  '`: ',
  'system interpreter required',
  'Skipping interpreter at `',
  ' from ',
  ': does not satisfy request `',
  'Skipping bad interpreter at ',
  'Using Python request `',
  'Searching for ',
  ' in ',
  'Using CPython 3.12.8 interpreter at: ',
  '/nix/store/',
  'y3lw7d6xw2s8nsjggbl8f0zwmd0wrgj2-python3-3.12.8-env',
  '/home/alice/',
  'C:\\Users\\bob\\',
  '```',
  '~~~',
  '<!--',
  '-->',
  '> ',
  '    ',
  '### ',
  '<details>',
  '@',
  '<b>',
  '|',
  '`',
  '12 proposed PythonInfo(spec=CPython3.11.2.final.0-64, exe=',
  ') [INFO builtin:63]',
  'failed to query ',
  ' with code 127 err: "',
  'RuntimeError: failed to find interpreter for ',
  'pyenv: python3.12: command not found',
  '0. /usr/bin/python3 (3.11)',
  '\n',
  '\n',
  '\n',
  ' ',
  'x',
];
const logish = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 400 })
  .map((parts) => parts.join(''));

function checkResult(result: TriageResult, comment: string) {
  expect(TriageResult.safeParse(result).success).toBe(true);
  expect(comment.length).toBeLessThan(65_536);
  expect(result.rejected.length + result.skipped.length + result.found.length).toBeLessThanOrEqual(
    600,
  );
}

describe('triage on random input', () => {
  it('never throws on arbitrary Unicode, as an issue or as a log', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        const issue = triageIssue(text);
        checkResult(issue.result, issue.comment);
        const log = triageLog(text);
        checkResult(log.result, log.comment);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on log-shaped noise, and keeps its output bounded', () => {
    fc.assert(
      fc.property(logish, (text) => {
        const { result, comment } = triageIssue(text);
        checkResult(result, comment);
        expect(parseLogs(text).length).toBeLessThanOrEqual(MAX_EVENTS);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps at most MAX_EVENTS events from a huge log', () => {
    const line =
      'DEBUG Found `cpython-3.12.8-linux-x86_64-gnu` at `/usr/bin/python3` (search path)\n';
    expect(parseLogs(line.repeat(20_000))).toHaveLength(MAX_EVENTS);
  });
});

// Repeated prefixes are what makes unanchored or nested patterns go quadratic or worse.
const ADVERSARIAL = [
  'Found `'.repeat(150_000),
  'Ignoring Python interpreter at `'.repeat(35_000),
  '`'.repeat(1_000_000),
  'DEBUG '.repeat(170_000),
  `${'a'.repeat(999_990)}@b:/\n`,
  'Skipping bad interpreter at  from  from : '.repeat(25_000),
  '[ERROR x:1] ['.repeat(80_000),
  `${'9.'.repeat(500_000)}`,
  `uv ${'1.'.repeat(400_000)}`,
  'TOKENTOKEN'.repeat(100_000),
  '/home/'.repeat(170_000),
  '<!--'.repeat(250_000),
  '```'.repeat(330_000),
  ' '.repeat(1_000_000),
  `0. ${'/x'.repeat(400_000)} (3.11`,
  `could not find ${'the '.repeat(250_000)}`,
  // Phrases the discovery signals look for, followed by text their gaps could split many ways.
  `${"can't find ".repeat(20_000)}${'a-'.repeat(380_000)}`,
  `${'python '.repeat(50_000)}${'a.'.repeat(320_000)}`,
  'no python interpreter '.repeat(45_000),
  'picks the wrong '.repeat(60_000),
  'python3.12 is not '.repeat(55_000),
  `ignores ${'.python-version '.repeat(60_000)}`,
];

describe('adversarial lines of 1 MB', () => {
  for (const [i, line] of ADVERSARIAL.entries()) {
    it(
      `pattern ${i} (${JSON.stringify(line.slice(0, 24))}…) as a log and as an issue`,
      { timeout: 5000 },
      () => {
        checkResult(triageLog(line).result, triageLog(line).comment);
        const issue = triageIssue(line);
        checkResult(issue.result, issue.comment);
        // The title is weighed apart from the body.
        const titled = triageIssue(`# ${line.slice(0, 4000)}\n\n${line}`);
        checkResult(titled.result, titled.comment);
      },
    );
  }
});
