// pdm: its interpreter lists, the base interpreter of the venv it creates with -v, its notes on
// the saved interpreter, and findpython's -v records.
import { describe, expect, it } from 'vitest';
import type { LogEvent } from '../../../src/core/triage/events.js';
import { splitLines } from '../../../src/core/triage/grammars/lines.js';
import { parsePdm } from '../../../src/core/triage/grammars/pdm.js';

const run = (text: string) => parsePdm(splitLines(text));
const of = <T extends LogEvent['type']>(events: LogEvent[], type: T) =>
  events.filter((e): e is Extract<LogEvent, { type: T }> => e.type === type);

describe('pdm', () => {
  it('reads an indented `pdm init` list whose versions have no patch number', () => {
    const events = run(
      [
        'Python interpreter:',
        '   0. cpython@3.12 (/usr/bin/python3)',
        '   1. cpython@3.13 (/opt/py313/bin/python3.13)',
      ].join('\n'),
    );
    expect(of(events, 'found').map((e) => [e.path, e.key])).toEqual([
      ['/usr/bin/python3', 'cpython@3.12'],
      ['/opt/py313/bin/python3.13', 'cpython@3.13'],
    ]);
  });

  it('reads the note on the saved interpreter without a level (older pdm) and the venv error', () => {
    const events = run(
      [
        "The saved Python interpreter doesn't match the project's requirement. Trying to find another one.",
        'python.use_venv is on, creating a virtualenv for this project...',
        "[VirtualenvCreateError]: Can't resolve python interpreter",
        'The saved interpreter is fine, says the prose',
      ].join('\n'),
    );
    expect(of(events, 'skipped').map((e) => e.reason)).toEqual([
      "The saved Python interpreter doesn't match the project's requirement. Trying to find another one.",
    ]);
    expect(of(events, 'final-error').map((e) => e.message)).toEqual([
      "Can't resolve python interpreter",
    ]);
  });

  it('reads a note on the project venvs that the terminal wrapped onto the next line', () => {
    const events = run(
      [
        'WARNING: Project requires a python version of ==3.10, The virtualenv is being created for you as it cannot be matched to',
        'the right version.',
        'INFO: python.use_venv is on, creating a virtualenv for this project...',
      ].join('\n'),
    );
    expect(of(events, 'skipped').map((e) => e.reason)).toEqual([
      expect.stringContaining('cannot be matched to the right version.'),
    ]);
  });

  it('reads the base interpreter of the venv it creates (-v), for each backend', () => {
    const events = run(
      [
        "Run command: ['C:\\\\Users\\\\kim\\\\pipx\\\\venvs\\\\pdm\\\\Scripts\\\\python.exe', '-m', 'virtualenv', 'D:\\\\w\\\\.venv', '-p', 'D:\\\\Py311\\\\python.exe', '--prompt=w-3.11']",
        "Run command: ['/usr/bin/python3.12', '-m', 'venv', '/w/.venv']",
        "Run command: ['git', 'status']",
      ].join('\n'),
    );
    expect(of(events, 'selected').map((e) => e.path)).toEqual([
      'D:\\Py311\\python.exe',
      '/usr/bin/python3.12',
    ]);
  });

  it('reads its notes on the saved interpreter and the project venvs as plain turn-downs', () => {
    const events = run(
      [
        "INFO: The saved Python interpreter doesn't match the project's requirement. Trying to find another one.",
        'WARNING: Project requires a python version of >=3.13, The virtualenv is being created for you as it cannot be matched to the right version.',
        'INFO: python.use_venv is on, creating a virtualenv for this project...',
      ].join('\n'),
    );
    expect(of(events, 'skipped').map((e) => [e.path, e.plain])).toEqual([
      ['saved interpreter (.pdm-python)', true],
      ['project virtualenvs', true],
    ]);
    expect(of(events, 'skipped')[1]?.reason).toContain('cannot be matched to the right version');
  });

  it('turns down the interpreter pdm calls invalid', () => {
    const events = run(
      '[InvalidPyVersion]: Invalid Python interpreter: /home/kim/.pyenv/shims/python3',
    );
    expect(events).toMatchObject([
      {
        type: 'rejected',
        path: '/home/kim/.pyenv/shims/python3',
        reason: 'Invalid Python interpreter',
      },
      {
        type: 'final-error',
        message: 'Invalid Python interpreter: /home/kim/.pyenv/shims/python3',
      },
    ]);
  });

  it('reads findpython -v: providers it skips and each interpreter it runs', () => {
    const events = run(
      [
        'findpython-DEBUG: Provider AsdfProvider is not available',
        "findpython-DEBUG: Running script: ['/opt/py310/bin/python3.10', '-Ic', 'import platform; print(platform.python_version())']",
      ].join('\n'),
    );
    expect(events).toMatchObject([
      { type: 'search', tool: 'findpython', scope: 'AsdfProvider (not available)' },
      { type: 'found', tool: 'findpython', path: '/opt/py310/bin/python3.10' },
    ]);
  });
});
