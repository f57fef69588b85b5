// The shortcuts that let the triage read a text once instead of once per pattern or per grammar
// give what the long way gives: the literals a pattern cannot match without, the trigrams that
// rule texts out, the pass that hands each grammar only its lines, the counting merge of events,
// and the checks that stand in for patterns (failure phrases, lost escapes, blank lines).
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LogEvent } from '../../../src/core/triage/events.js';
import { extractIssue, stripAnsi } from '../../../src/core/triage/extract.js';
import { parseLogs } from '../../../src/core/triage/grammars/index.js';
import {
  inLineOrder,
  isPythonLogRecord,
  levelLength,
  splitLines,
} from '../../../src/core/triage/grammars/lines.js';
import { parseHatch } from '../../../src/core/triage/grammars/hatch.js';
import { parsePdm } from '../../../src/core/triage/grammars/pdm.js';
import { parsePet } from '../../../src/core/triage/grammars/pet.js';
import { parsePip } from '../../../src/core/triage/grammars/pip.js';
import { parsePipenv } from '../../../src/core/triage/grammars/pipenv.js';
import { parsePipx } from '../../../src/core/triage/grammars/pipx.js';
import { parsePoetry } from '../../../src/core/triage/grammars/poetry.js';
import { parsePyenv } from '../../../src/core/triage/grammars/pyenv.js';
import { parsePyenvWin } from '../../../src/core/triage/grammars/pyenv-win.js';
import { parseRye } from '../../../src/core/triage/grammars/rye.js';
import { parseSetupPython } from '../../../src/core/triage/grammars/setup-python.js';
import { parseTox } from '../../../src/core/triage/grammars/tox.js';
import { parseUv } from '../../../src/core/triage/grammars/uv.js';
import { parseVirtualenv } from '../../../src/core/triage/grammars/virtualenv.js';
import { parseVscodePython } from '../../../src/core/triage/grammars/vscode-python.js';
import { SHAPES, WORDS } from '../../../src/core/triage/platform-cues.js';
import { failureKind } from '../../../src/core/triage/reason-kinds.js';
import { requiredLiterals } from '../../../src/core/triage/required-literals.js';
import { COMMANDS, NAMES } from '../../../src/core/triage/tool-names.js';
import { Trigrams } from '../../../src/core/triage/trigrams.js';

const FIXTURES = new URL('../../fixtures/issues/', import.meta.url);
const ISSUES = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(new URL(f, FIXTURES), 'utf8'));

describe('required literals', () => {
  it('are the fixed strings a pattern cannot match without', () => {
    expect(requiredLiterals(/virtualenv(?![\w-])(?<![\w-]virtualenv)/)).toEqual(['virtualenv']);
    expect(requiredLiterals(/[Dd]arwin\b/)).toEqual(['Darwin', 'darwin']);
    expect(requiredLiterals(/(?:abc)?xyz/)).toEqual(['xyz', 'abcxyz']);
    expect(requiredLiterals(/\bwin ?(?:7|10)\b/)?.sort()).toEqual(
      ['win 10', 'win 7', 'win10', 'win7'].sort(),
    );
    expect(requiredLiterals(/pip(?:env|file)\b|poetry\.lock/)?.sort()).toEqual(
      ['pipenv', 'pipfile', 'poetry.lock'].sort(),
    );
    // A run of fixed parts broken by a class keeps the longest sure piece.
    expect(requiredLiterals(/ab[^c]defg/)).toEqual(['defg']);
    // A line break splits a literal: the longer piece is required.
    expect(requiredLiterals(/a\nbcdef/)).toEqual(['bcdef']);
  });

  it('are none when a match may hold no fixed string of three characters', () => {
    expect(requiredLiterals(/a.*b/)).toBeNull();
    expect(requiredLiterals(/uvx?\b/)).toBeNull();
    expect(requiredLiterals(/abc|de/)).toBeNull();
    expect(requiredLiterals(/(?:abc)?/)).toBeNull();
    expect(requiredLiterals(/(a|b)\1cde/)).toBeNull();
    expect(requiredLiterals(/abc/s)).toBeNull();
  });

  it('hold in every text a cue matches (the fixtures, and mixtures of their lines)', () => {
    const patterns = [
      ...NAMES.map(([, re]) => re),
      ...COMMANDS.map(([, re]) => re),
      ...SHAPES.map((c) => c.re),
      ...WORDS.map((c) => c.re),
    ].map((re) => new RegExp(re.source, re.flags.replace('g', '')));
    const lines = ISSUES.flatMap((i) => i.split('\n'));
    const texts = [...ISSUES, ...ISSUES.map((i) => i.toLowerCase())];
    for (let k = 0; k < 200; k++)
      texts.push(lines.filter((_, i) => (i * 7919 + k * 104729) % 13 === 0).join('\n'));
    let checked = 0;
    for (const text of texts) {
      const trigrams = new Trigrams().add(text);
      for (const re of patterns) {
        if (!re.test(text)) continue;
        checked++;
        expect(trigrams.mayHold(requiredLiterals(re)), re.source).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});

describe('trigrams', () => {
  it('rule out a literal only when the text lacks it in every case', () => {
    const t = new Trigrams().add('Found `cpython-3.12.1` at `/Users/ada/.pyenv/shims/python`');
    expect(t.mayContain('/users/')).toBe(true);
    expect(t.mayContain('PYENV')).toBe(true);
    expect(t.mayContain('/nix/store/')).toBe(false);
    expect(t.mayHold(['conda', '.pyenv/'])).toBe(true);
    expect(t.mayHold(['conda', 'mamba'])).toBe(false);
    expect(t.mayHold(null)).toBe(true);
  });

  it('see letters that lower-case to ASCII (the Kelvin sign, the dotted capital I)', () => {
    const t = new Trigrams().add('an Unknown OS \u212aelvin optIon: -\u0130');
    for (const literal of ['unknown', 'kelvin', 'option: -i'])
      expect(t.mayContain(literal), literal).toBe(true);
  });

  it('answer for a text’s head from the parts before the cut, and see across cuts', () => {
    const text = `${'a'.repeat(10)}docker${'b'.repeat(10)}nixos`;
    const t = new Trigrams().add(text, 0, 12).add(text, 12, 21).add(text, 21);
    expect(t.mayContain('docker', 12)).toBe(false);
    expect(t.mayContain('docker', 21)).toBe(true);
    expect(t.mayContain('nixos', 21)).toBe(false);
    expect(t.mayContain('nixos')).toBe(true);
  });

  it('never rule out a substring of the text (random texts)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'aAbB:/\\-_ .\n\u212a\u0130\u00e9xyz0'.split('')) }),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const start = text.length ? a % text.length : 0;
          const literal = text.slice(start, start + 3 + (b % 6));
          const lower = text.toLowerCase();
          const t = new Trigrams().add(text);
          if (lower.includes(literal.toLowerCase())) expect(t.mayContain(literal)).toBe(true);
        },
      ),
    );
  });
});

// The grammars as they ran before the shared pass: each over every line, level lines blanked.
const PLAIN = [
  parseVirtualenv,
  parsePdm,
  parsePoetry,
  parseTox,
  parsePipx,
  parsePyenv,
  parsePyenvWin,
  parsePipenv,
  parseHatch,
  parseRye,
  parsePip,
  parseSetupPython,
  parseVscodePython,
  parsePet,
];

function eachGrammarOverEveryLine(text: string): LogEvent[] {
  const lines = splitLines(text);
  const plain = lines.map((line) => {
    const level = levelLength(line);
    return level > 0 && !isPythonLogRecord(line, level) ? '' : line;
  });
  const all = [parseUv(lines), ...PLAIN.map((grammar) => grammar(plain))].flat();
  return all
    .map((e, i) => ({ e, i }))
    .sort((x, y) => x.e.line - y.e.line || x.i - y.i)
    .map(({ e }) => e)
    .slice(0, 5000);
}

describe('one pass over the lines', () => {
  it('gives each grammar’s events, as when each grammar read every line', () => {
    for (const issue of ISSUES) {
      const { logText } = extractIssue(issue);
      expect(parseLogs(logText)).toEqual(eachGrammarOverEveryLine(logText));
    }
  });

  it('still reads lines that start otherwise: a tox env’s skip, uses, records', () => {
    const log = [
      'lint: skipped because could not find python interpreter with spec(s): py399',
      '\u00a0py399 uses /opt/tools/bin/python3.99',
      'lint: 186 W skipped because could not find python interpreter with spec(s): py399 [tox/x.py:9]',
      'NoCompatiblePythonVersionFound',
      '',
      '  %% The currently activated Python version 3.7.1 is not supported',
      'Environment (Conda)',
      '   Executable  : /opt/snake/envs/a/bin/python',
      '   Error       : not a valid interpreter',
      'Conda env elsewhere',
    ].join('\n');
    const events = parseLogs(log);
    expect(events).toEqual(eachGrammarOverEveryLine(log));
    const error = events.find((e) => e.type === 'final-error' && e.tool === 'poetry');
    expect(error?.type === 'final-error' && error.message).toBe(
      '%% The currently activated Python version 3.7.1 is not supported',
    );
    expect(events.filter((e) => e.tool === 'tox').map((e) => e.type)).toContain('skipped');
    const rejected = events.find(
      (e) => e.type === 'rejected' && e.tool === 'python-environment-tools',
    );
    expect(rejected?.type === 'rejected' && [rejected.path, rejected.reason]).toEqual([
      '/opt/snake/envs/a/bin/python',
      'not a valid interpreter',
    ]);
  });

  it('gives the same events on random mixtures of the fixtures’ log lines', () => {
    const lines = ISSUES.flatMap((i) => extractIssue(i).logText.split('\n'));
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: lines.length - 1 }), { maxLength: 60 }),
        fc.array(fc.constantFrom('', '  ', '\t', '> ', '\u00a0', 'DEBUG ', '#3 0.12 '), {
          maxLength: 60,
        }),
        (picks, prefixes) => {
          const log = picks.map((p, i) => `${prefixes[i] ?? ''}${lines[p]}`).join('\n');
          expect(parseLogs(log)).toEqual(eachGrammarOverEveryLine(log));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reads a uv error whose naming message a terminal wrapped', () => {
    const log = [
      'DEBUG Searching for Python 3.12 in search path',
      'error: Failed to query Python',
      '  interpreter at `/opt/snake/bin/python3.12`',
      '  Caused by: Permission denied (os error 13)',
    ].join('\n');
    const failed = parseLogs(log).find((e) => e.type === 'query-failed');
    expect(failed?.type === 'query-failed' && [failed.path, failed.reasonKind]).toEqual([
      '/opt/snake/bin/python3.12',
      'not-executable',
    ]);
  });
});

describe('inLineOrder', () => {
  const event = (line: number, path: string): LogEvent => ({
    type: 'found',
    tool: 'uv',
    line,
    path,
    key: null,
    version: null,
    source: null,
  });
  const stableSort = (lists: LogEvent[][]) =>
    lists
      .flat()
      .map((e, i) => ({ e, i }))
      .sort((a, b) => a.e.line - b.e.line || a.i - b.i)
      .map(({ e }) => e);

  it('orders by line, ties in list order, whatever the lines (fractions, gaps, big numbers)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.oneof(fc.nat({ max: 40 }), fc.constantFrom(0.5, 1e9, 2 ** 31, 3.25)), {
            maxLength: 12,
          }),
          { maxLength: 6 },
        ),
        (linesByList) => {
          const lists = linesByList.map((ls, l) => ls.map((line, k) => event(line, `${l}:${k}`)));
          const expected = stableSort(lists.map((list) => [...list]));
          expect(inLineOrder(lists)).toEqual(expected);
        },
      ),
    );
  });
});

describe('checks that stand in for patterns', () => {
  const reference = (text: string, path = '') => {
    const t = text.toLowerCase();
    if (
      /\\windowsapps\\|\/windowsapps\//i.test(path) &&
      (t.includes('os error 5)') || t.includes('os error 15700') || t.includes('access is denied'))
    )
      return 'store-shim';
    if (t.includes('no package identity') || t.includes('os error 15700')) return 'store-shim';
    if (
      t.includes('unknown operating system') ||
      t.includes('unknown operation system') ||
      t.includes('could not detect a glibc or a musl') ||
      t.includes("couldn't detect either glibc")
    )
      return 'unknown-os';
    if (
      t.includes('does not support `-i` flag') ||
      t.includes('unknown option: -i') ||
      /python 2\.\d+(\.\d+)? is not supported/.test(t)
    )
      return 'python2-unsupported';
    if (
      t.includes('permission denied') ||
      t.includes('access is denied') ||
      t.includes('os error 13)')
    )
      return 'not-executable';
    return 'query-failed';
  };

  it('failureKind reads a failure as lower-casing it would, odd letters included', () => {
    const phrases = [
      'Permission Denied',
      'ACCESS IS DENIED',
      'os error 15700',
      'unknown option: -\u0130',
      'un\u212anown operating system',
      'Python 2.7.18 is not supported',
      "Couldn't detect either glibc",
      'no pac\u212aage identity',
      'unknown opt\u0131on: -i',
      'permi\u017fsion denied',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...phrases),
        fc.string(),
        fc.constantFrom('', 'C:\\Program Files\\WindowsApps\\python.exe'),
        (phrase, noise, path) => {
          const text = `${noise}${phrase}${noise}`;
          expect(failureKind(text, path)).toBe(reference(text, path));
        },
      ),
    );
    expect(
      failureKind('spawn failed: Access is denied. (os error 5)', 'C:/x/WindowsApps/py.exe'),
    ).toBe('store-shim');
    expect(failureKind('exit status 1')).toBe('query-failed');
  });

  it('stripAnsi finds a lost escape only in the first 100,000 characters', () => {
    const pad = 'x'.repeat(99_995);
    expect(stripAnsi(`${pad}[31m.`)).toBe(`${pad}.`);
    // The `m` falls past the limit: nothing is removed.
    expect(stripAnsi(`${pad}x[311m`)).toBe(`${pad}x[311m`);
    expect(stripAnsi('[1234m [12m')).toBe('[1234m ');
  });

  it('extraction takes a form answer under any heading but the names every object has', () => {
    const text = extractIssue(
      ['### Constructor', 'built by hand', '### Platform', 'Linux', '### platform', 'macOS'].join(
        '\n',
      ),
    );
    expect(text.form).toEqual({ platform: 'Linux' });
  });

  it('extraction sees a line of Unicode spaces as blank, as trimming does', () => {
    const text = extractIssue(['text', '\u00a0\u2003', '    $ uv venv', 'more'].join('\n'));
    expect(text.blocks.map((b) => b.text)).toEqual(['$ uv venv']);
  });
});
