// The pure side of tool runs: decisions from events, the exec protocol, requests and tool specs.
import { describe, expect, it } from 'vitest';
import type { InterpreterEntry } from '../../src/core/model.js';
import { interpreterEntry } from '../helpers/entries.js';
import { decide, joinPath } from '../../src/core/tools/decide.js';
import { parseExecOutput } from '../../src/core/tools/exec-protocol.js';
import {
  defaultRequests,
  parseRequest,
  requestText,
  scenarioId,
} from '../../src/core/tools/requests.js';
import { parseLogs } from '../../src/core/triage/grammars/index.js';
import { parseToolSpec, splitCommandLine } from '../../src/tools/spec.js';

function entry(path: string, id: string, over: Partial<InterpreterEntry> = {}): InterpreterEntry {
  return interpreterEntry(path, {
    id,
    version: '3.12.8',
    execPrefix: '/usr',
    baseExecPrefix: '/usr',
    ...over,
  });
}

const ENV = '/nix/store/y3lw7d6xw2s8nsjggbl8f0zwmd0wrgj2-python3-3.12.8-env';
const inventory = [
  entry('/home/u/.nix-profile/bin/python3', 'py-env', {
    executable: `${ENV}/bin/python3.12`,
    realpath: `${ENV}/bin/python3`,
  }),
  entry(`${ENV}/bin/python3.12`, 'py-env'),
  entry('/usr/bin/python3.12', 'py-sys'),
  entry('/usr/bin/python3', 'py-sys'),
  entry('/w/.venv/bin/python', 'py-venv'),
];
const observe = (log: string, over: Partial<Parameters<typeof decide>[1]> = {}) =>
  decide(inventory, {
    events: parseLogs(log),
    cwd: '/w',
    answer: null,
    exitCode: 0,
    stderrTail: '',
    ...over,
  });
const verdicts = (d: ReturnType<typeof decide>) =>
  Object.fromEntries(d.decisions.map((x) => [x.path, x.verdict]));

describe('decide', () => {
  it('gives the found path the verdict uv printed for its sys.executable, and the group shares it', () => {
    const d = observe(
      [
        'DEBUG Found `cpython-3.12.8-linux-x86_64-gnu` at `/home/u/.nix-profile/bin/python3` (search path)',
        `DEBUG Ignoring Python interpreter at \`${ENV}/bin/python3.12\`: system interpreter required`,
        'DEBUG Found `cpython-3.12.8-linux-x86_64-gnu` at `/usr/bin/python3.12` (search path)',
        'Using CPython 3.12.8 interpreter at: /usr/bin/python3.12',
      ].join('\n'),
    );
    expect(verdicts(d)).toEqual({
      '/home/u/.nix-profile/bin/python3': 'rejected',
      [`${ENV}/bin/python3.12`]: 'rejected',
      '/usr/bin/python3.12': 'selected',
      // Another path to the selected interpreter: acceptable, not itself selected.
      '/usr/bin/python3': 'accepted',
      '/w/.venv/bin/python': 'unseen',
    });
    expect(d.decisions[0]).toMatchObject({
      interpreterId: 'py-env',
      reason: 'system interpreter required',
      reasonKind: 'system-required',
    });
    expect(d.outcome).toEqual({ selected: '/usr/bin/python3.12', error: null });
  });

  it('resolves cwd-relative paths, keeps printed paths outside the inventory, and takes the answer', () => {
    const d = observe(
      'DEBUG Ignoring Python interpreter at `.venv/bin/python`: system interpreter required\nDEBUG Found `cpython-3.13.0-linux-x86_64-gnu` at `/opt/other/python3.13` (search path)',
      { answer: '/usr/bin/python3' },
    );
    const byPath = Object.fromEntries(d.decisions.map((x) => [x.path, x]));
    expect(byPath['.venv/bin/python']).toMatchObject({
      verdict: 'rejected',
      interpreterId: 'py-venv',
    });
    expect(byPath['/w/.venv/bin/python']).toMatchObject({
      verdict: 'rejected',
      reason: 'system interpreter required',
    });
    expect(byPath['/opt/other/python3.13']).toMatchObject({
      verdict: 'accepted',
      interpreterId: null,
    });
    expect(d.outcome.selected).toBe('/usr/bin/python3');
  });

  it('reports the final error, or the end of stderr when the tool printed none', () => {
    expect(
      observe('error: No interpreter found for Python 3.14 in search path', { exitCode: 2 })
        .outcome,
    ).toEqual({ selected: null, error: 'No interpreter found for Python 3.14 in search path' });
    expect(observe('', { exitCode: 1, stderrTail: 'boom' }).outcome).toEqual({
      selected: null,
      error: 'boom',
    });
    expect(observe('', { exitCode: 3 }).outcome.error).toBe('exit code 3');
  });

  it('joins relative paths like a shell would', () => {
    expect(joinPath('/w/x', '../y/./python')).toBe('/w/y/python');
    expect(joinPath('C:\\w', 'Scripts\\python.exe')).toBe('C:/w/Scripts/python.exe');
    expect(joinPath('/w', '/abs/python')).toBe('/abs/python');
  });
});

describe('exec protocol', () => {
  it('reads the four verdicts and names the problems of bad lines', () => {
    const { events, problems } = parseExecOutput(
      [
        '{"path": "/a/python", "verdict": "selected", "reason": null}',
        '{"path": "/b/python", "verdict": "accepted"}',
        '{"path": "/c/python", "verdict": "rejected", "reason": "is a virtual environment"}',
        '{"path": "/d/python", "verdict": "skipped", "reason": "version 3.11 does not match 3.12"}',
        'progress: 50%',
        '{"path": "/e/python", "verdict": "maybe"}',
        '{"verdict": "selected"}',
      ].join('\n'),
    );
    expect(events.map((e) => e.type)).toEqual(['selected', 'found', 'rejected', 'skipped']);
    expect(events[2]).toMatchObject({
      reason: 'is a virtual environment',
      reasonKind: 'system-required',
    });
    expect(events[3]).toMatchObject({ reasonKind: 'version-mismatch' });
    expect(problems).toEqual([
      'line 5: not JSON',
      expect.stringContaining('line 6: field "verdict"'),
      expect.stringContaining('line 7: field "path"'),
    ]);
  });
});

describe('requests and specs', () => {
  it.each([
    ['default', { kind: 'default' }],
    ['3.12', { kind: 'version', version: '3.12' }],
    ['3.13t', { kind: 'version', version: '3.13t' }],
    ['>=3.9', { kind: 'range', spec: '>=3.9' }],
    ['cpython@3.12', { kind: 'implementation', implementation: 'cpython', version: '3.12' }],
    ['pypy', { kind: 'implementation', implementation: 'pypy', version: null }],
    ['python3', { kind: 'name', name: 'python3' }],
    ['/opt/py/bin/python3', { kind: 'path', path: '/opt/py/bin/python3' }],
  ])('parses %s', (text, expected) => {
    expect(parseRequest(text)).toEqual(expected);
    expect(requestText(expected as never)).toBe(text);
  });

  it('refuses nonsense with a message', () => {
    expect(parseRequest('banana')).toMatchObject({ error: expect.stringContaining('"banana"') });
  });

  it('derives requests from the inventory: default, each minor version, python, pypy', () => {
    const inv = [
      entry('/a', 'a', { version: '3.11.2' }),
      entry('/b', 'b', { version: '3.12.1' }),
      entry('/c', 'c', { version: '3.9.16', implementation: 'pypy' }),
      entry('/d', 'd', { version: null, error: { kind: 'exit', detail: 'x' } }),
    ];
    expect(defaultRequests(inv).map(requestText)).toEqual([
      'default',
      '3.12',
      '3.11',
      'python',
      'pypy',
    ]);
    expect(scenarioId('uv', 'python find --system', { kind: 'version', version: '3.12' })).toBe(
      'uv:python-find---system:3.12',
    );
  });

  it('parses tool specs and command lines', () => {
    expect(parseToolSpec('uv')).toMatchObject({ kind: 'named', name: 'uv', program: null });
    expect(parseToolSpec('uv=/opt/uv 0.4/uv')).toMatchObject({
      kind: 'named',
      program: '/opt/uv 0.4/uv',
    });
    expect(parseToolSpec('uv@0.4.30')).toMatchObject({ kind: 'release', version: '0.4.30' });
    expect(parseToolSpec('exec:python3 "my tool.py" --x=\'a b\' {request}')).toMatchObject({
      kind: 'exec',
      argv: ['python3', 'my tool.py', '--x=a b', '{request}'],
    });
    expect(parseToolSpec('exec:python3 tool.py')).toMatchObject({
      error: expect.stringContaining('{request}'),
    });
    expect(parseToolSpec('hatch')).toMatchObject({
      error: expect.stringContaining('unknown tool'),
    });
    expect(splitCommandLine('a "b')).toEqual({ error: 'unclosed " quote' });
    expect(splitCommandLine('a\\ b "" c')).toEqual({ args: ['a b', '', 'c'] });
  });
});
